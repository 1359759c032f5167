import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Cell } from '../../core/workbook/cells';
import { buildAddon } from '../../sheets-addon/build';
import { type FakeSpreadsheet, fakeAppsScript } from './fake-spreadsheet';

let built: Promise<string> | undefined;

/** The add-on exactly as it would be pushed: dist/sheets-addon/Code.js, built once per test run. */
export function builtCode(): Promise<string> {
  built ??= buildAddon().then((r) => r.code);
  return built;
}

export interface LoadOptions {
  /** Buttons the user presses, in order, when the add-on asks a question. */
  answers?: string[];
}

/** The HTML files pushed beside Code.js (dist/sheets-addon/*.html), by name without extension. */
export function builtHtmlFiles(): Record<string, string> {
  const dir = join(import.meta.dirname, '..', '..', 'dist', 'sheets-addon');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(dir, f), 'utf8')]),
  );
}

/**
 * Dates built inside a script's realm, as Sheets hands them over (instanceof Date is false across realms): one
 * function compiled once in `context`, taking a time in milliseconds.
 */
export function realmDateMaker(context: vm.Context): (time: number) => Date {
  return vm.runInContext('(function (t) { return new Date(t); })', context) as (time: number) => Date;
}

/** Runs Code.js as Apps Script does, as one plain script in a fresh global scope with the fake services. */
export async function loadAddon(spreadsheet: FakeSpreadsheet, options: LoadOptions = {}) {
  const code = await builtCode();
  const { globals, shown } = fakeAppsScript(spreadsheet, builtHtmlFiles(), options.answers ?? []);
  const context = vm.createContext({ ...globals });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
    return fn(...args);
  };
  const makeDate = realmDateMaker(context);
  /** `date` rebuilt in the script's realm, as Sheets hands a date cell over. */
  const realmDate = (date: Date): Date => makeDate(date.getTime());
  return { context, call, shown, makeDate, realmDate };
}

/** Writes tables into the fake spreadsheet, one sheet per tab, with dates made in the script's realm. */
export function fillSpreadsheet(
  spreadsheet: FakeSpreadsheet,
  tables: Record<string, Cell[][]>,
  realmDate: (d: Date) => Date,
): void {
  for (const [name, rows] of Object.entries(tables)) {
    const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
    const width = Math.max(...rows.map((r) => r.length));
    const values = rows.map((r) =>
      Array.from({ length: width }, (_, i) => {
        const v = r[i];
        if (v instanceof Date) return realmDate(v);
        return v === null || v === undefined ? '' : v;
      }),
    );
    sheet.getRange(1, 1, values.length, width).setValues(values);
  }
}
