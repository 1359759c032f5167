import { formatShare } from '../measures/format';
import type { TextAnalysis } from '../text/analysis';
import { defineCheck, type RawFinding } from './define';
import { sentenceAround } from './helpers';
import { matchIndicator } from './toc-match';

/**
 * The words a figure is about: its sentence, cut at the figures before and after it, so that in "60% will be in
 * work and 70% of those will still be in work at 26 weeks" each share is matched with its own clause.
 */
function claimWindow(analysis: TextAnalysis, index: number): string {
  const q = analysis.quantities[index]!;
  const sentence = sentenceAround(analysis, q);
  const previous = analysis.quantities[index - 1];
  const next = analysis.quantities[index + 1];
  const from =
    previous && previous.end > sentence.start && previous.unit === 'percent' ? previous.end : sentence.start;
  const to = next && next.start < sentence.end && next.unit === 'percent' ? next.start : sentence.end;
  return analysis.text.slice(from, to);
}

/** Rounding slack: "57%" against an upper bound of 0.5749 is not an overclaim. */
const TOLERANCE = 0.005;

export default defineCheck({
  id: 'claim-exceeds-evidence',
  severity: 'warning',
  appliesTo: ['outcomes', 'measurement', 'summary', 'need', 'beneficiaries'],
  scope: 'answer',
  needsEvidence: true,
  summary: 'A claimed rate above what the organisation’s own data support.',
  check({ answer, evidence }) {
    if (!evidence) return [];
    const { analysis } = answer;
    const findings: RawFinding[] = [];
    const quantities = analysis.quantities;
    quantities.forEach((q, index) => {
      if (q.unit !== 'percent') return;
      const match = matchIndicator(claimWindow(analysis, index), evidence.workbook, (i) => {
        const e = evidence.evidence.get(i.id);
        return i.unit === 'Percent' && e?.rate !== undefined;
      });
      if (!match) return;
      const e = evidence.evidence.get(match.indicator.id)!;
      const rate = e.rate!;
      const higherIsBetter = match.indicator.direction === 'Increase';
      const exceeds = higherIsBetter ? q.value > rate.upper + TOLERANCE : q.value < rate.lower - TOLERANCE;
      if (!exceeds) return;
      findings.push({
        message: `${q.text} is ${higherIsBetter ? 'higher' : 'lower'} than your own data for "${match.indicator.name}" can support, even allowing for chance. Funders may check; the side panel shows your figure.`,
        span: { start: q.start, end: q.end },
        evidence:
          e.citation ??
          `${formatShare(rate.rate)} (${rate.achieved} of ${rate.outOf}; 95% CI ${formatShare(rate.lower)}–${formatShare(rate.upper)})`,
        suggestion: 'Use the figure your data support, or explain what will change to reach the higher one.',
      });
    });
    return findings;
  },
});
