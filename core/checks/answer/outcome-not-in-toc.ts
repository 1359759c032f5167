import type { Workbook } from '../../model/schema';
import type { Quantity } from '../../text/quantities';
import type { Span } from '../../text/spans';
import { defineRule, type RawFinding } from '../define';
import { hasAny, someWithin } from './helpers';
import { meaningOf, meaningStemsBetween, tocTerms } from './match-statements';

/** Where a sentence joins two promises: "…, and 30 young people will …". */
const CLAUSE_BREAK = /,?\s{1,8}and\s{1,8}(?=\d)/g;

/** The clauses of a sentence, as offsets into it. */
function clausesOf(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

const isFigure = (q: Quantity) => q.unit === 'percent' || q.unit === 'count';

const stemsCache = new WeakMap<Workbook, Set<string>>();

/** The stems of every statement of the theory of change: a clause shares one with some statement when it has one. */
function tocStems(workbook: Workbook): Set<string> {
  let stems = stemsCache.get(workbook);
  if (stems === undefined) {
    stems = new Set(tocTerms(workbook).flatMap((t) => [...t.stems]));
    stemsCache.set(workbook, stems);
  }
  return stems;
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
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
    if (tocTerms(evidence.workbook).length === 0) return [];
    const known = tocStems(evidence.workbook);
    const { analysis } = answer;
    const findings: RawFinding[] = [];
    analysis.sentences.forEach((sentence, index) => {
      // Only a concrete promise: a change with a figure or a date. Looser sentences are left alone.
      if (!hasAny(analysis.changes, sentence)) return;
      const figures = someWithin(analysis.quantities, sentence, isFigure);
      if (!figures && !hasAny(analysis.timeframes, sentence)) return;
      const features = analysis.sentenceFeatures(index);
      // Judge clause by clause: "60% will be in work, and 30 will pass their driving test" promises two things.
      for (const clause of features.derived('clauses', clausesOf)) {
        const span = { start: sentence.start + clause.start, end: sentence.start + clause.end };
        const promise = someWithin(analysis.quantities, span, isFigure);
        if (!promise || !hasAny(analysis.changes, span)) continue;
        // The sentence's words are read only here, for a sentence that makes a promise.
        const stems = meaningStemsBetween(meaningOf(features), clause.start, clause.end);
        if (stems.size < 2 || sharesAny(stems, known)) continue;
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
