import { formatFinding } from '../../core/checks/finding';
import type { Measurement, Workbook } from '../../core/model/schema';
import { importJson } from '../../core/workbook/json';
import { type ItemRows, rowLocator } from '../../core/workbook/locators';
import type { Collection, Locator } from '../../core/workbook/places';
import { COLUMNS_OF, type DataTab, TAB } from '../../core/workbook/tabs';
import { z } from './zod';

/** The workbook kept in storage, as the checks may use it. */
export interface StoredWorkbook {
  /** Undefined when none is stored, or when the stored one cannot be read. */
  workbook: Workbook | undefined;
  /** Why the stored workbook is not used ("indicators[3].target: must be a number…"); empty when it is. */
  unreadable: string[];
  /** When it was imported or read from its sheet (an ISO instant); absent for one kept by an earlier version. */
  readAt?: string;
  /** Where its items are in the sheet it was read from; absent for a file, whose items are named by their path. */
  places?: StoredPlaces;
}

/**
 * Where each item of a workbook read from a sheet is, as data that is stored and crosses to and from the import
 * worker: the sheet row of each item, and the column of each field on each tab. A run of rows one under the other
 * (a Data tab of a hundred thousand rows) is kept as its first row and its length; an item with no row of its own is
 * null.
 */
export interface StoredPlaces {
  rows: Record<Exclude<Collection, 'contracts'>, Run[]> & { contracts: (number | null)[][] };
  columns: Partial<Record<DataTab, Record<string, number>>>;
}

/** `[first, length]`: rows first, first + 1, …; `[null, length]`: that many items without a row. */
type Run = [number | null, number];

/**
 * The workbook as it is kept: JSON text, because the browser stores and hands back one string many times faster than
 * an object of a hundred thousand measurements (and copies it to every listener of a storage change), with each
 * measurement a row of its fields rather than an object repeating their names. A measurement's note is left out:
 * no check reads it, and a note on every row of a long Data tab would take as much room as the figures.
 */
export interface PackedWorkbook {
  text: string;
  /** What it takes of the browser's storage quota (which counts the stored value as UTF-8 JSON). */
  bytes: number;
}

/** The fields a packed measurement row holds, in order; a row stops after the last one given. */
const ROW_FIELDS = ['indicator', 'periodEnd', 'value', 'achieved', 'outOf'] as const;

type Row = (string | number | null)[];

/**
 * What the packed text holds: the names of a row's fields, the workbook with its measurements as rows, and when and
 * where from it was read.
 */
interface Packing {
  rows: readonly string[];
  workbook: { measurements: unknown[] };
  readAt?: string;
  places?: StoredPlaces;
}

function runsOf(rows: readonly (number | undefined)[]): Run[] {
  const runs: Run[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    const value = row ?? null;
    const follows =
      last && (value === null ? last[0] === null : last[0] !== null && last[0] + last[1] === value);
    if (last && follows) last[1]++;
    else runs.push([value, 1]);
  }
  return runs;
}

function rowsOfRuns(runs: readonly Run[]): (number | undefined)[] {
  return runs.flatMap(([first, length]) =>
    Array.from({ length }, (_, i) => (first === null ? undefined : first + i)),
  );
}

/** The collection whose items stand on each tab, whose fields are named by the tab's column keys. */
const ITEMS_ON: Readonly<Record<DataTab, Collection>> = {
  [TAB.toc]: 'nodes',
  [TAB.indicators]: 'indicators',
  [TAB.data]: 'measurements',
  [TAB.payments]: 'contracts',
};

/** The places a sheet reader's locator gives the items of `workbook`, as data to keep. */
export function placesOf(workbook: Workbook, locate: Locator): StoredPlaces {
  const rowOf = (collection: Collection, index: number, metric?: number) =>
    locate({ collection, index, ...(metric === undefined ? {} : { metric }) }).cell?.row;
  const rowsOf = (collection: Exclude<Collection, 'contracts'>) =>
    runsOf(workbook[collection].map((_, index) => rowOf(collection, index)));
  const columns: StoredPlaces['columns'] = {};
  for (const [tab, collection] of Object.entries(ITEMS_ON) as [DataTab, Collection][]) {
    const first = workbook[collection].findIndex((_, index) => rowOf(collection, index) !== undefined);
    if (first < 0) continue;
    columns[tab] = Object.fromEntries(
      COLUMNS_OF[tab].map((spec) => [
        spec.key,
        locate({ collection, index: first, field: spec.key }).cell?.column ?? 1,
      ]),
    );
  }
  return {
    rows: {
      nodes: rowsOf('nodes'),
      links: rowsOf('links'),
      indicators: rowsOf('indicators'),
      measurements: rowsOf('measurements'),
      contracts: workbook.contracts.map((contract, index) =>
        contract.metrics.map((_, metric) => rowOf('contracts', index, metric) ?? null),
      ),
    },
    columns,
  };
}

/** The cells the stored places name, as the sheet reader named them when it read the workbook. */
export function placesLocator(places: StoredPlaces): Locator {
  const rows = {
    nodes: rowsOfRuns(places.rows.nodes),
    links: rowsOfRuns(places.rows.links),
    indicators: rowsOfRuns(places.rows.indicators),
    measurements: rowsOfRuns(places.rows.measurements),
    contracts: places.rows.contracts.map((metrics) => metrics.map((row) => row ?? undefined)),
  } as ItemRows;
  return rowLocator(rows, (tab, key) => places.columns[tab]?.[key]);
}

const RUNS = z.array(z.tuple([z.nullable(z.number()), z.number()]));
const PLACES: z.ZodMiniType<StoredPlaces> = z.object({
  rows: z.object({
    nodes: RUNS,
    links: RUNS,
    indicators: RUNS,
    measurements: RUNS,
    contracts: z.array(z.array(z.nullable(z.number()))),
  }),
  columns: z.partialRecord(
    z.enum(Object.values(TAB) as [DataTab, ...DataTab[]]),
    z.record(z.string(), z.number()),
  ),
}) as z.ZodMiniType<StoredPlaces>;

function rowOf(measurement: Measurement): Row {
  const row: Row = ROW_FIELDS.map((field) => measurement[field] ?? null);
  while (row.at(-1) === null) row.pop();
  return row;
}

/** A row back as the object it was; anything else is passed on as it is, for the reader to refuse with its place. */
function measurementOf(row: unknown, fields: readonly string[]): unknown {
  if (!Array.isArray(row)) return row;
  // fromEntries makes each field an own property, even one a damaged store names __proto__.
  return Object.fromEntries(
    row.flatMap((value, i) => (value === null ? [] : [[fields[i] ?? `column ${i + 1}`, value]])),
  );
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** What is kept beside the workbook: when it was read, and, for one read from a sheet, its reader's locator. */
export interface PackOptions {
  /** An ISO instant; now when not given. */
  readAt?: string;
  locate?: Locator;
}

export function packWorkbook(workbook: Workbook, options: PackOptions = {}): PackedWorkbook {
  const packing: Packing = {
    rows: ROW_FIELDS,
    workbook: { ...workbook, measurements: workbook.measurements.map(rowOf) },
    readAt: options.readAt ?? new Date().toISOString(),
    ...(options.locate ? { places: placesOf(workbook, options.locate) } : {}),
  };
  const text = JSON.stringify(packing);
  return { text, bytes: utf8Length(JSON.stringify(text)) };
}

function isPacking(value: unknown): value is Packing {
  if (value === null || typeof value !== 'object') return false;
  const { rows, workbook } = value as Partial<Packing>;
  return (
    Array.isArray(rows) &&
    rows.every((field) => typeof field === 'string') &&
    workbook !== null &&
    typeof workbook === 'object' &&
    Array.isArray(workbook.measurements)
  );
}

/** When and where from the packed workbook was read, as far as it says and can be trusted. */
function originOf(packing: Packing): Pick<StoredWorkbook, 'readAt' | 'places'> {
  const readAt = typeof packing.readAt === 'string' && Number.isFinite(Date.parse(packing.readAt));
  const places = packing.places === undefined ? undefined : PLACES.safeParse(packing.places);
  if (places && !places.success)
    console.warn('Impact Lens: the stored places of the workbook do not read; left out.');
  return {
    ...(readAt ? { readAt: packing.readAt } : {}),
    ...(places?.success ? { places: places.data } : {}),
  };
}

/**
 * The document a stored value holds (a packed workbook unpacked, or what an earlier version stored, as it is), and
 * what the packing says of its origin.
 */
function storedDocument(stored: unknown): {
  document: unknown;
  origin: Pick<StoredWorkbook, 'readAt' | 'places'>;
} {
  if (typeof stored !== 'string') return { document: stored, origin: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // The reader words why the text is not JSON.
    return { document: stored, origin: {} };
  }
  if (!isPacking(parsed)) return { document: parsed, origin: {} };
  const { rows, workbook } = parsed;
  return {
    document: { ...workbook, measurements: workbook.measurements.map((row) => measurementOf(row, rows)) },
    origin: originOf(parsed),
  };
}

/**
 * The stored workbook, read back through the same reader as an import (schema migrations and validation): one saved
 * by an older version is brought up to date, and one that no longer reads is reported and left out, so the text
 * checks still run.
 */
export function readStoredWorkbook(stored: unknown): StoredWorkbook {
  if (stored === undefined) return { workbook: undefined, unreadable: [] };
  const { document, origin } = storedDocument(stored);
  const result = importJson(document);
  if (result.ok) return { workbook: result.workbook, unreadable: [], ...origin };
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatFinding);
  return { workbook: undefined, unreadable: errors };
}
