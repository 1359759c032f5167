import { formatShare } from '../../measures/format';
import type { Indicator } from '../../model/schema';
import type { SentenceFeatures } from '../../text/analysis';
import { mayHoldShare, type Quantity } from '../../text/quantities';
import { defineRule, type EvidenceContext, type RawFinding } from '../define';
import { matchIndicator, meaningOf, meaningStemsBetween, type SentenceMeaning } from './match-statements';

/** Where one clause of a sentence gives way to the next: "; ", ", and ", " while ". */
const CLAUSE_BREAK = /[;:]\s|,?\s{1,8}(?:and|but|while|whereas)\s/g;

/**
 * A source named for a figure: "(Youth Futures Foundation, 2024)", "according to the ONS". A bracketed date alone
 * ("(March 2027)") is not a source. Bounded, so that a long run of brackets stays linear.
 */
const CITATION =
  /\((?=[^()]{0,160}?[A-Za-z])[^()]{0,160}?,\s*(?:19|20)\d{2}[a-z]?\s*\)|\baccording\s+to\b|\bet\s+al\b|\bsource:/i;

/** Words that make a figure a target: said in the figure's own clause, not anywhere in the sentence. */
const TARGET_WORDS =
  /\b(?:will|shall|aim(?:s|ing)?\s+(?:to|for)|target(?:s|ing)?|expect(?:s|ing)?\s+(?:to|that)|plan(?:s|ning)?\s+to|going\s+to)\b/i;

/** Where the first clause break of `text` between `from` and `to` starts, and where the last one ends. */
function clauseBreaks(
  text: string,
  from: number,
  to: number,
): { first: number; lastEnd: number } | undefined {
  const between = text.slice(from, to);
  let first = -1;
  let lastEnd = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(between); m !== null; m = CLAUSE_BREAK.exec(between)) {
    if (first < 0) first = from + m.index;
    lastEnd = from + m.index + m[0].length;
  }
  return first < 0 ? undefined : { first, lastEnd };
}

/**
 * The stretch of its sentence a figure is about. Alone, the whole sentence; beside other figures, the clause between
 * them: from the last clause break after the figure before it, to the first clause break before the figure after
 * it. So in "60% will be in work, and 70% of those who start a job will still be in work at 26 weeks" each share is
 * read with its own words, and "…risen from 58% at the start to 72% this year, and the share of leavers in work…"
 * does not lend the second clause to the 72%.
 */
function claimWindow(text: string, shares: readonly Quantity[], index: number): { from: number; to: number } {
  const share = shares[index]!;
  let from = 0;
  if (index > 0) {
    from = shares[index - 1]!.end;
    from = clauseBreaks(text, from, share.start)?.lastEnd ?? from;
  }
  let to = text.length;
  if (index + 1 < shares.length) {
    to = shares[index + 1]!.start;
    to = clauseBreaks(text, share.end, to)?.first ?? to;
  }
  return { from, to };
}

/** Denominators that say a rate ("19 out of 20", "95 in 100") rather than count people. */
const ROUND_BASES = new Set([20, 25, 50, 100, 1000]);

/**
 * A count of people, not a way of saying a rate: "29 of 38" is a base; "nine in ten", "3 out of 4", "19 out of 20"
 * and any "x in y" are not.
 */
const countedBase = (q: Quantity | undefined) =>
  q?.outOf !== undefined && q.outOf > 10 && !ROUND_BASES.has(q.outOf) && !/\sin\s/i.test(q.text)
    ? q.outOf
    : undefined;

/**
 * The base a share is given with: its own "87 of 140", or that of the count just before it when it restates it
 * ("29 of 38 (76%)").
 */
function baseOf(shares: readonly Quantity[], index: number, text: string): number | undefined {
  const share = shares[index]!;
  if (share.outOf !== undefined) return countedBase(share);
  const before = shares[index - 1];
  const restates =
    before !== undefined &&
    Math.abs(before.value - share.value) < 0.006 &&
    /^[\s(]*$/.test(text.slice(before.end, share.start));
  return restates ? countedBase(before) : undefined;
}

interface Claim {
  /** Offsets into the sentence. */
  quantity: Quantity;
  indicator: Indicator;
}

const rateIndicators = new WeakMap<EvidenceContext, Indicator[]>();

/** The indicators a claimed share can be held against: percentages with a rate worked out from the data. */
function indicatorsWithRates(evidence: EvidenceContext): Indicator[] {
  let list = rateIndicators.get(evidence);
  if (list === undefined) {
    list = evidence.workbook.indicators.filter(
      (i) => i.unit === 'Percent' && evidence.evidence.get(i.id)?.rate !== undefined,
    );
    rateIndicators.set(evidence, list);
  }
  return list;
}

/** Rounding slack: "57%" against an upper bound of 0.5749 is not an overclaim. */
const TOLERANCE = 0.005;

/** Whether a claimed share lies beyond an indicator's interval, in the direction that flatters the work. */
function exceeds(share: number, indicator: Indicator, rate: { lower: number; upper: number }): boolean {
  return indicator.direction === 'Increase' ? share > rate.upper + TOLERANCE : share < rate.lower - TOLERANCE;
}

const flaggableCache = new WeakMap<EvidenceContext, (share: number) => boolean>();

/**
 * Whether a share lies beyond the interval of at least one indicator it could be about. A share inside every
 * interval ("60%" when the lowest upper bound is 66%) cannot be flagged whatever it turns out to be about, so its
 * words are never matched: that matching is most of this check's cost.
 */
function flaggable(evidence: EvidenceContext): (share: number) => boolean {
  let test = flaggableCache.get(evidence);
  if (test === undefined) {
    const rated = indicatorsWithRates(evidence).map((i) => ({
      indicator: i,
      rate: evidence.evidence.get(i.id)!.rate!,
    }));
    test = (share) => rated.some(({ indicator, rate }) => exceeds(share, indicator, rate));
    flaggableCache.set(evidence, test);
  }
  return test;
}

/**
 * Whether a figure is set as a target in its own clause, from the start of its window to the first clause break
 * after it: "Last year 90% left with a CV, and we will keep it there" reports 90% (the "will" is the next clause's).
 */
function setsATarget(text: string, from: number, share: Quantity, to: number): boolean {
  const end = clauseBreaks(text, share.end, to)?.first ?? to;
  return TARGET_WORDS.test(text.slice(from, end));
}

/** Within half a point of a figure: "90%" is the workbook's target of 0.9. */
const sameFigure = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

/**
 * The shares in one sentence that lie beyond some indicator's interval, and the indicator each is about, if any:
 * computed once per sentence. Left out, because they are not the organisation claiming more than its data show: a
 * share with a source named beside it (someone else's figure), a share given with a base other than the data's own
 * ("29 of 38": a subgroup or another period, which the workbook cannot tell apart), and the indicator's own target
 * set as a target.
 */
function sentenceClaims(features: SentenceFeatures, evidence: EvidenceContext): Claim[] {
  // Reading every number of every sentence costs more than this test, and most sentences hold no share.
  const text = features.text;
  if (!mayHoldShare(text)) return [];
  const shares = features.quantities.filter((q) => q.unit === 'percent');
  if (shares.length === 0) return [];
  const candidates = indicatorsWithRates(evidence);
  if (candidates.length === 0) return [];
  const beyond = flaggable(evidence);
  let meaning: SentenceMeaning | undefined;
  const claims: Claim[] = [];
  shares.forEach((q, index) => {
    if (!beyond(q.value)) return;
    // Cut at every share of the sentence, flaggable or not: each figure is matched with its own clause.
    const { from, to } = claimWindow(text, shares, index);
    if (CITATION.test(text.slice(from, to))) return;
    meaning ??= meaningOf(features);
    const match = matchIndicator(meaningStemsBetween(meaning, from, to), evidence.workbook, candidates);
    if (!match) return;
    const { indicator } = match;
    const base = baseOf(shares, index, text);
    if (base !== undefined && base !== evidence.evidence.get(indicator.id)!.rate!.outOf) return;
    if (
      indicator.target !== undefined &&
      sameFigure(q.value, indicator.target) &&
      setsATarget(text, from, q, to)
    )
      return;
    claims.push({ quantity: q, indicator });
  });
  return claims;
}

export default defineRule({
  family: 'answer',
  id: 'claim-exceeds-evidence',
  severity: 'warning',
  appliesTo: 'all',
  scope: 'answer',
  needsEvidence: true,
  summary: 'A claimed rate above what the organisation’s own data support.',
  check({ answer, evidence }) {
    if (!evidence) return [];
    const { analysis } = answer;
    const findings: RawFinding[] = [];
    const perSentence = analysis.perSentence('claims', (_, features) => sentenceClaims(features, evidence));
    analysis.sentences.forEach((sentence, s) => {
      for (const { quantity, indicator } of perSentence[s]!) {
        const e = evidence.evidence.get(indicator.id)!;
        const rate = e.rate!;
        const higherIsBetter = indicator.direction === 'Increase';
        if (!exceeds(quantity.value, indicator, rate)) continue;
        findings.push({
          // The indicator's name stays out of the message: the message is drawn into the funder's page.
          message: `${quantity.text} is ${higherIsBetter ? 'higher' : 'lower'} than your own data for this outcome can support, even allowing for chance. Funders may check; the side panel shows your figure.`,
          span: { start: sentence.start + quantity.start, end: sentence.start + quantity.end },
          evidence:
            e.citation ??
            `${formatShare(rate.rate)} (${rate.achieved} of ${rate.outOf}; 95% CI ${formatShare(rate.lower)}–${formatShare(rate.upper)})`,
          suggestion:
            'Use the figure your data support, or explain what will change to reach the higher one.',
        });
      }
    });
    return findings;
  },
});
