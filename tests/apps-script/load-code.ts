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

/** Runs Code.js as Apps Script does, as one plain script in a fresh global scope with the fake services. */
export async function loadAddon(spreadsheet: FakeSpreadsheet) {
  const { globals, shown } = fakeAppsScript(spreadsheet);
  const context = vm.createContext({ ...globals });
  new vm.Script(await builtCode(), { filename: 'Code.js' }).runInContext(context);
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
    return fn(...args);
  };
  /** Dates built inside the script's realm, as Sheets hands them over (instanceof Date is false across realms). */
  const realmDate = (date: Date): Date => vm.runInContext(`new Date(${date.getTime()})`, context) as Date;
  return { context, call, shown, realmDate };
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
