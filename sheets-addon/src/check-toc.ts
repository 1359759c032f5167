import type { Finding } from '../../core/checks/finding';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { spreadsheetDays } from './calendar-days';
import { readWorkbook } from './workbook-io';

/** What the sidebar shows: plain values only, as google.script.run passes nothing else. */
export interface CheckReport {
  asOf: string;
  organisation: string;
  counts: { nodes: number; indicators: number; measurements: number };
  /** The reader's findings on the cells, then the workbook rules' findings, each with the cell the sidebar selects. */
  findings: Finding[];
}

export function checkSpreadsheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asOf = spreadsheetDays(spreadsheet).dayOf(new Date()),
): CheckReport {
  const parsed = readWorkbook(spreadsheet);
  const { workbook } = parsed;
  return {
    asOf,
    organisation: workbook.organisation.name,
    counts: {
      nodes: workbook.nodes.length,
      indicators: workbook.indicators.length,
      measurements: workbook.measurements.length,
    },
    findings: [...parsed.problems, ...checkWorkbook(workbook, { asOf, locate: parsed.locate })],
  };
}
