import { addDays, daysBetween } from '../util/calendar';
import type { Funder } from './read';

export interface UpcomingReport {
  funder: string;
  date: string;
  /** Days from `asOf` to the date: 0 on the day. */
  daysAway: number;
}

/** Reporting dates from `asOf` to `days` days after it, soonest first: what the Quarterly review should mention. */
export function upcomingReports(funders: readonly Funder[], asOf: string, days: number): UpcomingReport[] {
  const last = addDays(asOf, days);
  return funders
    .flatMap((f) =>
      f.reportingDates
        .filter((d) => d >= asOf && d <= last)
        .map((date) => ({ funder: f.name, date, daysAway: daysBetween(asOf, date) })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.funder.localeCompare(b.funder));
}
