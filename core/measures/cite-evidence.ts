import type { Indicator } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import type { IndicatorEvidence } from './evidence-types';
import { formatFigure, formatShare, formatValue, monthYear, periodEnding } from './format';

/** "Share of leavers in work" reads as "57% of leavers in work"; other names are followed by the figure. */
const SHARE_OF = /^\s*(?:the\s+)?(?:share|percentage|proportion|percent|per cent|%|rate)\s+of\s+/i;

function lead(name: string, figure: string): string {
  const trimmed = name.trim();
  return SHARE_OF.test(trimmed) ? `${figure} of ${trimmed.replace(SHARE_OF, '')}` : `${trimmed}: ${figure}`;
}

function span(from: string | undefined, to: string, firstEnd: string): string {
  if (from === undefined) {
    return firstEnd === to
      ? `period ending ${formatLongDate(to)}`
      : `periods ending ${monthYear(firstEnd)} – ${monthYear(to)}`;
  }
  const start = monthYear(from);
  const end = monthYear(to);
  return start === end ? end : `${start} – ${end}`;
}

function baselineAndTarget(indicator: Indicator, currency: string | undefined): string[] {
  const parts: string[] = [];
  const show = (v: number) => formatValue(v, indicator.unit, currency);
  if (indicator.baseline !== undefined) {
    parts.push(
      `baseline ${show(indicator.baseline)}${indicator.baselineDate ? ` in ${monthYear(indicator.baselineDate)}` : ''}`,
    );
  }
  if (indicator.target !== undefined) {
    parts.push(
      `target ${show(indicator.target)}${indicator.targetDate ? ` by ${monthYear(indicator.targetDate)}` : ''}`,
    );
  }
  return parts;
}

/**
 * One line a grant writer can paste, built only from the figures in the evidence. A pooled rate is cited with
 * its counts and interval ("57% of leavers … (62 of 109, 95% CI 48–66%), October 2025 – September 2026"):
 * counts let a reader judge the size of the sample, which a bare percentage hides. Other figures are cited with
 * their period, baseline and target, so that a number never appears without what it should be compared with.
 */
export function citeEvidence(
  indicator: Indicator,
  evidence: Omit<IndicatorEvidence, 'citation'>,
  currency?: string,
): string | undefined {
  const { rate, latest } = evidence;
  if (rate) {
    const interval = `${Math.round(rate.confidence * 100)}% CI ${formatShare(rate.lower).replace('%', '')}–${formatShare(rate.upper)}`;
    return `${lead(indicator.name, formatShare(rate.rate))} (${formatFigure(rate.achieved)} of ${formatFigure(rate.outOf)}, ${interval}), ${span(rate.from, rate.to, rate.firstPeriodEnd)}`;
  }
  if (!latest) return undefined;
  const context = [
    periodEnding(indicator.frequency, latest.periodEnd),
    ...baselineAndTarget(indicator, currency),
  ];
  const [when, ...rest] = context;
  const detail = rest.length > 0 ? `${when}; ${rest.join(', ')}` : when;
  return `${lead(indicator.name, formatValue(latest.value, indicator.unit, currency))} (${detail})`;
}
