import type { Severity } from '../checks/define';
import type { Workbook } from '../model/schema';
import type { CellRef, ItemRef } from '../workbook/places';

export interface WorkbookCheckContext {
  workbook: Workbook;
  /** ISO date the workbook is judged on (today, unless the user picks another). */
  asOf: string;
}

/** What a check function returns: the item it is about, and what to tell the user. */
export interface RawWorkbookFinding {
  ref: ItemRef;
  message: string;
}

export interface WorkbookCheck {
  id: string;
  severity: Severity;
  /** One line for lists and docs: what the check looks for. */
  summary: string;
  check(ctx: WorkbookCheckContext): RawWorkbookFinding[];
}

/** A finding as every face shows it: the rule, the place (with its cell when there is one) and the message. */
export interface WorkbookFinding {
  checkId: string;
  severity: Severity;
  message: string;
  place: string;
  cell?: CellRef;
  docs: string;
}

export function defineWorkbookCheck(check: WorkbookCheck): WorkbookCheck {
  return check;
}
