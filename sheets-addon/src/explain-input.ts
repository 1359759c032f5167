// What the Explain sidebar's server function (explain.ts) sends its page (explain-page.ts): shared by both, and
// free of Apps Script types so that the page and its tests can read it.

/** A cell as google.script.run can pass it: a date cell becomes its day, "2026-03-31", which core reads as a date. */
export type PlainCell = string | number | boolean;

/** What the Explain sidebar needs to explain one indicator; the page computes the rest with core. */
export interface ExplainInput {
  /** Today, in the spreadsheet's time zone. */
  asOf: string;
  /** The workbook as the export writes it (core/workbook/json.ts); the page reads it back through the schema. */
  workbook: string;
  /** What could not be read from the tabs, each with its cell. */
  problems: string[];
  /** The indicator asked for, else the one in the selected row, else "". */
  indicatorId: string;
  /** The indicator's Sources row under the Sources header, and the records tab it names, when it has both. */
  records?: { sources: PlainCell[][]; tab: string; table: PlainCell[][] };
}
