import { runWorkbookChecks } from '../../core/toc/run';
import { spreadsheetDays } from './calendar-days';
import { readWorkbook } from './workbook-io';

/** One line of the sidebar: plain values only, as google.script.run passes nothing else. */
export interface ReportItem {
  kind: 'problem' | 'finding';
  severity: 'error' | 'warning' | 'info';
  checkId: string;
  place: string;
  message: string;
  tab: string;
  row: number;
  column: number;
  docs: string;
}

export interface CheckReport {
  asOf: string;
  organisation: string;
  counts: { nodes: number; indicators: number; measurements: number };
  items: ReportItem[];
}

/** The parser's problems and the workbook checks' findings, each with the cell the sidebar selects. */
export function checkSpreadsheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asOf = spreadsheetDays(spreadsheet).dayOf(new Date()),
): CheckReport {
  const parsed = readWorkbook(spreadsheet);
  const items: ReportItem[] = parsed.problems.map((p) => ({
    kind: 'problem',
    severity: p.severity,
    checkId: p.severity === 'error' ? 'data-error' : 'data-warning',
    place: p.place,
    message: p.message,
    tab: p.cell?.tab ?? '',
    row: p.cell?.row ?? 0,
    column: p.cell?.column ?? 0,
    docs: 'docs/workbook.md',
  }));
  for (const f of runWorkbookChecks(parsed.workbook, { asOf, locate: parsed.locate })) {
    items.push({
      kind: 'finding',
      severity: f.severity,
      checkId: f.checkId,
      place: f.place,
      message: f.message,
      tab: f.cell?.tab ?? '',
      row: f.cell?.row ?? 0,
      column: f.cell?.column ?? 0,
      docs: f.docs,
    });
  }
  const { workbook } = parsed;
  return {
    asOf,
    organisation: workbook.organisation.name,
    counts: {
      nodes: workbook.nodes.length,
      indicators: workbook.indicators.length,
      measurements: workbook.measurements.length,
    },
    items,
  };
}
