import { addMonths, MONTHS_PER_PERIOD } from '../measures/period-ends';
import type { Frequency } from '../model/schema';
import { isoFromParts, partsFromIso } from '../util/calendar';

/**
 * The periods of one indicator, as core/measures/period-ends.ts counts them: every `Frequency` from `anchor`, each
 * end counted from the anchor so that month ends do not drift. A date belongs to the first period that ends on or
 * after it; a date on or before the anchor belongs to none (it is the baseline's).
 */
export class PeriodClock {
  private readonly step: number;
  private readonly seen = new Map<string, string | undefined>();

  constructor(
    readonly anchor: string,
    frequency: Frequency,
  ) {
    this.step = MONTHS_PER_PERIOD[frequency];
  }

  /** The k-th period end after the anchor, from 1. */
  end(k: number): string {
    return addMonths(this.anchor, k * this.step);
  }

  periodOf(iso: string): string | undefined {
    if (this.seen.has(iso)) return this.seen.get(iso);
    let period: string | undefined;
    if (iso > this.anchor) {
      const a = partsFromIso(this.anchor);
      const d = partsFromIso(iso);
      const months = (d.year - a.year) * 12 + (d.month - a.month);
      // A first guess from whole months, then a step either way: a period ending on the 28th may hold the 30th.
      let k = Math.max(1, Math.ceil(months / this.step));
      while (k > 1 && this.end(k - 1) >= iso) k--;
      while (this.end(k) < iso) k++;
      period = this.end(k);
    }
    this.seen.set(iso, period);
    return period;
  }

  /** The period ends from `first` to the last one on or before `until`, both period ends of this clock. */
  endsBetween(first: string, until: string): string[] {
    const ends: string[] = [];
    for (let k = 1; ; k++) {
      const end = this.end(k);
      if (end > until) return ends;
      if (end >= first) ends.push(end);
    }
  }

  /** The last period end on or before `iso`, if any. */
  lastEndBy(iso: string): string | undefined {
    const period = this.periodOf(iso);
    if (period === undefined) return undefined;
    if (period === iso) return period;
    const k = this.indexOf(period);
    return k > 1 ? this.end(k - 1) : undefined;
  }

  private indexOf(end: string): number {
    let k = 1;
    while (this.end(k) < end) k++;
    return k;
  }
}

/**
 * Without a Baseline date, periods follow the calendar: month ends, and quarters, terms and years ending on
 * 31 December, counted from the last 31 December before the first record.
 */
export function calendarAnchor(earliest: string): string {
  return isoFromParts(partsFromIso(earliest).year - 1, 12, 31);
}
