// What the Explain sidebar's server function (explain.ts) sends its page (explain-page.ts): shared by both, and
// free of Apps Script types so that the page and its tests can read it.
import type { SentWorkbook } from './sent-workbook';

/** A cell as google.script.run can pass it: a date cell becomes its day, "2026-03-31", which core reads as a date. */
export type PlainCell = string | number | boolean;

/**
 * What the Explain sidebar needs to explain one indicator: the workbook's tabs and today (sent-workbook.ts), which
 * the page reads with core, and what the server found for the indicator.
 */
export interface ExplainInput extends SentWorkbook {
  /** The indicator asked for, else the ID in the selected row, else ""; the page explains it if the workbook has it. */
  indicatorId: string;
  /** The indicator's Sources row under the Sources header, and the records tab it names, when it has both. */
  records?: { sources: PlainCell[][]; tab: string; table: PlainCell[][] };
}
