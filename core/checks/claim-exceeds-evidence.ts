import { formatShare } from '../measures/format';
import type { Indicator } from '../model/schema';
import type { SentenceFeatures } from '../text/analysis';
import { mayHoldShare, type Quantity } from '../text/quantities';
import { defineCheck, type EvidenceContext, type RawFinding } from './define';
import { matchIndicator, meaningOf, meaningStemsBetween, type SentenceMeaning } from './toc-match';

/**
 * The words a figure is about: its sentence, cut at the shares before and after it, so that in "60% will be in
 * work and 70% of those will still be in work at 26 weeks" each share is matched with its own clause.
 */
function claimWords(
  meaning: SentenceMeaning,
  shares: readonly Quantity[],
  index: number,
): ReadonlySet<string> {
  const from = index > 0 ? shares[index - 1]!.end : 0;
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

/** The shares in one sentence and the indicator each is about, if any: computed once per sentence. */
function sentenceClaims(features: SentenceFeatures, evidence: EvidenceContext): Claim[] {
  // Reading every number of every sentence costs more than this test, and most sentences hold no share.
  if (!mayHoldShare(features.text)) return [];
  const shares = features.get('quantities').filter((q) => q.unit === 'percent');
  if (shares.length === 0) return [];
  const candidates = indicatorsWithRates(evidence);
  if (candidates.length === 0) return [];
  const meaning = meaningOf(features);
  const claims: Claim[] = [];
  shares.forEach((q, index) => {
    const match = matchIndicator(claimWords(meaning, shares, index), evidence.workbook, candidates);
    if (match) claims.push({ quantity: q, indicator: match.indicator });
  });
  return claims;
}

/** Rounding slack: "57%" against an upper bound of 0.5749 is not an overclaim. */
const TOLERANCE = 0.005;

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
        const exceeds = higherIsBetter
          ? quantity.value > rate.upper + TOLERANCE
          : quantity.value < rate.lower - TOLERANCE;
        if (!exceeds) continue;
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
