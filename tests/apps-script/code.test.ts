import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { toTables } from '../../core/workbook/to-tables';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtCode, fillSpreadsheet, loadAddon } from './load-code';

const MENU = [
  'Set up impact workbook',
  'Add demo data',
  'Update data from records',
  'Check theory of change',
  'Export for browser extension',
  'Import from JSON',
  'Formulas help',
];

describe('dist/sheets-addon/Code.js in node:vm, as Apps Script loads it', () => {
  it('is a plain script of stubs, each custom function with the JSDoc Sheets shows as its help', async () => {
    const code = await builtCode();
    expect(code).not.toMatch(/^\s*(?:export|import)\s/m);
    expect(code).toMatch(/^function onOpen\(\.\.\.args\) \{ return __impactLens\.onOpen\(\.\.\.args\); \}$/m);
    for (const name of ['IMPACT_PROGRESS', 'IMPACT_STATUS', 'IMPACT_CHECK']) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    }
  });

  it('exposes no helper whose name ends in _ and nothing beyond the entry file’s exports', async () => {
    const { context } = await loadAddon(new FakeSpreadsheet());
    // The fake services are objects: the only functions are what Code.js declared.
    const globals = Object.keys(context)
      .filter((k) => typeof (context as Record<string, unknown>)[k] === 'function')
      .sort();
    const documented = Object.keys((context as unknown as { __impactLens: object }).__impactLens).sort();
    expect(globals.filter((g) => g.endsWith('_'))).toEqual([]);
    expect(documented).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'getCheckReport', 'selectCell']),
    );
    expect(globals).toEqual(documented);
  });

  it('onOpen builds the add-on menu in order, and every item names a global function', async () => {
    const { call, shown, context } = await loadAddon(new FakeSpreadsheet());
    call('onOpen', { authMode: 'LIMITED' });
    expect(shown.menus).toHaveLength(1);
    const items = shown.menus[0]!.items;
    expect(items.map((i) => i.caption)).toEqual(MENU);
    for (const item of items)
      expect(typeof (context as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  it('onInstall shows the menu too', async () => {
    const { call, shown } = await loadAddon(new FakeSpreadsheet());
    call('onInstall', {});
    expect(shown.menus).toHaveLength(1);
  });

  it('Check theory of change opens the sidebar page, whose report lists the demo’s findings with their cells', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(spreadsheet, toTables(demoWorkbook), addon.realmDate);
    addon.call('checkTheoryOfChange');
    expect(addon.shown.sidebars[0]!.title).toBe('Impact Lens');
    expect(addon.shown.sidebars[0]!.html).toContain('google.script.run');
    const report = addon.call('getCheckReport') as {
      findings: { checkId: string; place: string }[];
    };
    expect(JSON.parse(JSON.stringify(report))).toEqual(report); // only plain values cross google.script.run
    expect(report.findings.map((i) => `${i.checkId} ${i.place}`)).toContain('toc-stale-data Indicators!A4');
    expect(report.findings.some((i) => i.checkId === 'data-error')).toBe(false);
  });

  it('reports a bad cell by its address, and selecting it activates that cell', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(
      spreadsheet,
      {
        'Theory of change': [
          ['ID', 'Level', 'Statement'],
          ['<b>A1</b>', 'Goal', 'Mentoring'],
        ],
      },
      addon.realmDate,
    );
    const report = addon.call('getCheckReport') as {
      findings: { place: string; message: string; cell: { tab: string; row: number; column: number } }[];
    };
    const item = report.findings.find((i) => i.place === "'Theory of change'!B2")!;
    expect(item.message).toMatch(/^Level must be one of/);
    expect(addon.call('selectCell', item.cell.tab, item.cell.row, item.cell.column)).toBe(true);
    expect(spreadsheet.active?.getA1Notation()).toBe('B2');
    expect(addon.call('selectCell', 'No such tab', 1, 1)).toBe(false);
  });
});
