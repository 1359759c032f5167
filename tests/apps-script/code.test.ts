import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { toTables } from '../../core/workbook/to-tables';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtCode, fillSpreadsheet, loadAddon } from './load-code';

describe('dist/sheets-addon/Code.js in node:vm, as Apps Script loads it', () => {
  it('is a plain script whose globals are documented stubs', async () => {
    const code = await builtCode();
    expect(code).not.toMatch(/^\s*(?:export|import)\s/m);
    expect(code).toMatch(/\/\*\*[\s\S]*?\*\/\nfunction onOpen\(e\) \{/);
  });

  it('onOpen builds the add-on menu, and every item names a global function', async () => {
    const { call, shown, context } = await loadAddon(new FakeSpreadsheet());
    call('onOpen', { authMode: 'LIMITED' });
    expect(shown.menus).toHaveLength(1);
    const items = shown.menus[0]!.items;
    expect(items.map((i) => i.caption)).toContain('Check theory of change');
    for (const item of items)
      expect(typeof (context as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  it('onInstall shows the menu too', async () => {
    const { call, shown } = await loadAddon(new FakeSpreadsheet());
    call('onInstall', {});
    expect(shown.menus).toHaveLength(1);
  });

  it('Check theory of change lists the demo workbook’s findings with their cells', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(spreadsheet, toTables(demoWorkbook), addon.realmDate);
    addon.call('checkTheoryOfChange');
    const [sidebar] = addon.shown.sidebars;
    expect(sidebar!.title).toBe('Impact Lens');
    expect(sidebar!.html).toContain('toc-stale-data');
    expect(sidebar!.html).toContain('Indicators!J9');
    expect(sidebar!.html).not.toContain('<strong>Data</strong>');
  });

  it('reports a bad cell by its address and escapes what the user typed', async () => {
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
    addon.call('checkTheoryOfChange');
    const html = addon.shown.sidebars[0]!.html;
    expect(html).toContain('&#39;Theory of change&#39;!B2: Level must be one of');
    expect(html).not.toContain('<b>A1</b>');
  });
});
