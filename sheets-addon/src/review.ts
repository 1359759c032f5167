import * as z from 'zod/mini';
import { LEARNING_LOG_COLUMNS, LEARNING_LOG_TAB } from '../../core/review/columns';
import { validDayNumber } from '../../core/util/calendar';
import type { Cell } from '../../core/workbook/cells';
import { spreadsheetDays } from './calendar-days';
import { checkInput } from './check-toc';
import { LEARNING_LOG_LAYOUT } from './layout';
import { demoTable } from './records';
import type { ReviewInput } from './review-page';
import { sendTables } from './sent-workbook';
import { ensureHeaders } from './setup';
import { readWorkbook, tabValues } from './workbook-io';

/**
 * The Quarterly review sidebar's server side (html/Review.html): it only reads the tabs and appends one Learning
 * log row. The page works out what needs a conversation with core (review-page.ts), so that Code.js stays small.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ReviewInput };

const MAX_TEXT = 5000;
const text = z.string().check(z.maxLength(MAX_TEXT));
const filled = text.check(z.refine((s: string) => s.trim().length > 0, 'must not be empty'));
const day = z
  .string()
  .check(z.refine((s: string) => s === '' || validDayNumber(s) !== undefined, 'must be a date'));

/** What the page sends: the row's cells but its date, which is the day it is added. */
const LogEntry = z.strictObject({
  about: filled,
  found: filled,
  why: z.optional(text),
  change: z.optional(text),
  owner: z.optional(text),
  reviewBy: z.optional(day),
  watch: z.optional(text),
});

type Entry = z.infer<typeof LogEntry>;
type Field = keyof Entry;

const HEADER_OF = Object.fromEntries(LEARNING_LOG_COLUMNS.map((c) => [c.key, c.header])) as Record<
  Field | 'date',
  string
>;

/** Each saved version is a document property, one a day: shared by everyone who opens the spreadsheet. */
const VERSION_KEY = 'impactLensTocVersion:';
/** Apps Script keeps at most 9 KB in one property. */
const MAX_VERSION_BYTES = 9000;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface SaveVersionResult {
  ok: boolean;
  message: string;
}

/**
 * Saves the theory of change as the tabs hold it now, dated today; a second save on the same day replaces the first.
 * The page reads and compares the versions (core/review/versions.ts).
 */
export function saveTocVersion(spreadsheet: Spreadsheet, now = new Date()): SaveVersionResult {
  const saved = spreadsheetDays(spreadsheet).dayOf(now);
  const { workbook } = readWorkbook(spreadsheet);
  const json = JSON.stringify({ saved, nodes: workbook.nodes, links: workbook.links });
  if (json.length > MAX_VERSION_BYTES) {
    return {
      ok: false,
      message: `Not saved: the theory of change is ${Math.ceil(json.length / 1000)} KB, and a version can hold 9 KB.`,
    };
  }
  PropertiesService.getDocumentProperties().setProperty(VERSION_KEY + saved, json);
  return {
    ok: true,
    message: `Saved the theory of change as the version of ${saved}: ${count(workbook.nodes.length, 'step')} and ${count(workbook.links.length, 'link')}.`,
  };
}

export interface AddLogResult {
  ok: boolean;
  /** The row written, from 1; 0 when nothing was. */
  row: number;
  problems: { field: string; message: string }[];
  message: string;
}

/** The workbook's tabs and the Learning log as they are, and today: the page works out the review from them. */
export function reviewInput(spreadsheet: Spreadsheet, now = new Date()): ReviewInput {
  const sent = checkInput(spreadsheet, now);
  const log = tabValues(spreadsheet, LEARNING_LOG_TAB) ?? [];
  const stored = PropertiesService.getDocumentProperties().getProperties();
  return {
    ...sent,
    versions: Object.keys(stored)
      .filter((key) => key.startsWith(VERSION_KEY))
      .sort()
      .map((key) => stored[key]!),
    log: sendTables({ [LEARNING_LOG_TAB]: log }, spreadsheetDays(spreadsheet))[LEARNING_LOG_TAB] ?? [],
  };
}

const logSheet = (spreadsheet: Spreadsheet) =>
  spreadsheet.getSheetByName(LEARNING_LOG_TAB) ?? spreadsheet.insertSheet(LEARNING_LOG_TAB);

/**
 * Rows given by header, written below the log's last row in one write, whatever the order of its columns; columns of
 * the user's own are left blank. Returns the first row written.
 */
function appendRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly Record<string, Cell>[],
): number {
  const map = ensureHeaders(sheet, LEARNING_LOG_LAYOUT);
  const width = Math.max(...map.values());
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const last = first + rows.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  const cells = rows.map((values) => {
    const line: Cell[] = Array.from({ length: width }, () => '');
    for (const [header, column] of map) line[column - 1] = values[header] ?? '';
    return line;
  });
  sheet.getRange(first, 1, rows.length, width).setValues(cells as (string | number | Date)[][]);
  return first;
}

/** Sheets reads text that starts with "=" as a formula; the apostrophe keeps it text. */
const asText = (value: string) => (value.startsWith('=') ? `'${value}` : value.trim());

/**
 * Appends one row below the last row of the Learning log, dated today, in one write: never over a row anyone typed.
 * A row the page should not have sent (an empty finding, a review date that is no day) is refused, field by field.
 */
export function addLogRow(spreadsheet: Spreadsheet, input: unknown, now = new Date()): AddLogResult {
  const parsed = LogEntry.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? 'about');
      const header = HEADER_OF[field as Field] ?? field;
      return {
        field,
        message: `${header} ${issue.message === 'Invalid input' ? 'is not what was expected' : issue.message}.`,
      };
    });
    return { ok: false, row: 0, problems, message: 'Not added: fix the fields marked.' };
  }
  const days = spreadsheetDays(spreadsheet);
  const entry: Entry = parsed.data;
  const values: Record<string, Cell> = {
    [HEADER_OF.date]: days.dateOf(days.dayOf(now)),
    [HEADER_OF.reviewBy]: entry.reviewBy ? days.dateOf(entry.reviewBy) : '',
  };
  for (const field of ['about', 'found', 'why', 'change', 'owner', 'watch'] as const)
    values[HEADER_OF[field]] = asText(entry[field] ?? '');
  const row = appendRows(logSheet(spreadsheet), [values]);
  return { ok: true, row, problems: [], message: `Added to the Learning log, row ${row}: ${entry.about}.` };
}

/**
 * The demo's Learning log (DemoLearningLog.html, data beside the script like DemoRecords.html), written only into a
 * log with no rows yet: a team's own log is never replaced by the demo's.
 */
export function writeDemoLearningLog(spreadsheet: Spreadsheet, page: string): void {
  const sheet = logSheet(spreadsheet);
  if (sheet.getLastRow() > 1) return;
  const [header, ...body] = demoTable(page, 'learning-log', spreadsheetDays(spreadsheet));
  appendRows(
    sheet,
    body.map((row) => Object.fromEntries(header!.map((name, i) => [String(name), row[i] ?? '']))),
  );
}
