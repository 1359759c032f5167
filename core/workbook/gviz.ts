import * as z from 'zod/mini';
import type { Cell } from './cells';
import { COLUMNS_OF, type DataTab, normaliseHeader } from './tabs';

/*
 * Google Sheets answers the Chart Tools Datasource protocol at /spreadsheets/d/<id>/gviz/tq: one tab a request, with
 * typed values. This module builds the request and turns the answer into the cells `fromTables` reads, as Apps
 * Script's getValues() hands them over, or into a problem worded for the person who linked the sheet.
 */

/** Why a tab could not be read, as the panel tells it. */
export type GvizProblemKind = 'signed-out' | 'no-permission' | 'tab-missing' | 'not-found' | 'other';

export interface GvizProblem {
  kind: GvizProblemKind;
  /** What Google said, for the "other" case; never shown for the kinds the panel words itself. */
  detail: string;
}

export type GvizAnswer = { ok: true; table: Cell[][] } | { ok: false; problem: GvizProblem };

/**
 * The address of one tab's data. `headers=1` makes the first row the header: left to guess, Google merges several
 * rows into the column labels when a column's first cells are blank.
 */
export function gvizUrl(origin: string, spreadsheetId: string, tab: string): string {
  const sheet = encodeURIComponent(tab);
  return `${origin}/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/gviz/tq?tqx=out:json&headers=1&sheet=${sheet}`;
}

const CELL = z.nullable(
  z.looseObject({
    v: z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean(), z.array(z.number())]))),
  }),
);

const RESPONSE = z.looseObject({
  status: z.enum(['ok', 'warning', 'error']),
  errors: z.optional(
    z.array(
      z.looseObject({
        reason: z.optional(z.string()),
        message: z.optional(z.string()),
        detailed_message: z.optional(z.string()),
      }),
    ),
  ),
  table: z.optional(
    z.looseObject({
      cols: z.array(
        z.looseObject({ label: z.optional(z.nullable(z.string())), type: z.optional(z.string()) }),
      ),
      rows: z.array(z.looseObject({ c: z.array(CELL) })),
      parsedNumHeaders: z.optional(z.number()),
    }),
  ),
});

type Response = z.infer<typeof RESPONSE>;
type Column = NonNullable<Response['table']>['cols'][number];

const problem = (kind: GvizProblemKind, detail = ''): GvizAnswer => ({
  ok: false,
  problem: { kind, detail },
});

/** The JSON inside the answer: Google wraps it in a call to `google.visualization.Query.setResponse(...)`. */
function unwrapped(text: string): string | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  const before = text.slice(0, start);
  // Only the wrapper (and the `/*O_o*/` comment Google puts before it) may come before the object.
  if (!/^\s*(?:\/\*[^*]*\*\/)?\s*(?:[\w.$]+\s*\(\s*)?$/.test(before)) return undefined;
  return text.slice(start, end + 1);
}

/** `Date(2026,8,30)` (months from 0) or with a time, as the Date getValues() gives: that day in the sheet's zone. */
const DATE_VALUE = /^Date\((\d+),(\d+),(\d+)(?:,(\d+),(\d+),(\d+)(?:,(\d+))?)?\)$/;

function dateCell(text: string): Date | undefined {
  const m = DATE_VALUE.exec(text);
  if (!m) return undefined;
  const [year, month, day, hours, minutes, seconds, ms] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(0);
  // setFullYear, unlike the constructor, does not read the years 0 to 99 as 1900 to 1999.
  date.setFullYear(year!, month!, day!);
  date.setHours(hours!, minutes!, seconds!, ms!);
  return date;
}

/** A time of day is a Date on 30 December 1899 in getValues(), Sheets' day zero. */
function timeOfDayCell(parts: readonly number[]): Date {
  const [hours = 0, minutes = 0, seconds = 0, ms = 0] = parts;
  return new Date(1899, 11, 30, hours, minutes, seconds, ms);
}

function cellOf(cell: z.infer<typeof CELL>, column: Column | undefined): Cell {
  const value = cell?.v;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return timeOfDayCell(value);
  if (typeof value === 'string' && (column?.type === 'date' || column?.type === 'datetime')) {
    return dateCell(value) ?? value;
  }
  return value;
}

/**
 * The tab as rows of cells, row 1 first, so that each cell keeps the row number Sheets shows. With `headers=1` the
 * header row comes as the columns' labels; were several rows merged into them, blank rows keep the rest in place.
 */
function tableOf(table: NonNullable<Response['table']>): Cell[][] {
  const width = table.cols.length;
  const rows = table.rows.map((row) =>
    Array.from({ length: width }, (_, i) => cellOf(row.c[i] ?? null, table.cols[i])),
  );
  const headers = table.parsedNumHeaders ?? 1;
  if (headers === 0) return rows;
  const labels: Cell[] = table.cols.map((col) => col.label ?? '');
  const merged = Array.from({ length: headers - 1 }, (): Cell[] => Array(width).fill(''));
  return [labels, ...merged, ...rows];
}

function problemOf(response: Response): GvizAnswer {
  const first = response.errors?.[0];
  const detail = [first?.message, first?.detailed_message].filter(Boolean).join(': ');
  switch (first?.reason) {
    case 'user_not_authenticated':
      return problem('signed-out', detail);
    case 'access_denied':
      return problem('no-permission', detail);
    case 'invalid_query':
      return /sheet/i.test(detail) ? problem('tab-missing', detail) : problem('other', detail);
    default:
      return problem('other', detail || (first?.reason ?? 'no reason given'));
  }
}

/**
 * Reads one answer of the protocol. Google answers a request it cannot tie to a signed-in user with its sign-in page,
 * not with JSON: any HTML is read as that.
 */
export function readGvizAnswer(text: string): GvizAnswer {
  if (/^\s*</.test(text)) return problem('signed-out');
  const json = unwrapped(text);
  if (json === undefined) return problem('other', 'the answer is not the data of a sheet');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return problem('other', 'the answer is not the data of a sheet');
  }
  const response = RESPONSE.safeParse(parsed);
  if (!response.success) return problem('other', 'the answer is not the data of a sheet');
  if (response.data.status === 'error') return problemOf(response.data);
  const { table } = response.data;
  return table ? { ok: true, table: tableOf(table) } : { ok: true, table: [] };
}

function requiredHeaders(columns: readonly { header: string; required: boolean }[]): string[] {
  return columns.filter((c) => c.required).map((c) => normaliseHeader(c.header));
}

const REQUIRED_HEADERS = Object.fromEntries(
  Object.entries(COLUMNS_OF).map(([tab, columns]) => [tab, requiredHeaders(columns)]),
) as Record<DataTab, string[]>;

/**
 * True when `table`, asked for as `tab`, is plainly another tab of the workbook: its header has every required
 * column of another tab and not all of this one's. Google has answered a request for a tab that is not there with the
 * first tab rather than an error; read as asked, a renamed tab would be reported as a tab missing all its columns.
 */
export function isAnotherTab(tab: DataTab, table: readonly Cell[][]): boolean {
  const header = new Set(
    (table[0] ?? []).map((cell) => normaliseHeader(typeof cell === 'string' ? cell : '')),
  );
  if (REQUIRED_HEADERS[tab].every((h) => header.has(h))) return false;
  return Object.entries(REQUIRED_HEADERS).some(
    ([other, headers]) => other !== tab && headers.every((h) => header.has(h)),
  );
}
