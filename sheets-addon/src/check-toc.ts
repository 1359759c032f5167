import { runWorkbookChecks, todayIso } from '../../core/toc/run';
import { fromTables } from '../../core/workbook/from-tables';
import { formatProblem } from '../../core/workbook/problems';
import { readWorkbookTables } from './spreadsheet';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface CheckReport {
  problems: string[];
  findings: { severity: string; checkId: string; place: string; message: string }[];
}

/** The parser's problems and the workbook checks' findings for the active spreadsheet, each with its cell. */
export function checkActiveSpreadsheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asOf = todayIso(),
): CheckReport {
  const parsed = fromTables(readWorkbookTables(spreadsheet), {
    organisation: { name: spreadsheet.getName() || 'My organisation' },
  });
  const findings = runWorkbookChecks(parsed.workbook, { asOf, locate: parsed.locate });
  return {
    problems: parsed.problems.map(formatProblem),
    findings: findings.map(({ severity, checkId, place, message }) => ({
      severity,
      checkId,
      place,
      message,
    })),
  };
}

export function reportHtml(report: CheckReport): string {
  const items = [
    ...report.problems.map((p) => `<li><strong>Data</strong> ${escapeHtml(p)}</li>`),
    ...report.findings.map(
      (f) =>
        `<li><strong>${escapeHtml(f.severity)}</strong> <code>${escapeHtml(f.place)}</code> ${escapeHtml(f.message)} <small>(${escapeHtml(f.checkId)})</small></li>`,
    ),
  ];
  const body = items.length ? `<ul>${items.join('')}</ul>` : '<p>No findings: every check passes.</p>';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Impact Lens</title><style>body{font:13px/1.4 Arial,sans-serif;margin:8px}li{margin-bottom:8px}code{color:#3e4c59}</style></head><body><h1 style="font-size:16px">Theory of change check</h1>${body}</body></html>`;
}
