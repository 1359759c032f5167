import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { toTables } from '../../core/workbook/to-tables';
import { type FakeSheet, FakeSpreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';
import { exportWorkbook, importWorkbook } from './workbook-dialogs';

const TABS = ['Theory of change', 'Indicators', 'Data', 'Payments'];

function snapshot(spreadsheet: FakeSpreadsheet): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of spreadsheet.getSheets()) {
    const values = sheet.getDataRange().getValues();
    const formulas = sheet.getDataRange().getFormulas();
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        const f = formulas[r]![c]!;
        if (v !== '' || f !== '') {
          const shown =
            Object.prototype.toString.call(v) === '[object Date]'
              ? `date:${(v as Date).getTime()}`
              : JSON.stringify(v);
          cells.set(`${sheet.getName()}!${r + 1},${c + 1}`, f || shown);
        }
      });
    });
  }
  return cells;
}

const header = (sheet: FakeSheet) => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];

describe('Set up impact workbook', () => {
  it('builds every tab on an empty spreadsheet, with headers, dropdowns, formats, named ranges and a Dashboard', async () => {
    const spreadsheet = new FakeSpreadsheet('New charity');
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      ...TABS,
      'Sources',
      'Records',
      'Learning log',
      'Claims',
      'Answers',
      'Funders',
      'Dashboard',
      'Charts',
    ]);
    const indicators = spreadsheet.getSheetByName('Indicators')!;
    expect(header(indicators)).toEqual([
      'ID',
      'Outcome',
      'Indicator',
      'Unit',
      'Direction',
      'Baseline',
      'Baseline date',
      'Target',
      'Target date',
      'Source',
      'Frequency',
      'Owner',
    ]);
    expect(indicators.getFrozenRows()).toBe(1);
    expect(indicators.getRange('D2').getDataValidations()[0]![0]).toMatchObject({
      kind: 'list',
      values: ['Number', 'Percent', 'Score', 'Currency'],
    });
    expect(indicators.getRange('B2').getDataValidations()[0]![0]).toMatchObject({ kind: 'range' });
    expect(indicators.getRange('G2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
    expect([...spreadsheet.namedRanges.keys()].sort()).toEqual([
      'ImpactAnswers',
      'ImpactClaims',
      'ImpactData',
      'ImpactFunders',
      'ImpactIndicators',
      'ImpactLearningLog',
      'ImpactPayments',
      'ImpactRecords',
      'ImpactSources',
      'ImpactTheoryOfChange',
    ]);
    const dashboard = spreadsheet.getSheetByName('Dashboard')!;
    // By position within the column, so that inserting or deleting an Indicators row breaks nothing.
    expect(dashboard.getRange('A2').getFormulas()[0]![0]).toBe(
      '=IF(INDEX(Indicators!$A:$A,ROW())="","",INDEX(Indicators!$A:$A,ROW()))',
    );
    expect(dashboard.getRange('E2').getFormulas()[0]![0]).toContain('IMPACT_PROGRESS(');
    expect(dashboard.conditionalRules.map((r) => r.text)).toEqual([
      'Met',
      'On track',
      'At risk',
      'Off track',
      'Missed',
    ]);
    expect(addon.shown.alerts[0]!.title).toBe('Impact workbook set up');
  });

  it('repairs a spreadsheet full of user data without changing a single cell the user wrote', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet, { answers: ['YES'] });
    const tables = toTables(demoWorkbook);
    // The user has moved columns, added their own, dropped one of ours and typed a number into a Payment cell.
    tables.Indicators = tables.Indicators.map((row) => [
      row[2]!,
      ...row.slice(0, 2),
      ...row.slice(3),
      row === tables.Indicators[0] ? 'My notes' : 'keep me',
    ]);
    tables.Data = tables.Data.map((row) => row.slice(0, 5));
    tables.Payments[1]![5] = 1234;
    fillSpreadsheet(spreadsheet, tables, addon.realmDate);
    const dashboard = spreadsheet.insertSheet('Dashboard');
    dashboard.getRange('A1').setValues([['my own dashboard']]);
    const before = snapshot(spreadsheet);

    addon.call('setUpImpactWorkbook');

    const after = snapshot(spreadsheet);
    for (const [cell, value] of before) {
      if (cell.startsWith('Dashboard!')) continue; // the user said yes to rebuilding it
      expect(after.get(cell), cell).toBe(value);
    }
    expect(header(spreadsheet.getSheetByName('Data')!)).toEqual([
      'Indicator',
      'Period end',
      'Value',
      'Achieved',
      'Out of',
      'Note',
      'From records',
    ]);
    const payments = spreadsheet.getSheetByName('Payments')!;
    expect(payments.getRange('F2').getValues()[0]![0]).toBe(1234);
    expect(payments.getRange('F3').getFormulas()[0]![0]).toBe('=IMPACT_PAYMENT(E3,C3,D3)');
    expect(addon.shown.alerts.map((a) => a.title)).toEqual([
      'Rebuild the Dashboard?',
      'Impact workbook set up',
    ]);
    expect(addon.shown.alerts[1]!.prompt).toContain('Left 1 Payment cell(s) you had typed into');
  });

  it('leaves the Dashboard alone when the user says no', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet, { answers: ['NO'] });
    spreadsheet
      .insertSheet('Dashboard')
      .getRange('A1')
      .setValues([['mine']]);
    addon.call('setUpImpactWorkbook');
    expect(spreadsheet.getSheetByName('Dashboard')!.getRange('A1').getValues()[0]![0]).toBe('mine');
    expect(addon.shown.alerts[1]!.prompt).toContain('The Dashboard was left as it was.');
  });
});

describe('Add demo data, export and import', () => {
  it('adds the demo organisation to an empty spreadsheet, set up and checkable', async () => {
    const spreadsheet = new FakeSpreadsheet('Demo');
    const addon = await loadAddon(spreadsheet);
    addon.call('addDemoData');
    expect(spreadsheet.getSheetByName('Data')!.getLastRow()).toBe(demoWorkbook.measurements.length + 1);
    expect(addon.shown.alerts.at(-1)!.title).toBe('Demo data added');
    const exported = exportWorkbook(addon.call);
    expect(exported.ok).toBe(true);
    expect(exported.fileName).toBe('demo.impact.json');
    const json = JSON.parse(exported.json);
    expect({ ...json, organisation: demoWorkbook.organisation }).toEqual(
      JSON.parse(JSON.stringify(demoWorkbook)),
    );
  });

  it('asks before replacing rows, and does nothing when the user says no', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet, { answers: ['NO'] });
    fillSpreadsheet(
      spreadsheet,
      {
        'Theory of change': [
          ['ID', 'Level', 'Statement'],
          ['A1', 'Activity', 'Mine'],
        ],
      },
      addon.realmDate,
    );
    addon.call('addDemoData');
    expect(spreadsheet.getSheetByName('Theory of change')!.getRange('C2').getValues()[0]![0]).toBe('Mine');
    expect(addon.shown.alerts[0]!.title).toBe('Replace your data?');
  });

  it('round-trips export → import into another spreadsheet, asking first when rows would be replaced', async () => {
    const source = new FakeSpreadsheet('Northfield Youth Futures');
    const a = await loadAddon(source);
    fillSpreadsheet(source, toTables(demoWorkbook), a.realmDate);
    const { json } = exportWorkbook(a.call);

    const target = new FakeSpreadsheet('Northfield Youth Futures');
    const b = await loadAddon(target);
    fillSpreadsheet(
      target,
      {
        Data: [
          ['Indicator', 'Period end', 'Value'],
          ['X', b.realmDate(new Date(2025, 0, 31)), 1],
        ],
      },
      b.realmDate,
    );
    const first = importWorkbook(b.call, json, false);
    expect(first).toMatchObject({ status: 'needs-confirmation', replaces: ['Data'] });
    const second = importWorkbook(b.call, json, true);
    expect(second.status).toBe('imported');
    const again = exportWorkbook(b.call);
    expect(JSON.parse(again.json)).toEqual(JSON.parse(json));
  });

  it('refuses invalid JSON with problems that name their path, and writes nothing', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    const doc = JSON.parse(JSON.stringify(demoWorkbook));
    doc.indicators[3].target = 'tbc';
    const result = importWorkbook(addon.call, JSON.stringify(doc), true);
    expect(result.status).toBe('invalid');
    expect(result.problems).toEqual(['indicators[3].target: must be a number, found "tbc"']);
    expect(spreadsheet.getSheets()).toEqual([]);
  });
});

describe('the Dashboard and the user', () => {
  it('rebuilds its own Dashboard without asking, and asks before replacing one the user typed on', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet, { answers: ['NO'] });
    addon.call('setUpImpactWorkbook');
    addon.call('setUpImpactWorkbook');
    expect(addon.shown.alerts.map((a) => a.title)).toEqual([
      'Impact workbook set up',
      'Impact workbook set up',
    ]);
    spreadsheet
      .getSheetByName('Dashboard')!
      .getRange('O5')
      .setValues([['my note']]);
    addon.call('setUpImpactWorkbook');
    expect(addon.shown.alerts.map((a) => a.title).slice(2)).toEqual([
      'Rebuild the Dashboard?',
      'Impact workbook set up',
    ]);
    expect(spreadsheet.getSheetByName('Dashboard')!.getRange('O5').getValues()[0]![0]).toBe('my note');
  });

  it.each([
    ['beside its columns', 'O5', '=SUM(D2:D9)'],
    ['below its rows', 'A230', '=COUNTA(A2:A201)'],
    ['in place of one of its own', 'E3', '=IMPACT_PROGRESS(1,2,1.5)'],
  ])(
    'asks before replacing a formula the user wrote %s, and keeps it when told no',
    async (_, cell, formula) => {
      const spreadsheet = new FakeSpreadsheet();
      const addon = await loadAddon(spreadsheet, { answers: ['NO', 'YES'] });
      addon.call('setUpImpactWorkbook');
      const dashboard = spreadsheet.getSheetByName('Dashboard')!;
      dashboard.getRange(cell).setFormula(formula);
      addon.call('setUpImpactWorkbook');
      expect(addon.shown.alerts.map((a) => a.title).slice(1)).toEqual([
        'Rebuild the Dashboard?',
        'Impact workbook set up',
      ]);
      expect(dashboard.getRange(cell).getFormulas()[0]![0]).toBe(formula);
      expect(addon.shown.alerts[2]!.prompt).toContain('The Dashboard was left as it was.');
      addon.call('setUpImpactWorkbook');
      expect(addon.shown.alerts[4]!.prompt).toContain('replacing what you had put on it, as you agreed');
      expect(addon.shown.alerts[4]!.prompt).not.toContain('nothing you typed was changed');
    },
  );

  it('lists a Dashboard the user typed on among what an import would replace', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    spreadsheet
      .insertSheet('Dashboard')
      .getRange('A1')
      .setValues([['my own summary']]);
    const result = importWorkbook(addon.call, JSON.stringify(demoWorkbook), false);
    expect(result).toMatchObject({ status: 'needs-confirmation', replaces: ['Dashboard'] });
  });
});

describe('the Dashboard formats, its payments columns and the Charts tab', () => {
  /** The demo workbook with I8 counted in money, and I1 typed as Achieved of Out of with no Value. */
  async function demoSetUp() {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    const tables = toTables(demoWorkbook);
    const unit = tables.Indicators[0]!.indexOf('Unit');
    tables.Indicators.find((row) => row[0] === 'I8')![unit] = 'Currency';
    const [value, achieved, outOf] = ['Value', 'Achieved', 'Out of'].map((h) => tables.Data[0]!.indexOf(h));
    for (const row of tables.Data.filter((r) => r[0] === 'I1')) {
      [row[achieved!], row[outOf!], row[value!]] = [row[value!]!, 100, ''];
    }
    fillSpreadsheet(spreadsheet, tables, addon.realmDate);
    addon.call('setUpImpactWorkbook');
    return { spreadsheet, addon, dashboard: spreadsheet.getSheetByName('Dashboard')! };
  }
  /** The number formats of a Dashboard row, by header. */
  const formatsOf = (dashboard: FakeSheet, row: number) => {
    const headers = dashboard.getRange(1, 1, 1, 13).getValues()[0]!;
    const formats = dashboard.getRange(row, 1, 1, 13).getNumberFormats()[0]!;
    return Object.fromEntries(headers.map((h, i) => [h, formats[i]]));
  };

  it('gives each row the formats of its indicator: a share, a count, a figure with decimals, money', async () => {
    const { dashboard } = await demoSetUp();
    // Row 2 is Indicators row 2 (I1), and so on.
    expect(formatsOf(dashboard, 3)).toMatchObject({
      'Latest value': '0.0%',
      'Trend per quarter': '+0.0" pp";-0.0" pp";0.0" pp"',
      'Latest period': 'dd/mm/yyyy',
      Progress: '0%',
      'Rate (last 12 months)': '0%',
      'Earned so far': '£#,##0',
      'Projected payment': '£#,##0',
    });
    // I1 is a Number, but its figures are Achieved ÷ Out of: a share.
    expect(formatsOf(dashboard, 2)['Latest value']).toBe('0.0%');
    expect(formatsOf(dashboard, 8)).toMatchObject({
      'Latest value': '#,##0.0',
      'Trend per quarter': '+#,##0.00;-#,##0.00;0.00',
    });
    expect(formatsOf(dashboard, 9)).toMatchObject({
      'Latest value': '£#,##0',
      'Trend per quarter': '+£#,##0;-£#,##0;£#,##0',
    });
    // A row with no indicator yet takes any figure, until Set up runs again.
    expect(formatsOf(dashboard, 10)['Latest value']).toBe('#,##0.###');
    expect(formatsOf(dashboard, 201)['Earned so far']).toBe('£#,##0');
  });

  it('writes whole counts without decimals', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(spreadsheet, toTables(demoWorkbook), addon.realmDate);
    addon.call('setUpImpactWorkbook');
    const dashboard = spreadsheet.getSheetByName('Dashboard')!;
    expect(formatsOf(dashboard, 2)).toMatchObject({
      'Latest value': '#,##0',
      'Trend per quarter': '+#,##0.0;-#,##0.0;0.0',
    });
  });

  it("fills the payments columns from the Payments tab's columns, wherever the user moved them", async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    const tables = toTables(demoWorkbook);
    // Indicator moved to the end of the Payments tab.
    tables.Payments = tables.Payments.map((row) => [row[0]!, ...row.slice(2), row[1]!]);
    fillSpreadsheet(spreadsheet, tables, addon.realmDate);
    addon.call('setUpImpactWorkbook');
    const dashboard = spreadsheet.getSheetByName('Dashboard')!;
    const [earned, projected] = dashboard.getRange('L3:M3').getFormulas()[0]!;
    expect(dashboard.getRange('L1:M1').getValues()[0]).toEqual(['Earned so far', 'Projected payment']);
    for (const formula of [earned!, projected!]) {
      expect(formula).toMatch(/^=IF\(ISNA\(MATCH\(\$A3,Payments!\$J:\$J,0\)\),"",IFERROR\(IMPACT_PAYMENT\(/);
    }
    expect(projected).toContain('TODAY()');
    expect(projected).toContain('SLOPE(');
  });

  it('draws one line chart per indicator, and a second Set up draws them again without a duplicate', async () => {
    const { spreadsheet, addon } = await demoSetUp();
    const charts = spreadsheet.getSheetByName('Charts')!;
    const drawn = charts.getCharts();
    expect(drawn.map((c) => c.options.title)).toEqual(
      demoWorkbook.indicators.map((i) => `${i.id}: ${i.name}`),
    );
    expect(drawn[1]).toMatchObject({
      type: 'line',
      numHeaders: 1,
      ranges: ['Charts!D83:F145'],
      options: { vAxis: { format: '0.0%' }, interpolateNulls: true },
    });
    expect(drawn.map((c) => c.ranges[0])).toEqual(
      drawn.map(
        (_, i) => `Charts!${String.fromCharCode(65 + i * 3)}83:${String.fromCharCode(67 + i * 3)}145`,
      ),
    );
    expect(charts.getRange('D83:F83').getValues()[0]).toEqual([
      'Period end',
      'Actual',
      'Straight line to target',
    ]);
    expect(charts.getRange('D84').getFormulas()[0]![0]).toContain('MINIFS(Data!$B:$B,Data!$A:$A,"I2"');
    // Days show as dates, on the sheet and on the chart's axis; figures in their indicator's format.
    expect(charts.getRange('D84:F84').getNumberFormats()[0]).toEqual(['d mmm yyyy', '0.0%', '0.0%']);
    expect(addon.shown.alerts[0]!.prompt).toContain('The Charts tab holds 8 chart(s), one per indicator.');

    const table = charts.getRange('A83:X145').getFormulas();
    addon.call('setUpImpactWorkbook');
    expect(charts.getCharts()).toEqual(drawn);
    expect(charts.getRange('A83:X145').getFormulas()).toEqual(table);
    expect(spreadsheet.getSheets().filter((s) => s.getName() === 'Charts')).toHaveLength(1);
  });

  it('draws a chart for an indicator added since, and none on an empty workbook', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    const charts = spreadsheet.getSheetByName('Charts')!;
    expect(charts.getCharts()).toEqual([]);
    expect(String(charts.getRange('A1').getValues()[0]![0])).toMatch(/^Set up rebuilds this tab/);
    spreadsheet
      .getSheetByName('Indicators')!
      .getRange('A2:D2')
      .setValues([['N1', 'O1', 'Meals served', 'Number']]);
    addon.call('setUpImpactWorkbook');
    expect(charts.getCharts().map((c) => c.options.title)).toEqual(['N1: Meals served']);
    expect(charts.getCharts()[0]!.options.vAxis).toEqual({ format: '#,##0' });
  });
});
