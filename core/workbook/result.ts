import { bySeverity, type Finding } from '../checks/finding';
import type { Workbook } from '../model/schema';
import type { Located, Locator } from './places';

/** What the reader can say about the data: an error keeps its item out of the workbook, a warning does not. */
export type DataSeverity = 'error' | 'warning';

export interface ParseResult {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** Every item that was read without error. When `ok` is false it is incomplete: show the problems, do not save it. */
  workbook: Workbook;
  /** What is wrong with the data, errors first, each a `data-error` or `data-warning` naming its place. */
  problems: Finding[];
  /** Where an item of `workbook` came from, for checks that name their row. */
  locate: Locator;
}

/** `Indicators!H7: Target must be a number, found "tbc"`, as a finding the sidebar can select and link to. */
export function dataFinding(severity: DataSeverity, at: Located, message: string): Finding {
  return {
    checkId: `data-${severity}`,
    severity,
    message,
    place: at.place,
    ...(at.cell ? { cell: at.cell } : {}),
    docs: 'docs/workbook.md',
  };
}

/** The result of a read: errors first, each severity in the order found; `ok` when there is no error. */
export function parseResult(workbook: Workbook, findings: readonly Finding[], locate: Locator): ParseResult {
  const problems = [...findings].sort(bySeverity);
  return { ok: !problems.some((p) => p.severity === 'error'), workbook, problems, locate };
}
