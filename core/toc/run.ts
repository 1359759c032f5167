import { docsPath, internalErrorMessage, SEVERITY_ORDER } from '../checks/define';
import type { Workbook } from '../model/schema';
import { todayIso } from '../util/calendar';
import { fromTables } from '../workbook/from-tables';
import type { Locator } from '../workbook/places';
import { toTables } from '../workbook/to-tables';
import type { WorkbookCheck, WorkbookFinding } from './define';
import { WORKBOOK_CHECKS } from './registry';

export interface RunWorkbookChecksOptions {
  /** ISO date to judge the workbook on; today (UTC) when not given. */
  asOf?: string;
  /** Where each item is in the user's sheet. Without it, places are those the Set up layout would give. */
  locate?: Locator;
  disabled?: readonly string[];
  checks?: readonly WorkbookCheck[];
  /** Told about a check that threw, for logs; the user sees an `internal-error` finding. */
  onCheckError?: (checkId: string, error: unknown) => void;
}

export { todayIso };

/**
 * Runs every workbook check that is not disabled. A check that throws becomes one `internal-error` finding that
 * names it; the other checks still run.
 */
export function runWorkbookChecks(
  workbook: Workbook,
  options: RunWorkbookChecksOptions = {},
): WorkbookFinding[] {
  const asOf = options.asOf ?? todayIso();
  const locate =
    options.locate ?? fromTables(toTables(workbook), { organisation: workbook.organisation }).locate;
  const disabled = new Set(options.disabled ?? []);
  const findings: WorkbookFinding[] = [];
  for (const check of options.checks ?? WORKBOOK_CHECKS) {
    if (disabled.has(check.id)) continue;
    try {
      for (const raw of check.check({ workbook, asOf })) {
        const at = locate(raw.ref);
        findings.push({
          checkId: check.id,
          severity: check.severity,
          message: raw.message,
          place: at.place,
          ...(at.cell ? { cell: at.cell } : {}),
          docs: docsPath(check.id),
        });
      }
    } catch (error) {
      options.onCheckError?.(check.id, error);
      findings.push({
        checkId: 'internal-error',
        severity: 'error',
        message: internalErrorMessage(check.id, error),
        place: 'Impact Lens',
        docs: docsPath('internal-error'),
      });
    }
  }
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
