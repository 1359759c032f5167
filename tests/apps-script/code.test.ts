import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { toTables } from '../../core/workbook/to-tables';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtCode, builtHtmlFiles, fillSpreadsheet, loadAddon } from './load-code';

const MENU = [
  'Set up impact workbook',
  'Add demo data',
  'Add a record source…',
  'Update data from records',
  'Check theory of change',
  'Explain indicator',
  'Quarterly review',
  'Draft report…',
  'M&E plan and cost',
  'Export for browser extension',
  'Import from JSON',
  'Formulas help',
];

describe('dist/sheets-addon/Code.js in node:vm, as Apps Script loads it', () => {
  it('is a plain script of stubs, each custom function with the JSDoc Sheets shows as its help', async () => {
    const code = await builtCode();
    expect(code).not.toMatch(/^\s*(?:export|import)\s/m);
    expect(code).toMatch(/^function onOpen\(\.\.\.args\) \{ return IL\.onOpen\(\.\.\.args\); \}$/m);
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
    const documented = Object.keys((context as unknown as { IL: object }).IL).sort();
    expect(globals.filter((g) => g.endsWith('_'))).toEqual([]);
    expect(documented).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'getCheckInput', 'selectCell']),
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

  it('Check theory of change opens the sidebar page, and sends it the tabs as plain values to check', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(spreadsheet, toTables(demoWorkbook), addon.realmDate);
    addon.call('checkTheoryOfChange');
    expect(addon.shown.sidebars[0]!.title).toBe('Impact Lens');
    expect(addon.shown.sidebars[0]!.html).toContain('google.script.run');
    const input = addon.call('getCheckInput') as { organisation: { name: string }; tables: object };
    expect(JSON.parse(JSON.stringify(input))).toEqual(input); // only plain values cross google.script.run
    expect(input.organisation.name).toBe('Northfield Youth Futures');
    expect(Object.keys(input.tables)).toEqual(
      expect.arrayContaining(['Theory of change', 'Indicators', 'Data']),
    );
  });

  it('leaves the workbook rules to the sidebar page: Code.js, loaded for every formula call, carries none', async () => {
    const code = await builtCode();
    const sidebar = builtHtmlFiles().Sidebar!;
    for (const id of ['toc-orphan', 'toc-stale-data', 'toc-off-track', 'toc-cycle']) {
      expect(sidebar, id).toContain(`"${id}"`);
      expect(code, id).not.toContain(`"${id}"`);
    }
  });
});
