import { addMonths } from '../measures/period-ends';
import { addDays } from '../util/calendar';
import { fault, type Parsed, parsed, quote } from './parsed';

/** How long after a record's date its outcome is known: the record counts in the period in which the window closes. */
export interface FollowUpWindow {
  amount: number;
  unit: 'days' | 'weeks' | 'months';
  /** The column the window is counted from, when the cell names it ("26 weeks after Job start"). */
  after?: string;
}

const WINDOW = /^(\d{1,4})\s*(day|week|month)s?(?:\s+after\s+(.+))?$/i;

export function parseWindow(text: string): Parsed<FollowUpWindow> {
  const m = WINDOW.exec(text.trim());
  if (!m) {
    return fault(
      `must be a length such as "26 weeks", "6 months" or "26 weeks after Job start", found ${quote(text.trim())}`,
    );
  }
  const unit = `${m[2]!.toLowerCase()}s` as FollowUpWindow['unit'];
  const after = m[3]?.trim();
  return parsed({ amount: Number(m[1]), unit, ...(after ? { after } : {}) });
}

/** The day the window opened on `iso` closes. */
export function closes(window: FollowUpWindow, iso: string): string {
  if (window.unit === 'months') return addMonths(iso, window.amount);
  return addDays(iso, window.unit === 'weeks' ? window.amount * 7 : window.amount);
}

export function describeWindow(window: FollowUpWindow): string {
  return `${window.amount} ${window.amount === 1 ? window.unit.slice(0, -1) : window.unit}`;
}
