import * as z from 'zod/mini';
import { compileSource } from '../../core/records/compile';
import { readSources } from '../../core/records/source';
import { type HeadedTable, openTable } from '../../core/records/table';
import { type Cell, readText } from '../../core/workbook/cells';
import { normaliseHeader, SOURCE_COLUMNS, TAB } from '../../core/workbook/tabs';
import { spreadsheetDays } from './calendar-days';
import { SOURCES_LAYOUT } from './layout';
import { ensureHeaders, WORKBOOK_TABS } from './setup';
import { readWorkbook } from './workbook-io';

/** The sidebar that builds one Sources row (html/Sources.html): what it lists, and the row it writes. */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Key = (typeof SOURCE_COLUMNS)[number]['key'];

const KEYS = SOURCE_COLUMNS.map((c) => c.key) as [Key, ...Key[]];

/** What the page sends: one text per Sources column it fills, by key. */
const Fields = z.strictObject(
  Object.fromEntries(KEYS.map((key) => [key, z.optional(z.string())])) as Record<
    Key,
    z.ZodMiniOptional<z.ZodMiniString>
  >,
);

/** The workbook's own tabs never hold records; Records, the template's records tab, does. */

/** A header sits in the first row with anything in it; a tab is read this far down to find it, and no further. */
const HEAD_ROWS = 10;

export interface SourceChoices {
  indicators: { id: string; name: string }[];
  tabs: { name: string; columns: string[] }[];
  /** Each indicator that a Sources row already computes, with that row. */
  sourced: Record<string, number>;
}

export type FieldProblem = { field: Key; message: string };

export interface SaveResult {
  status: 'added' | 'replaced' | 'invalid' | 'needs-confirmation';
  row: number;
  problems: FieldProblem[];
  message: string;
}

/** A records tab by its header row only: a tab of 100,000 rows costs no more than one of ten. */
function headOf(sheet: Sheet): HeadedTable {
  const rows = Math.min(sheet.getLastRow(), HEAD_ROWS);
  const columns = sheet.getLastColumn();
  const cells = rows > 0 && columns > 0 ? (sheet.getRange(1, 1, rows, columns).getValues() as Cell[][]) : [];
  return openTable(sheet.getName(), cells);
}

/** The first Sources row of each indicator, as Update reads them. */
function sourcedRows(spreadsheet: Spreadsheet): Record<string, number> {
  const sheet = spreadsheet.getSheetByName(TAB.sources);
  const sourced: Record<string, number> = {};
  if (!sheet) return sourced;
  const table = openTable(TAB.sources, sheet.getDataRange().getValues() as Cell[][]);
  const column = table.indexOf.get(normaliseHeader(SOURCE_COLUMNS[0]!.header));
  if (column === undefined) return sourced;
  for (const row of table.rows) {
    const id = readText(row.cells[column]).trim();
    if (id) sourced[id] ??= row.number;
  }
  return sourced;
}

export function sourceChoices(spreadsheet: Spreadsheet): SourceChoices {
  const { indicators } = readWorkbook(spreadsheet).workbook;
  return {
    indicators: indicators.map((i) => ({ id: i.id, name: i.name })),
    tabs: spreadsheet
      .getSheets()
      .filter((sheet) => !WORKBOOK_TABS.has(sheet.getName()))
      .map((sheet) => ({
        name: sheet.getName(),
        columns: headOf(sheet).headers.filter((h) => h.trim() !== ''),
      })),
    sourced: sourcedRows(spreadsheet),
  };
}

/**
 * The row read as Update will read it (core/records/source.ts), then joined to its indicator and the records tab's
 * columns (compile.ts): each problem is given back on the field it concerns.
 */
function problemsOf(spreadsheet: Spreadsheet, fields: Partial<Record<Key, string>>): FieldProblem[] {
  const table = [SOURCE_COLUMNS.map((c) => c.header), SOURCE_COLUMNS.map((c) => fields[c.key] ?? '')];
  const read = readSources(table, { dateOrder: 'dmy', days: spreadsheetDays(spreadsheet) });
  let findings = read.problems;
  const [row] = read.rows;
  // Update skips a blank row without a word; here it is a row with every required cell missing.
  if (!row && findings.length === 0) {
    return SOURCE_COLUMNS.filter((c) => c.required).map((c) => ({
      field: c.key,
      message: `${c.header} is missing.`,
    }));
  }
  if (row) {
    const indicators = new Map(readWorkbook(spreadsheet).workbook.indicators.map((i) => [i.id, i]));
    const tableOf = (name: string) => {
      const sheet = spreadsheet.getSheetByName(name);
      return sheet ? headOf(sheet) : undefined;
    };
    const compiled = compileSource(row, { indicators, tableOf, dateOrder: 'dmy' });
    if (!compiled.ok) findings = compiled.problems;
  }
  return findings.map((f) => ({ field: KEYS[(f.cell?.column ?? 1) - 1]!, message: f.message }));
}

/** Sheets reads text that starts with "=" as a formula; the apostrophe keeps it text. */
const asText = (value: string) => (value.startsWith('=') ? `'${value}` : value);

/** Writes the row's cells under their headers, one block per run of adjacent Sources columns. */
function writeRow(sheet: Sheet, row: number, fields: Partial<Record<Key, string>>): void {
  const map = ensureHeaders(sheet, SOURCES_LAYOUT);
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
  const cells = SOURCE_COLUMNS.map((c) => ({
    column: map.get(c.header)!,
    value: asText(fields[c.key] ?? ''),
  }));
  cells.sort((a, b) => a.column - b.column);
  for (let start = 0; start < cells.length; ) {
    let end = start + 1;
    while (end < cells.length && cells[end]!.column === cells[end - 1]!.column + 1) end++;
    const run = cells.slice(start, end);
    sheet.getRange(row, run[0]!.column, 1, run.length).setValues([run.map((c) => c.value)]);
    start = end;
  }
}

/**
 * Adds one Sources row, or replaces the row that already computes the indicator when `replace` is true; a row that
 * Update would refuse is never written, and an indicator's row is never replaced without that consent.
 */
export function saveSource(spreadsheet: Spreadsheet, input: unknown, replace: boolean): SaveResult {
  const parsed = Fields.safeParse(input);
  const fields: Partial<Record<Key, string>> = {};
  if (parsed.success) for (const key of KEYS) fields[key] = parsed.data[key]?.trim();
  const problems = problemsOf(spreadsheet, fields);
  if (problems.length > 0) {
    return { status: 'invalid', row: 0, problems, message: 'Not added: fix the fields marked.' };
  }
  const id = fields.indicator!;
  const existing = sourcedRows(spreadsheet)[id];
  if (existing !== undefined && !replace) {
    const message = `${id} is already computed by Sources row ${existing}. Replace that row with this one?`;
    return { status: 'needs-confirmation', row: existing, problems, message };
  }
  const sheet = spreadsheet.getSheetByName(TAB.sources) ?? spreadsheet.insertSheet(TAB.sources);
  const row = existing ?? Math.max(sheet.getLastRow(), 1) + 1;
  writeRow(sheet, row, fields);
  const done = existing === undefined ? 'Added' : 'Replaced';
  return {
    status: existing === undefined ? 'added' : 'replaced',
    row,
    problems,
    message: `${done} Sources row ${row}: ${id} from ${fields.tab}. Run Update data from records to compute it.`,
  };
}
