import { formatFinding } from '../../core/checks/finding';
import type { Measurement, Workbook } from '../../core/model/schema';
import { importJson } from '../../core/workbook/json';

/** The workbook kept in storage, as the checks may use it. */
export interface StoredWorkbook {
  /** Undefined when none is stored, or when the stored one cannot be read. */
  workbook: Workbook | undefined;
  /** Why the stored workbook is not used ("indicators[3].target: must be a number…"); empty when it is. */
  unreadable: string[];
}

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

/** What the packed text holds: the names of a row's fields, and the workbook with its measurements as rows. */
interface Packing {
  rows: readonly string[];
  workbook: { measurements: unknown[] };
}

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

export function packWorkbook(workbook: Workbook): PackedWorkbook {
  const packing: Packing = {
    rows: ROW_FIELDS,
    workbook: { ...workbook, measurements: workbook.measurements.map(rowOf) },
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

/** The document a stored value holds: a packed workbook unpacked, or what an earlier version stored, as it is. */
function storedDocument(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // The reader words why the text is not JSON.
    return stored;
  }
  if (!isPacking(parsed)) return parsed;
  const { rows, workbook } = parsed;
  return { ...workbook, measurements: workbook.measurements.map((row) => measurementOf(row, rows)) };
}

/**
 * The stored workbook, read back through the same reader as an import (schema migrations and validation): one saved
 * by an older version is brought up to date, and one that no longer reads is reported and left out, so the text
 * checks still run.
 */
export function readStoredWorkbook(stored: unknown): StoredWorkbook {
  if (stored === undefined) return { workbook: undefined, unreadable: [] };
  const result = importJson(storedDocument(stored));
  if (result.ok) return { workbook: result.workbook, unreadable: [] };
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatFinding);
  return { workbook: undefined, unreadable: errors };
}
