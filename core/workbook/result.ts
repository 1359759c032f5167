import type { Finding } from '../checks/finding';
import type { Workbook } from '../model/schema';
import type { Located, Locator } from './places';

export interface ParseResult {
  /** True when the data could be read whole: nothing to show, safe to save. */
  ok: boolean;
  /** Every item that was read without error. When `ok` is false it is incomplete: show the problems, do not save it. */
  workbook: Workbook;
  /** What could not be read, each a `data-error` naming its place, in the order found. */
  problems: Finding[];
  /** Where an item of `workbook` came from, for checks that name their row. */
  locate: Locator;
}

/** `Indicators!H7: Target must be a number, found "tbc"`, as a finding the sidebar can select and link to. */
export function dataFinding(at: Located, message: string): Finding {
  return {
    checkId: 'data-error',
    severity: 'error',
    message,
    place: at.place,
    ...(at.cell ? { cell: at.cell } : {}),
    docs: 'docs/workbook.md',
  };
}

export function parseResult(workbook: Workbook, problems: readonly Finding[], locate: Locator): ParseResult {
  return { ok: problems.length === 0, workbook, problems: [...problems], locate };
}
