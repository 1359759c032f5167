import type { SentenceFeatures } from '../../text/analysis';
import { within } from '../../text/spans';
import { defineRule, type RawFinding } from '../define';
import { hasAny, sharedCount } from './helpers';
import { meaningOf, meaningStemsBetween, tocTerms } from './match-statements';

/** Where a sentence joins two promises: "…, and 30 young people will …". */
const CLAUSE_BREAK = /,?\s{1,8}and\s{1,8}(?=\d)/g;

interface Clause {
  start: number;
  end: number;
  stems: ReadonlySet<string>;
}

function clausesOf(features: SentenceFeatures): Clause[] {
  const sentence = features.text;
  const meaning = meaningOf(features);
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start, end: m.index, stems: meaningStemsBetween(meaning, start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length, stems: meaningStemsBetween(meaning, start, sentence.length) });
  return out;
}

export default defineRule({
  family: 'answer',
  id: 'outcome-not-in-toc',
  severity: 'warning',
  appliesTo: ['outcomes', 'summary'],
  scope: 'answer',
  needsEvidence: true,
  summary: 'Promises an outcome that the theory of change does not have.',
  check({ answer, evidence }) {
    if (!evidence) return [];
    // Held against every statement, outputs too: "completion will rise" promises something the theory of change
    // has (as an output), and saying it does not would be a false accusation.
    const terms = tocTerms(evidence.workbook);
    if (terms.length === 0) return [];
    const { analysis } = answer;
    const findings: RawFinding[] = [];
    const clauses = analysis.perSentence('clauses', (_, features) => clausesOf(features));
    analysis.sentences.forEach((sentence, index) => {
      // Only a concrete promise: a change with a figure or a date. Looser sentences are left alone.
      if (!hasAny(analysis.changes, sentence)) return;
      const figures = within(analysis.quantities, sentence).some(
        (q) => q.unit === 'percent' || q.unit === 'count',
      );
      if (!figures && !hasAny(analysis.timeframes, sentence)) return;
      // Judge clause by clause: "60% will be in work, and 30 will pass their driving test" promises two things.
      for (const clause of clauses[index]!) {
        const span = { start: sentence.start + clause.start, end: sentence.start + clause.end };
        const promise = within(analysis.quantities, span).some(
          (q) => q.unit === 'percent' || q.unit === 'count',
        );
        if (!promise || !hasAny(analysis.changes, span) || clause.stems.size < 2) continue;
        if (terms.some((t) => sharedCount(clause.stems, t.stems) > 0)) continue;
        findings.push({
          message:
            'Promises an outcome your theory of change does not have. Either add it to the theory of change (with an indicator), or show how it follows from an outcome that is there.',
          span,
        });
        return;
      }
    });
    return findings;
  },
});
