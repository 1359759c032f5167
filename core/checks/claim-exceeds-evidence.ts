import { formatShare } from '../measures/format';
import type { Indicator } from '../model/schema';
import type { SentenceFeatures } from '../text/analysis';
import { mayHoldShare, type Quantity } from '../text/quantities';
import { defineCheck, type EvidenceContext, type RawFinding } from './define';
import { matchIndicator, meaningOf, meaningStemsBetween, type SentenceMeaning } from './toc-match';

/** Where one clause of a sentence gives way to the next: "; ", ", and ", " while ". */
const CLAUSE_BREAK = /[;:]\s|,?\s+(?:and|but|while|whereas)\s/g;

/**
 * The words a figure is about: its sentence, cut at the shares before and after it, so that in "60% will be in
 * work and 70% of those will still be in work at 26 weeks" each share is matched with its own clause. After an
 * earlier share, the figure's words start at the last clause break before it: the earlier share's words (up to
 * ", and") are about that share.
 */
function claimWords(
  meaning: SentenceMeaning,
  shares: readonly Quantity[],
  index: number,
): ReadonlySet<string> {
  let from = 0;
  if (index > 0) {
    from = shares[index - 1]!.end;
    const between = meaning.text.slice(from, shares[index]!.start);
    let lastBreak = -1;
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(between); m !== null; m = CLAUSE_BREAK.exec(between)) {
      lastBreak = m.index + m[0].length;
    }
    if (lastBreak >= 0) from += lastBreak;
  }
  const to = index + 1 < shares.length ? shares[index + 1]!.start : meaning.text.length;
  return meaningStemsBetween(meaning, from, to);
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
 * The shares in one sentence that lie beyond some indicator's interval, and the indicator each is about, if any:
 * computed once per sentence.
 */
function sentenceClaims(features: SentenceFeatures, evidence: EvidenceContext): Claim[] {
  // Reading every number of every sentence costs more than this test, and most sentences hold no share.
  if (!mayHoldShare(features.text)) return [];
  const shares = features.get('quantities').filter((q) => q.unit === 'percent');
  if (shares.length === 0) return [];
  const candidates = indicatorsWithRates(evidence);
  if (candidates.length === 0) return [];
  const beyond = flaggable(evidence);
  let meaning: SentenceMeaning | undefined;
  const claims: Claim[] = [];
  shares.forEach((q, index) => {
    if (!beyond(q.value)) return;
    meaning ??= meaningOf(features);
    // Cut at every share of the sentence, flaggable or not: each figure is matched with its own clause.
    const match = matchIndicator(claimWords(meaning, shares, index), evidence.workbook, candidates);
    if (match) claims.push({ quantity: q, indicator: match.indicator });
  });
  return claims;
}

export default defineCheck({
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
