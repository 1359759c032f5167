import { within } from '../text/spans';
import { defineCheck, type RawFinding } from './define';
import { hasAny, sharedCount } from './helpers';
import { meaningStems, outcomeTerms } from './toc-match';

export default defineCheck({
  id: 'outcome-not-in-toc',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  needsEvidence: true,
  summary: 'Promises an outcome that the theory of change does not have.',
  check({ answer, evidence }) {
    if (!evidence) return [];
    const terms = outcomeTerms(evidence.workbook);
    if (terms.length === 0) return [];
    const { analysis } = answer;
    const findings: RawFinding[] = [];
    for (const sentence of analysis.sentences) {
      // Only a concrete promise: a change with a figure or a date. Looser sentences are left alone.
      if (!hasAny(analysis.changes, sentence)) continue;
      const figures = within(analysis.quantities, sentence).some(
        (q) => q.unit === 'percent' || q.unit === 'count',
      );
      if (!figures && !hasAny(analysis.timeframes, sentence)) continue;
      const words = meaningStems(sentence.text);
      if (words.size < 2) continue;
      if (terms.some((t) => sharedCount(words, t.stems) > 0)) continue;
      findings.push({
        message:
          'Promises an outcome your theory of change does not have. Either add it to the theory of change (with an indicator), or show how it follows from an outcome that is there.',
        span: { start: sentence.start, end: sentence.end },
      });
    }
    return findings;
  },
});
