import * as z from 'zod/mini';
import type { Finding } from '../checks/finding';
import { validDayNumber } from '../util/calendar';
import { type Cell, isBlank } from '../workbook/cells';
import { a1, type CellRef } from '../workbook/places';
import { type CellContext, normaliseHeader, SOURCE_COLUMNS, TAB } from '../workbook/tabs';
import { COUNT_KINDS } from './kinds';
import { openTable } from './table';

/** Problems found on the Sources tab or in the records explain themselves in docs/records.md. */
export function recordsFinding(cell: CellRef, message: string): Finding {
  return {
    checkId: 'data-error',
    severity: 'error',
    message,
    place: a1(cell),
    cell,
    docs: 'docs/records.md',
  };
}

const text = z.string().check(z.refine((s: string) => s.trim().length > 0, 'must not be empty'));
const isoDate = z
  .string()
  .check(z.refine((s: string) => validDayNumber(s) !== undefined, 'must be a date written YYYY-MM-DD'));

type Key = (typeof SOURCE_COLUMNS)[number]['key'];

/** What each Count needs from the row, and what it cannot use; every issue names the cell to fix. */
function kindNeeds(
  s: {
    count: (typeof COUNT_KINDS)[number];
    idColumn?: string;
    value?: string;
    laterValue?: string;
    condition?: string;
  },
  ctx: z.core.$RefinementCtx,
): void {
  const issue = (key: Key, message: string) => ctx.addIssue({ code: 'custom', message, path: [key] });
  const { count } = s;
  if ((count === 'Participants' || count === 'Change') && !s.idColumn) {
    issue('idColumn', `${count} matches records by participant, so it needs the ID column's name.`);
  }
  if (count === 'Average' && !s.value) {
    issue(
      'value',
      'Average needs a Value: the column to average, such as "Score", or "weeks from Start date to Job start".',
    );
  }
  if (count === 'Change' && !s.value) {
    issue('value', 'Change needs a Value: the column of the first score, such as "Score at start".');
  }
  if (count === 'Change' && !s.laterValue) {
    issue(
      'laterValue',
      'Change needs a Later value: the column of the second score, such as "Score at end".',
    );
  }
  if (count !== 'Change' && s.laterValue) {
    issue(
      'laterValue',
      `Later value is for Change; a count of ${count} does not use it. Clear it, or choose Change.`,
    );
  }
  if (count === 'Share' && !s.condition) {
    issue('condition', 'Share needs a Condition: what counts as achieved, such as "Completed = Yes".');
  }
  if (count !== 'Share' && s.condition) {
    issue(
      'condition',
      `Condition is what Share counts as achieved; to count only some records for ${count}, write the test in Eligible if.`,
    );
  }
  if ((count === 'Rows' || count === 'Participants') && s.value) {
    issue('value', `Value is for Share, Average and Change; a count of ${count} does not use it.`);
  }
}

/** One row of the Sources tab, once each cell could be read and the row holds together. */
export const SourceSchema = z
  .strictObject({
    indicator: text,
    tab: text,
    idColumn: z.optional(text),
    dateColumn: text,
    window: z.optional(text),
    count: z.enum(COUNT_KINDS),
    value: z.optional(text),
    laterValue: z.optional(text),
    eligible: z.optional(text),
    condition: z.optional(text),
    breakdown1: z.optional(text),
    breakdown2: z.optional(text),
    lastPeriod: z.optional(isoDate),
  })
  .check(z.superRefine(kindNeeds));

export type SourceDefinition = z.infer<typeof SourceSchema>;

export interface SourceRow {
  /** The row on the Sources tab, as Sheets numbers it: what the Data rows it writes are marked with. */
  row: number;
  definition: SourceDefinition;
  /** The Sources cell of each column, for messages about what the row says. */
  cellOf(key: Key): CellRef;
}

export interface ReadSources {
  rows: SourceRow[];
  problems: Finding[];
}

const HEADER_OF = new Map<string, string>(SOURCE_COLUMNS.map((c) => [c.key, c.header]));

function headerProblem(missing: string[], headerRow: number): string {
  const names = missing.map((h) => `"${h}"`).join(', ');
  return `The Sources tab has no ${names} column${missing.length > 1 ? 's' : ''} in its header row (row ${headerRow}); run Set up impact workbook to repair the tab.`;
}

/**
 * The Sources tab as `getValues()` gives it: each row read cell by cell through its column's reader, then checked
 * as a whole by `SourceSchema`. A row with any problem is left out, and every problem names its cell.
 */
export function readSources(table: Cell[][] | undefined, context: CellContext): ReadSources {
  const tab = openTable(TAB.sources, table);
  const problems: Finding[] = [];
  const rows: SourceRow[] = [];
  if (tab.headerRow === 0) return { rows, problems };
  const indexOf = new Map<string, number>();
  for (const spec of SOURCE_COLUMNS) {
    const index = tab.indexOf.get(normaliseHeader(spec.header));
    if (index !== undefined) indexOf.set(spec.key, index);
  }
  const missing = SOURCE_COLUMNS.filter((c) => c.required && !indexOf.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    problems.push(
      recordsFinding(
        { tab: TAB.sources, row: tab.headerRow, column: 1 },
        headerProblem(missing, tab.headerRow),
      ),
    );
    return { rows, problems };
  }
  for (const row of tab.rows) {
    const cellOf = (key: Key): CellRef => ({
      tab: TAB.sources,
      row: row.number,
      column: (indexOf.get(key) ?? 0) + 1,
    });
    if (![...indexOf.values()].some((i) => !isBlank(row.cells[i]))) continue;
    const values: Record<string, unknown> = {};
    let ok = true;
    for (const spec of SOURCE_COLUMNS) {
      const index = indexOf.get(spec.key);
      const cell = index === undefined ? '' : row.cells[index];
      if (isBlank(cell)) {
        if (spec.required) {
          ok = false;
          problems.push(recordsFinding(cellOf(spec.key), `${spec.header} is missing.`));
        }
        continue;
      }
      const read = spec.reader.read(cell, context);
      if (read.ok) values[spec.key] = read.value;
      else {
        ok = false;
        problems.push(recordsFinding(cellOf(spec.key), `${spec.header} ${read.fault}.`));
      }
    }
    if (!ok) continue;
    const result = SourceSchema.safeParse(values);
    if (result.success) {
      rows.push({ row: row.number, definition: result.data, cellOf });
      continue;
    }
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? 'indicator') as Key;
      const message =
        issue.code === 'custom' && issue.path.length === 1 && !issue.message.startsWith('must')
          ? issue.message
          : `${HEADER_OF.get(key) ?? key} ${issue.message}.`;
      problems.push(recordsFinding(cellOf(key), message));
    }
  }
  return { rows, problems };
}
