import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { exportJson } from '../../core/workbook/json';
import { buildAddon } from '../../sheets-addon/build';
import { tablesToWrite } from '../../sheets-addon/src/sent-workbook';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, fillSpreadsheet, loadAddon } from './load-code';
import { scriptRun } from './script-run';

/**
 * A google.script.run that behaves as Apps Script's does where it matters: calls are asynchronous, a function
 * whose name ends in _ is private, and arguments and results may only be primitives, plain objects and arrays
 * (a Date or a function is refused, as Apps Script refuses it).
 */
function fakeScriptRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const failures: string[] = [];
  const transferable = (value: unknown): boolean => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
    if (typeof value === 'function' || value instanceof Date) return false;
    if (Array.isArray(value)) return value.every(transferable);
    if (typeof value === 'object')
      return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(transferable);
    return false;
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(success, fn);
          return (...args: unknown[]) => {
            if (!failure) failures.push(`${name} was called without a failure handler`);
            if (name.endsWith('_')) throw new Error(`${name} is private and cannot be called from the page`);
            if (!args.every(transferable))
              throw new Error(`${name}: arguments must be primitives, plain objects or arrays`);
            calls.push({ name, args });
            queueMicrotask(() => {
              try {
                const fn = server[name];
                if (!fn) throw new Error(`Script function not found: ${name}`);
                const result = fn(...args);
                if (!transferable(result))
                  throw new Error(`${name} returned a value google.script.run cannot pass`);
                success?.(result);
              } catch (error) {
                failure?.(error as Error);
              }
            });
          };
        },
      },
    );
  return { run: runner(), calls, failures };
}

async function openPage(file: string, server: Record<string, (...args: unknown[]) => unknown>) {
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = fakeScriptRun(server);
  const host = {
    closed: false,
    close() {
      host.closed = true;
    },
  };
  Object.assign(window, { google: { script: { run: script.run, host } } });
  window.document.write(builtHtmlFiles()[file]!);
  await window.happyDOM.waitUntilComplete();
  await new Promise((r) => setTimeout(r, 0));
  return { window, document: window.document, script, host };
}

async function seriousViolations(window: Window): Promise<string[]> {
  const context = window as unknown as { eval(code: string): unknown; axe: typeof axe };
  context.eval(axe.source);
  const results = await context.axe.run(window.document as unknown as Document, {
    rules: { 'color-contrast': { enabled: false } }, // happy-dom does not compute styles
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

beforeAll(async () => {
  await buildAddon();
});

/** Export.html or Import.html, with its bundled script, against the built Code.js on `spreadsheet`. */
async function openDialog(file: 'Export' | 'Import', spreadsheet: FakeSpreadsheet, demo = false) {
  const addon = await loadAddon(spreadsheet);
  if (demo) addon.call('addDemoData');
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(addon.call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles()[file]!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const byId = <T = HTMLElement>(id: string) => window.document.getElementById(id) as unknown as T;
  return { window, script, byId, text: (id: string) => byId(id).textContent!.trim() };
}

type Dialog = Awaited<ReturnType<typeof openDialog>>;

async function importText(page: Dialog, text: string, button = 'import'): Promise<void> {
  page.byId<HTMLTextAreaElement>('json').value = text;
  page.byId<HTMLButtonElement>(button).click();
  await page.script.settled();
}

/** The demo with Indicators row 5's target typed as "tbc". */
function demoWithTextTarget(): string {
  const doc = JSON.parse(JSON.stringify(demoWorkbook));
  doc.indicators[3].target = 'tbc';
  return JSON.stringify(doc);
}

describe('the export and import dialogs', () => {
  it('export reads the tabs, shows the JSON and offers a download', async () => {
    const page = await openDialog('Export', new FakeSpreadsheet('Northfield Youth Futures'), true);
    expect(page.script.calls.map((c) => c.name)).toEqual(['getWorkbookTables']);
    const json = JSON.parse(page.byId<HTMLTextAreaElement>('json').value);
    expect(json).toEqual(JSON.parse(exportJson({ ...demoWorkbook, organisation: json.organisation })));
    expect(page.text('status')).toBe('Ready: northfield-youth-futures.impact.json');
    expect(page.byId<HTMLButtonElement>('download').disabled).toBe(false);
    expect(await seriousViolations(page.window)).toEqual([]);
  });

  it('export lists the problems that stop it, each with its cell', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(
      spreadsheet,
      {
        Indicators: [
          ['ID', 'Outcome', 'Indicator', 'Unit', 'Direction', 'Target'],
          ['I1', 'O1', 'Jobs', 'Number', 'Increase', 'tbc'],
        ],
      },
      addon.realmDate,
    );
    const page = await openDialog('Export', spreadsheet);
    expect(page.text('problems')).toContain('Indicators!F2');
    expect(page.text('status')).toBe('Fix these problems first; then export again.');
    expect(page.byId<HTMLButtonElement>('download').disabled).toBe(true);
  });

  it('import refuses invalid JSON with problems that name their path, and sends nothing', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const page = await openDialog('Import', spreadsheet);
    await importText(page, demoWithTextTarget());
    expect(page.text('problems')).toBe('indicators[3].target: must be a number, found "tbc"');
    expect(page.text('status')).toBe(
      'Not imported: fix the problems listed (each names its place in the file).',
    );
    expect(page.script.calls).toEqual([]);
    expect(spreadsheet.getSheets()).toEqual([]);
  });

  it('import asks before replacing rows, then writes the workbook the dialog read', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const page = await openDialog('Import', spreadsheet, true);
    spreadsheet
      .getSheetByName('Data')!
      .getRange('F2')
      .setValues([['my note']]);
    await importText(page, exportJson(demoWorkbook));
    expect(page.byId<HTMLButtonElement>('confirm').hidden).toBe(false);
    expect(page.text('status')).toBe(
      'Northfield Youth Futures: 14 theory-of-change steps, 8 indicators, 62 data rows. Importing replaces the rows on Theory of change, Indicators, Data, Payments. Values in columns you added yourself stay where they are.',
    );
    expect(spreadsheet.getSheetByName('Data')!.getRange('F2').getValues()[0]![0]).toBe('my note');
    page.byId<HTMLButtonElement>('confirm').click();
    await page.script.settled();
    expect(page.script.calls.map((c) => [c.name, c.args[1]])).toEqual([
      ['importWorkbookTables', false],
      ['importWorkbookTables', true],
    ]);
    expect(page.text('status')).toBe(
      'Imported. Northfield Youth Futures: 14 theory-of-change steps, 8 indicators, 62 data rows.',
    );
    expect(spreadsheet.getSheetByName('Data')!.getRange('F2').getValues()[0]![0]).toBe(
      demoWorkbook.measurements[0]!.note ?? '',
    );
    expect(await seriousViolations(page.window)).toEqual([]);
  });

  it('the server refuses tables that are not the workbook’s tabs, and the dialog says so', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    expect(() => addon.call('importWorkbookTables', { Data: [['Indicator']] }, true)).toThrow(
      "What the Import page sent is not a workbook's tabs",
    );
    expect(() =>
      addon.call('importWorkbookTables', JSON.parse(JSON.stringify(tablesToWrite(demoWorkbook))), 'yes'),
    ).not.toThrow();
    const tables = JSON.parse(JSON.stringify(tablesToWrite(demoWorkbook)));
    tables.Data[1][1] = { day: '2026-02-30' };
    expect(() => addon.call('importWorkbookTables', tables, true)).toThrow('Data → 1 → 1');
    const page = await openDialog('Import', spreadsheet);
    page.byId<HTMLTextAreaElement>('json').value = exportJson(demoWorkbook);
    Object.assign(page.window, {
      ImpactLensImport: { read: () => ({ ok: true, problems: [], summary: '', tables: {} }) },
    });
    page.byId<HTMLButtonElement>('import').click();
    await page.script.settled();
    expect(page.text('status')).toMatch(/^Import failed: What the Import page sent is not a workbook's tabs/);
  });

  it('the formulas help closes with its button', async () => {
    const page = await openPage('Help', {});
    (page.document.getElementById('close') as unknown as HTMLButtonElement).click();
    expect(page.host.closed).toBe(true);
    expect(await seriousViolations(page.window)).toEqual([]);
  });
});
