import { formatFinding } from '../../core/checks/finding';
import { importJson } from '../../core/workbook/json';
import {
  type PackedWorkbook,
  packWorkbook,
  readStoredWorkbook,
  type StoredWorkbook,
} from './stored-workbook';

/**
 * What the import worker (workbook-import.worker.ts) is asked and answers. The reading itself is here, apart from the
 * worker, so that it runs in tests as it runs in the worker.
 */
export type ImportRequest =
  /** A file the user chose or dropped, or text they pasted. */
  | { kind: 'import'; source: Blob | string }
  /** The value kept in storage, read back when the panel opens. */
  | { kind: 'stored'; stored: unknown };

/** How much an import has to check, for the panel to show while it waits. */
export interface ImportProgress {
  /** Rows of every list: nodes, links, indicators, measurements, contracts. */
  items: number;
}

export type ImportReply =
  | { kind: 'progress'; progress: ImportProgress }
  /**
   * Read whole, and packed to keep. The workbook itself stays in the worker: copying a hundred thousand measurements
   * to the panel takes its main thread long enough to notice, and a workbook the browser then refuses to store would
   * have cost that for nothing.
   */
  | { kind: 'read'; packed: PackedWorkbook; organisation: string; indicators: number }
  /** Not a workbook that can be kept: the problems, worded, each with its place. */
  | { kind: 'refused'; problems: string[] }
  | { kind: 'stored'; stored: StoredWorkbook }
  /** The reading itself failed: the file could not be read, or the worker stopped. */
  | { kind: 'failed'; reason: string };

const COLLECTIONS = ['nodes', 'links', 'indicators', 'measurements', 'contracts'] as const;

function progressOf(document: unknown): ImportProgress {
  const record = (document ?? {}) as Record<string, unknown>;
  const count = (key: string) => {
    const list = record[key];
    return Array.isArray(list) ? list.length : 0;
  };
  return { items: COLLECTIONS.reduce((sum, key) => sum + count(key), 0) };
}

function parsed(text: string): { ok: true; document: unknown } | { ok: false } {
  try {
    return { ok: true, document: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Reads the text of a workbook file as the panel imports it, telling `onProgress` how much there is to check. */
export function readImport(text: string, onProgress: (progress: ImportProgress) => void): ImportReply {
  const json = parsed(text);
  if (json.ok) onProgress(progressOf(json.document));
  // Text that is not JSON goes to the reader as it is, which words where and why it fails.
  const result = importJson(json.ok ? json.document : text);
  if (!result.ok) return { kind: 'refused', problems: result.problems.map(formatFinding) };
  const { workbook } = result;
  return {
    kind: 'read',
    packed: packWorkbook(workbook),
    organisation: workbook.organisation.name,
    indicators: workbook.indicators.length,
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Answers one request; every way it can fail becomes a reply, so that the panel is never left waiting. */
export async function answer(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReply> {
  try {
    if (request.kind === 'stored') return { kind: 'stored', stored: readStoredWorkbook(request.stored) };
    const text = typeof request.source === 'string' ? request.source : await request.source.text();
    return readImport(text, onProgress);
  } catch (error) {
    return { kind: 'failed', reason: reasonOf(error) };
  }
}
