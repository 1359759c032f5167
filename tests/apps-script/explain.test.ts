import { describe, expect, it } from 'vitest';
import { demoRecordsTable } from '../../core/demo/records';
import { demoWorkbook } from '../../core/demo/workbook';
import { explainIndicator } from '../../core/insight/explain';
import { analysePeriod } from '../../core/records/analysis';
import { readSources } from '../../core/records/source';
import { computeAll } from '../../core/records/update';
import { LOCAL_DAYS } from '../../core/workbook/cells';
import type { ExplainInput } from '../../sheets-addon/src/explain-input';
import { explainView } from '../../sheets-addon/src/explain-page';
import { readSentWorkbook } from '../../sheets-addon/src/sent-workbook';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

/** The demo added through the menu, as a user would have it; Sheets hands a page only what survives JSON. */
async function demoSpreadsheet() {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet, { answers: [] });
  addon.call('addDemoData');
  const input = (indicatorId = ''): ExplainInput => {
    const sent = addon.call('getExplainInput', indicatorId);
    const passed = JSON.parse(JSON.stringify(sent)) as ExplainInput;
    // A Date, a function or undefined in the answer would not reach the page as it left the server.
    expect(passed).toEqual(sent);
    return passed;
  };
  const select = (tab: string, row: number, column = 2) => {
    spreadsheet.getSheetByName(tab)!.getRange(row, column).activate();
  };
  return { spreadsheet, addon, input, select };
}

describe('Explain indicator', () => {
  it('is on the menu, and opens the Explain sidebar', async () => {
    const { addon } = await demoSpreadsheet();
    addon.call('onOpen');
    const items = addon.shown.menus.at(-1)!.items;
    expect(items).toContainEqual({ caption: 'Explain indicator', functionName: 'explainSelectedIndicator' });
    addon.call('explainSelectedIndicator');
    const sidebar = addon.shown.sidebars.at(-1)!;
    expect(sidebar.title).toBe('Explain indicator');
    expect(sidebar.html).toContain('<h1>Explain indicator</h1>');
    expect(sidebar.html).not.toContain('<!-- script:');
  });

  it('explains the indicator in the selected row of the Indicators, Data or Dashboard tab', async () => {
    const { input, select } = await demoSpreadsheet();
    select('Indicators', 6);
    expect(input().indicatorId).toBe('I5');
    const firstI3 = demoWorkbook.measurements.findIndex((m) => m.indicator === 'I3') + 2;
    select('Data', firstI3, 4);
    expect(input().indicatorId).toBe('I3');
    select('Dashboard', 3, 7);
    expect(input().indicatorId).toBe('I2');
    select('Indicators', 1);
    expect(input().indicatorId).toBe('');
    select('Theory of change', 4);
    expect(input().indicatorId).toBe('');
    expect(input('I7').indicatorId).toBe('I7');
    // The page explains only an indicator the workbook has.
    expect(input('No such').indicatorId).toBe('No such');
    expect(explainView(input('No such')).indicatorId).toBe('');
    expect(explainView(input('No such')).message).toBe(
      'Choose an indicator, or select its row on the Indicators, Data or Dashboard tab.',
    );
  });

  it('sends the Sources row and its records, dates as days, and the page explains them as core does', async () => {
    const { input, select } = await demoSpreadsheet();
    select('Indicators', 6);
    const sent = input();
    const records = sent.records!;
    expect(records.tab).toBe('Records');
    expect(records.sources).toHaveLength(2);
    expect(records.sources[1]![0]).toBe('I5');
    expect(records.sources[1]).toContain('2026-09-30');
    expect(records.table[1]![1]).toBe(demoRecordsTable()[1]![1]);

    const workbook = readSentWorkbook(sent);
    expect(workbook.problems).toEqual([]);
    expect(workbook.workbook.measurements).toEqual(JSON.parse(JSON.stringify(demoWorkbook.measurements)));
    const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
    const computed = computeAll({
      sources: readSources(records.sources, context),
      indicators: demoWorkbook.indicators,
      tables: new Map([['Records', records.table]]),
      asOf: sent.asOf,
      ...context,
    });
    const i5 = computed.results[0]!;
    const expected = explainIndicator(demoWorkbook, 'I5', {
      asOf: sent.asOf,
      analysis: analysePeriod(i5, i5.periods.at(-1)!),
    });
    const view = explainView(sent);
    expect(view.message).toBe('');
    expect(view.paragraph).toBe(expected.paragraph);
    expect(view.breakdowns.map((b) => b.caption)).toEqual([
      'By age band, period ending 30 September 2026',
      'By site, period ending 30 September 2026',
    ]);
  });

  it('sends no records for an indicator without a Sources row, and the page still explains it', async () => {
    const { input } = await demoSpreadsheet();
    const sent = input('I8');
    expect(sent.records).toBeUndefined();
    const view = explainView(sent);
    expect(view.title).toBe('I8: Work placements completed in the quarter');
    expect(view.breakdowns).toEqual([]);
  });

  it('with nothing selected, sends the workbook for the page to offer its indicators', async () => {
    const spreadsheet = new FakeSpreadsheet('New');
    const addon = await loadAddon(spreadsheet);
    const empty = addon.call('getExplainInput', '') as ExplainInput;
    expect(empty.indicatorId).toBe('');
    expect(explainView(empty).message).toContain('This workbook has no indicators yet.');
    addon.call('addDemoData');
    const view = explainView(addon.call('getExplainInput', '') as ExplainInput);
    expect(view.indicators.map((i) => i.id)).toEqual(demoWorkbook.indicators.map((i) => i.id));
    expect(view.message).toBe(
      'Choose an indicator, or select its row on the Indicators, Data or Dashboard tab.',
    );
  });
});
