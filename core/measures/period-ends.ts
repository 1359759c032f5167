import type { Frequency } from '../model/schema';
import { daysInMonth, isoFromParts, partsFromIso } from '../util/calendar';

/** Collection periods in months; a term is a third of a school year, taken as four months. */
export const MONTHS_PER_PERIOD: Readonly<Record<Frequency, number>> = {
  Monthly: 1,
  Quarterly: 3,
  Termly: 4,
  Annually: 12,
};

/**
 * `months` calendar months after `iso`. A month's last day steps to the last day of the target month
 * (30 September → 31 December), because period ends are month ends; any other day is kept, or cut to the
 * month's length (31 January + 1 month → 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = partsFromIso(iso);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const last = daysInMonth(toYear, toMonth);
  const toDay = day === daysInMonth(year, month) ? last : Math.min(day, last);
  return isoFromParts(toYear, toMonth, toDay);
}

/**
 * The period ends due after `anchor` up to and including `until`, one every collection period. Each is counted
 * from the anchor (anchor + k periods) rather than from the one before, so 31 January does not drift to the 28th.
 */
export function periodEndsAfter(anchor: string, frequency: Frequency, until: string): string[] {
  const step = MONTHS_PER_PERIOD[frequency];
  const ends: string[] = [];
  for (let k = 1; ; k++) {
    const end = addMonths(anchor, k * step);
    if (end > until) return ends;
    ends.push(end);
  }
}
