import type { Finding } from '../checks/finding';
import { type FollowUpWindow, parseWindow } from '../records/window';
import type { Cell } from '../workbook/cells';
import type { CellContext } from '../workbook/tabs';
import { CLAIM_COLUMNS, CLAIMS_TAB, type RecordedStatus } from './columns';
import { readRows } from './rows';

/** One outcome achieved by one participant (or cohort), as its Claims row says. */
export interface Claim {
  /** The row on the Claims tab, as Sheets numbers it. */
  row: number;
  participant: string;
  metric: string;
  /** ISO date the outcome was achieved: its sustainment window opens that day. */
  achieved: string;
  /** How long the outcome must last before it can be claimed; none means at once. */
  sustainment?: FollowUpWindow;
  /** What is held to prove it: a payslip, a tenancy agreement. */
  evidence?: string;
  recorded?: RecordedStatus;
  recordedOn?: string;
  note?: string;
}

export interface ReadClaims {
  claims: Claim[];
  /** Every cell that could not be read; its row is left out. */
  problems: Finding[];
}

/** The Claims tab as `getValues()` gives it, each cell through its column's reader, every problem named by its cell. */
export function readClaims(table: Cell[][] | undefined, context: CellContext): ReadClaims {
  const { rows, problems, report } = readRows(CLAIMS_TAB, table, CLAIM_COLUMNS, context);
  const claims: Claim[] = [];
  for (const { number, values, cellOf } of rows) {
    const text = values.sustainment as string | undefined;
    const window = text === undefined ? undefined : parseWindow(text);
    if (window && (!window.ok || window.value.after)) {
      const fault = window.ok ? 'must be a length alone, such as "26 weeks"' : window.fault;
      report(cellOf('sustainment'), `Sustainment ${fault}.`);
      continue;
    }
    // Each column's key is the Claim's field, and each reader gives the field's type; a blank cell gives no key.
    const claim = { ...values, row: number } as unknown as Claim;
    if (window) claim.sustainment = window.value;
    claims.push(claim);
  }
  return { claims, problems };
}
