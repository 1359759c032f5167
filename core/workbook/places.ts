/** Where something is: a sheet cell (1-based row and column) or, for JSON, a path. */
export interface CellRef {
  tab: string;
  row: number;
  column: number;
}

export type Collection = 'nodes' | 'links' | 'indicators' | 'measurements' | 'contracts';

/** A reference to an item of the workbook, and optionally one of its fields. */
export interface ItemRef {
  collection: Collection;
  index: number;
  /** For contracts: which outcome metric. */
  metric?: number;
  field?: string;
}

export interface Located {
  /** What a person reads: `Indicators!H7`, `'Theory of change'!E4` or `indicators[3].target`. */
  place: string;
  /** The cell, when the item came from (or would go to) a sheet: the sidebar selects it. */
  cell?: CellRef;
}

export type Locator = (ref: ItemRef) => Located;

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A tab name as Sheets writes it in a reference: one with anything but letters, digits and _ is quoted. */
export function quoteTab(tab: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
}

/** A1 notation as Sheets writes it: `Indicators!H7`, `'Theory of change'!E4`. */
export function a1(cell: CellRef): string {
  return `${quoteTab(cell.tab)}!${columnLetters(cell.column)}${cell.row}`;
}

export function jsonPath(ref: ItemRef): string {
  let path = `${ref.collection}[${ref.index}]`;
  if (ref.metric !== undefined) path += `.metrics[${ref.metric}]`;
  if (ref.field) path += `.${ref.field}`;
  return path;
}

export const jsonLocator: Locator = (ref) => ({ place: jsonPath(ref) });
