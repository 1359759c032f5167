import { formatFinding } from '../../core/checks/finding';
import type { Workbook } from '../../core/model/schema';
import { importJson } from '../../core/workbook/json';

/** The workbook kept in storage, as the checks may use it. */
export interface StoredWorkbook {
  /** Undefined when none is stored, or when the stored one cannot be read. */
  workbook: Workbook | undefined;
  /** Why the stored workbook is not used ("indicators[3].target: must be a number…"); empty when it is. */
  unreadable: string[];
}

/**
 * The stored workbook, read back through the same reader as an import (schema migrations and validation): one saved
 * by an older version is brought up to date, and one that no longer reads is reported and left out, so the text
 * checks still run.
 */
export function readStoredWorkbook(stored: unknown): StoredWorkbook {
  if (stored === undefined) return { workbook: undefined, unreadable: [] };
  const result = importJson(stored);
  if (result.ok) return { workbook: result.workbook, unreadable: [] };
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatFinding);
  return { workbook: undefined, unreadable: errors };
}
