import { within } from '../text/spans';
import { defineCheck, type RawFinding } from './define';
import { hasAny, sharedCount } from './helpers';
import { outcomeTerms, sentenceStems } from './toc-match';

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
    const stems = sentenceStems(analysis);
    analysis.sentences.forEach((sentence, index) => {
      // Only a concrete promise: a change with a figure or a date. Looser sentences are left alone.
      if (!hasAny(analysis.changes, sentence)) return;
      const figures = within(analysis.quantities, sentence).some(
        (q) => q.unit === 'percent' || q.unit === 'count',
      );
      if (!figures && !hasAny(analysis.timeframes, sentence)) return;
      const words = stems[index]!;
      if (words.size < 2) return;
      if (terms.some((t) => sharedCount(words, t.stems) > 0)) return;
      findings.push({
        message:
          'Promises an outcome your theory of change does not have. Either add it to the theory of change (with an indicator), or show how it follows from an outcome that is there.',
        span: { start: sentence.start, end: sentence.end },
      });
    });
    return findings;
  },
});
