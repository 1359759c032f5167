import { type Cell, isBlank, readText } from '../workbook/cells';
import { normaliseHeader } from '../workbook/tabs';

/** One row of a tab, numbered as Sheets numbers it. */
export interface TableRow {
  number: number;
  cells: Cell[];
}

/**
 * A tab read by its headers: any tab at all (a Form's responses, a pasted export), so nothing about its columns is
 * assumed. The header is the first row with anything in it, and every later row with anything in it is a row.
 */
export interface HeadedTable {
  tab: string;
  headerRow: number;
  /** The headers as written, in order. */
  headers: string[];
  rows: TableRow[];
  /** 0-based column of each normalised header; the first of two alike wins. */
  indexOf: Map<string, number>;
}

export function openTable(tab: string, table: readonly Cell[][] | undefined): HeadedTable {
  const cells = table ?? [];
  const headerIndex = cells.findIndex((row) => row.some((cell) => !isBlank(cell)));
  const headers = headerIndex < 0 ? [] : cells[headerIndex]!.map((cell) => readText(cell));
  const indexOf = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = normaliseHeader(header);
    if (key && !indexOf.has(key)) indexOf.set(key, i);
  });
  const rows: TableRow[] = [];
  for (let r = headerIndex + 1; headerIndex >= 0 && r < cells.length; r++) {
    const row = cells[r]!;
    if (row.some((cell) => !isBlank(cell))) rows.push({ number: r + 1, cells: row });
  }
  return { tab, headerRow: headerIndex + 1, headers, rows, indexOf };
}

/** The 0-based column a name (as a Sources cell writes it) refers to. */
export function columnIndex(table: HeadedTable, name: string): number | undefined {
  return table.indexOf.get(normaliseHeader(name));
}

/** "ID, Start date, End date, …": the tab's headers, for a message that names a column it does not have. */
export function listHeaders(table: HeadedTable): string {
  const named = table.headers.filter((h) => h.trim() !== '');
  const shown = named.slice(0, 12).join(', ');
  return named.length > 12 ? `${shown}, …` : shown;
}
