import { daysInMonth, isoFromParts, partsFromIso } from '../util/calendar';
import type { Allocation } from './allocate';
import type { Claim } from './read';

export interface QuarterCash {
  /** The quarter's last day (31 March, 30 June, 30 September, 31 December). */
  quarterEnd: string;
  /** Outcome payments received: the Paid claims whose Status date falls in the quarter, at what each pays. */
  received: number;
  /** What delivery cost in the quarter, when it was given. */
  cost?: number;
  /** Received less cost, when the cost was given. */
  net?: number;
}

/** The last day of the calendar quarter `iso` falls in. */
export function quarterEndOf(iso: string): string {
  const { year, month } = partsFromIso(iso);
  const last = Math.ceil(month / 3) * 3;
  return isoFromParts(year, last, daysInMonth(year, last));
}

/**
 * Cash received by quarter against delivery cost: each Paid claim counts in the quarter of its Status date (a paid
 * claim with no Status date cannot be placed, and is listed apart so that the total still adds up), at the amount
 * `allocateClaims` gave it. `costs` are by quarter end; a quarter with a cost and no payment is listed too.
 */
export function cashByQuarter(
  claims: readonly Claim[],
  allocation: Pick<Allocation, 'amounts'>,
  costs: Readonly<Record<string, number>> = {},
): { quarters: QuarterCash[]; undated: number } {
  const received = new Map<string, number>();
  let undated = 0;
  claims.forEach((claim, i) => {
    if (claim.recorded !== 'Paid') return;
    const amount = allocation.amounts[i]!;
    if (!claim.recordedOn) {
      undated += amount;
      return;
    }
    const quarter = quarterEndOf(claim.recordedOn);
    received.set(quarter, (received.get(quarter) ?? 0) + amount);
  });
  const ends = [...new Set([...received.keys(), ...Object.keys(costs)])].sort();
  const quarters = ends.map((quarterEnd): QuarterCash => {
    const got = received.get(quarterEnd) ?? 0;
    const cost = costs[quarterEnd];
    return cost === undefined
      ? { quarterEnd, received: got }
      : { quarterEnd, received: got, cost, net: got - cost };
  });
  return { quarters, undated };
}
