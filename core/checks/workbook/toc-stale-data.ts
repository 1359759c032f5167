import { MONTHS_PER_PERIOD } from '../../measures/period-ends';
import type { Frequency } from '../../model/schema';
import { addDays, DAYS_PER_MONTH, daysBetween, formatLongDate } from '../../util/calendar';
import { defineRule } from '../define';

/** Data is stale when nothing newer than one and a half collection periods exists before the as-of date. */
export const STALE_AFTER_PERIODS = 1.5;

export function staleAfterDays(frequency: Frequency): number {
  return Math.round(MONTHS_PER_PERIOD[frequency] * STALE_AFTER_PERIODS * DAYS_PER_MONTH);
}

export default defineRule({
  family: 'workbook',
  id: 'toc-stale-data',
  severity: 'warning',
  summary: 'An indicator with no data within one and a half collection periods of the as-of date.',
  check({ workbook, asOf }) {
    const latest = new Map<string, string>();
    for (const m of workbook.measurements) {
      if (m.periodEnd > asOf) continue;
      const seen = latest.get(m.indicator);
      if (seen === undefined || m.periodEnd > seen) latest.set(m.indicator, m.periodEnd);
    }
    return workbook.indicators.flatMap((indicator, index) => {
      if (!indicator.frequency) return []; // toc-indicator-incomplete asks for the frequency.
      const window = staleAfterDays(indicator.frequency);
      const ref = { collection: 'indicators', index, field: 'id' } as const;
      const last = latest.get(indicator.id);
      const every = indicator.frequency.toLowerCase();
      if (last === undefined) {
        const since =
          indicator.baselineDate && indicator.baselineDate <= asOf ? indicator.baselineDate : undefined;
        if (since && daysBetween(since, asOf) <= window) return [];
        return [
          {
            ref,
            message: `${indicator.id} has no data on the Data tab yet, and it is meant to be collected ${every}: add the latest figure.`,
          },
        ];
      }
      const age = daysBetween(last, asOf);
      if (age <= window) return [];
      return [
        {
          ref,
          message: `${indicator.id}'s latest data is for the period ending ${formatLongDate(last)}, ${age} days before ${formatLongDate(asOf)}. It is collected ${every}, so a newer figure was due by about ${formatLongDate(addDays(last, window))}: add it, or say why it is late.`,
        },
      ];
    });
  },
});
