import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Cell } from '../../core/workbook/cells';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';
import { exportWorkbook } from './workbook-dialogs';

/** A local-midnight date, as Sheets hands a date cell to a script in the spreadsheet's own zone. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

const isoOf = (cell: unknown) => {
  if (Object.prototype.toString.call(cell) !== '[object Date]') return cell;
  const d = cell as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const SOURCES_HEADER = [
  'Indicator',
  'Records tab',
  'ID column',
  'Date column',
  'Window',
  'Count',
  'Value',
  'Later value',
  'Eligible if',
  'Condition',
  'Breakdown 1',
  'Breakdown 2',
  'Last period',
];

const source = (cells: Partial<Record<(typeof SOURCES_HEADER)[number], string>>): string[] =>
  SOURCES_HEADER.map((h) => cells[h] ?? '');

const DATA_HEADER = ['Indicator', 'Period end', 'Value', 'Achieved', 'Out of', 'Note', 'From records'];

/**
 * A charity with three tabs of records: a sessions log, a register of participants and a survey answered at the
 * start and end (one row a response, as a Google Form writes it). Every count kind has a Sources row.
 */
function charity(): Record<string, Cell[][]> {
  const indicator = (id: string, name: string, unit: string) => [
    id,
    'O1',
    name,
    unit,
    'Increase',
    day('2024-12-31'),
    'Quarterly',
  ];
  return {
    'Theory of change': [
      ['ID', 'Level', 'Statement'],
      ['O1', 'Outcome', 'Young people find and keep work'],
    ],
    Indicators: [
      ['ID', 'Outcome', 'Indicator', 'Unit', 'Direction', 'Baseline date', 'Frequency'],
      indicator('K1', 'Sessions attended', 'Number'),
      indicator('K2', 'Young people attending', 'Number'),
      indicator('K3', 'Share of starters who complete', 'Percent'),
      indicator('K4', 'Mean end score of completers', 'Score'),
      indicator('K5', 'Change in confidence score', 'Score'),
      indicator('K6', 'Share in work 26 weeks after starting a job', 'Percent'),
    ],
    Data: [DATA_HEADER, ['K1', day('2025-03-31'), 99, '', '', 'counted by hand', '']],
    Sources: [
      SOURCES_HEADER,
      source({
        Indicator: 'K1',
        'Records tab': 'Sessions',
        'Date column': 'Date',
        Count: 'Rows',
        'Last period': '2025-06-30',
      }),
      source({
        Indicator: 'K2',
        'Records tab': 'sessions',
        'ID column': 'Participant',
        'Date column': 'Date',
        Count: 'Participants',
        'Breakdown 1': 'Site',
        'Last period': '2025-06-30',
      }),
      source({
        Indicator: 'K3',
        'Records tab': 'Register',
        'ID column': 'ID',
        'Date column': 'Start date',
        Count: 'Share',
        Condition: 'Completed = Yes',
        'Breakdown 1': 'Site',
        'Last period': '2025-06-30',
      }),
      source({
        Indicator: 'K4',
        'Records tab': 'Register',
        'Date column': 'Start date',
        Count: 'Average',
        Value: 'End score',
        'Eligible if': 'Completed = Yes',
        'Last period': '2025-06-30',
      }),
      source({
        Indicator: 'K5',
        'Records tab': 'Survey',
        'ID column': 'Participant',
        'Date column': 'Timestamp',
        Count: 'Change',
        Value: 'Score when Stage = Start',
        'Later value': 'Score when Stage = End',
        'Last period': '2025-06-30',
      }),
      source({
        Indicator: 'K6',
        'Records tab': 'Register',
        'Date column': 'Job start',
        Window: '26 weeks after Job start',
        Count: 'Share',
        'Eligible if': 'Job start not blank',
        Condition: 'In work at 26 weeks = Yes',
      }),
    ],
    Sessions: [
      ['Date', 'Participant', 'Site'],
      [day('2024-12-20'), 'P5', 'North'],
      [day('2025-01-10'), 'P1', 'North'],
      [day('2025-01-12'), 'P1', 'North'],
      [day('2025-02-01'), 'P2', 'East'],
      [day('2025-04-05'), 'P1', 'North'],
      [day('2025-04-06'), 'P3', 'East'],
      [day('2025-05-01'), 'P3', 'East'],
      [day('2025-07-10'), 'P4', 'North'],
    ],
    Register: [
      ['ID', 'Start date', 'Completed', 'End score', 'Job start', 'In work at 26 weeks', 'Site'],
      ['R1', day('2025-01-05'), 'Yes', 30, day('2025-02-01'), 'Yes', 'North'],
      ['R2', day('2025-02-10'), 'No', '', '', '', 'East'],
      ['R3', day('2025-03-01'), 'Yes', 24, day('2025-04-01'), 'No', 'North'],
      ['R4', day('2025-04-10'), 'Yes', 33, day('2025-06-01'), 'Yes', 'East'],
      ['R5', day('2025-05-10'), 'No', '', day('2026-03-01'), 'No', 'East'],
      // A job whose 26 weeks are not up: in no denominator yet.
      ['R6', day('2025-05-20'), 'Yes', '', day('2098-01-05'), '', 'North'],
      ['R7', 'tbc', 'Yes', 28, '', '', 'North'],
    ],
    Survey: [
      ['Timestamp', 'Participant', 'Stage', 'Score'],
      [day('2025-01-10'), 'S1', 'Start', 20],
      [day('2025-01-11'), 'S2', 'Start', 18],
      [day('2025-01-12'), 'S3', 'Start', 25],
      [day('2025-01-13'), 'S4', 'Start', 22],
      [day('2025-02-20'), 'S1', 'End', 26],
      [day('2025-03-01'), 'S2', 'End', 21],
      [day('2025-04-10'), 'S3', 'End', 24],
      [day('2025-04-15'), 'S5', 'End', 30],
      [day('2025-05-01'), 'S6', 'Start', 10],
      [day('2025-05-02'), 'S6', 'Start', 12],
      [day('2025-05-20'), 'S6', 'End', 15],
    ],
  };
}

async function charitySheet(tables = charity()) {
  const spreadsheet = new FakeSpreadsheet('Charity');
  const addon = await loadAddon(spreadsheet);
  fillSpreadsheet(spreadsheet, tables, addon.realmDate);
  return { spreadsheet, addon };
}

function dataRows(spreadsheet: FakeSpreadsheet): unknown[][] {
  return spreadsheet
    .getSheetByName('Data')!
    .getDataRange()
    .getValues()
    .slice(1)
    .map((row) => row.map(isoOf));
}

function resetCalls(spreadsheet: FakeSpreadsheet): void {
  for (const sheet of spreadsheet.getSheets())
    Object.assign(sheet.calls, { getValues: 0, getFormulas: 0, setValues: 0 });
}

function calls(spreadsheet: FakeSpreadsheet, what: 'getValues' | 'setValues'): Record<string, number> {
  return Object.fromEntries(spreadsheet.getSheets().map((s) => [s.getName(), s.calls[what]]));
}

const lastSummary = (addon: Awaited<ReturnType<typeof loadAddon>>) => addon.shown.alerts.at(-1)!;

describe('Update data from records', () => {
  it('computes every kind of count, placing each record in its indicator’s quarter, and marks the rows it writes', async () => {
    const { spreadsheet, addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    expect(lastSummary(addon).title).toBe('Data from records');
    expect(dataRows(spreadsheet)).toEqual([
      ['K1', '2025-03-31', 99, '', '', 'counted by hand', ''],
      ['K1', '2025-06-30', 3, '', '', '', 'Sources row 2'],
      ['K2', '2025-03-31', 2, '', '', '', 'Sources row 3'],
      ['K2', '2025-06-30', 2, '', '', '', 'Sources row 3'],
      ['K3', '2025-03-31', '', 2, 3, '', 'Sources row 4'],
      ['K3', '2025-06-30', '', 2, 3, '', 'Sources row 4'],
      ['K4', '2025-03-31', 27, '', '', '', 'Sources row 5'],
      ['K4', '2025-06-30', 33, '', '', '', 'Sources row 5'],
      ['K5', '2025-03-31', 4.5, '', '', '', 'Sources row 6'],
      ['K5', '2025-06-30', -1, '', '', '', 'Sources row 6'],
      ['K6', '2025-09-30', '', 1, 2, '', 'Sources row 7'],
      ['K6', '2025-12-31', '', 1, 1, '', 'Sources row 7'],
      ['K6', '2026-09-30', '', 0, 1, '', 'Sources row 7'],
    ]);
  });

  it('never writes over a row the user typed, and names its cell in the summary', async () => {
    const { spreadsheet, addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    expect(spreadsheet.getRange('Data!C2').getValue()).toBe(99);
    expect(lastSummary(addon).prompt).toContain(
      'Data!C2: K1 for the period ending 31 March 2025 was typed here, so the figure from records (3, Sources row 2) was not written',
    );
    expect(lastSummary(addon).prompt).toContain('Kept 1 row you typed');
  });

  it('names every record it cannot read by tab and cell, once, and counts the rest', async () => {
    const { addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    const prompt = lastSummary(addon).prompt;
    expect(prompt).toContain('Register!B8: Start date must be a date such as 31/03/2026, found "tbc".');
    expect(prompt.match(/Register!B8/g)).toHaveLength(1);
    expect(prompt).toContain(
      'Survey!D11: S6 has a second "Score when Stage = Start" (the first is at Survey!D10); a change needs one of each, so S6 is left out until one is removed.',
    );
  });

  it('matches a change by participant, over those with both scores, and says who is left out', async () => {
    const { addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    expect(lastSummary(addon).prompt).toContain(
      '- Sources row 6 (K5): 1 of 6 have no "Score when Stage = End"; 1 of 6 have no "Score when Stage = Start"; 1 of 6 have two values at one stage and are left out; the change is over the 3 participants with both.',
    );
  });

  it('reads each tab once and writes the Data tab once; run again on the same records, it writes nothing', async () => {
    const { spreadsheet, addon } = await charitySheet();
    resetCalls(spreadsheet);
    addon.call('updateDataFromRecords');
    expect(calls(spreadsheet, 'getValues')).toEqual({
      'Theory of change': 1,
      Indicators: 1,
      Data: 1,
      Sources: 1,
      Sessions: 1,
      Register: 1,
      Survey: 1,
    });
    expect(calls(spreadsheet, 'setValues')).toMatchObject({ Data: 1, Sources: 0, Register: 0, Survey: 0 });
    const after = dataRows(spreadsheet);

    resetCalls(spreadsheet);
    addon.call('updateDataFromRecords');
    expect(calls(spreadsheet, 'setValues').Data).toBe(0);
    expect(dataRows(spreadsheet)).toEqual(after);
    expect(lastSummary(addon).prompt).toContain(
      'Data: nothing to write; 12 rows from records already up to date.',
    );
  });

  it('brings its own rows up to date in place when a record changes, keeping the note the user added', async () => {
    const { spreadsheet, addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    spreadsheet.getRange('Data!F6').setValue('two late completions');
    spreadsheet.getRange('Register!C3').setValue('Yes');
    resetCalls(spreadsheet);
    addon.call('updateDataFromRecords');
    expect(calls(spreadsheet, 'setValues').Data).toBe(1);
    const rows = dataRows(spreadsheet);
    expect(rows[4]).toEqual(['K3', '2025-03-31', '', 3, 3, 'two late completions', 'Sources row 4']);
    expect(rows).toHaveLength(13);
    expect(lastSummary(addon).prompt).toContain(
      'Data: 1 row written (0 added, 1 updated); 11 already up to date.',
    );
  });

  it('writes back a formula the user has between its rows as the formula it is', async () => {
    const { spreadsheet, addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    const data = spreadsheet.getSheetByName('Data')!;
    data.getRange('A15:E15').setValues([['K9', day('2025-03-31'), '', 1, 2]]);
    data.getRange('C15').setFormula('=D15/E15');
    // One row updated above it (K3's first quarter) and one added below it (K1's third): one block holds both.
    spreadsheet.getRange('Register!C3').setValue('Yes');
    spreadsheet.getRange('Sources!M2').setValue('2025-09-30');
    resetCalls(spreadsheet);
    addon.call('updateDataFromRecords');
    expect(calls(spreadsheet, 'setValues').Data).toBe(1);
    expect(data.getRange('C15').getFormulas()[0]![0]).toBe('=D15/E15');
    expect(dataRows(spreadsheet).slice(-2)).toEqual([
      ['K9', '2025-03-31', '', 1, 2, '', ''],
      ['K1', '2025-09-30', 1, '', '', '', 'Sources row 2'],
    ]);
  });

  it('leaves a row it wrote alone when the records no longer give its figure, and says so', async () => {
    const { spreadsheet, addon } = await charitySheet();
    addon.call('updateDataFromRecords');
    spreadsheet.getRange('Survey!C6').setValue('Middle');
    spreadsheet.getRange('Survey!C7').setValue('Middle');
    addon.call('updateDataFromRecords');
    expect(dataRows(spreadsheet)[8]).toEqual(['K5', '2025-03-31', 4.5, '', '', '', 'Sources row 6']);
    expect(lastSummary(addon).prompt).toContain(
      'Data!G10: K5 for the period ending 31 March 2025 is marked "Sources row 6", but the records give no figure for that period now; it was left as it is',
    );
  });

  it('tells what is wrong with a Sources row by its cell, and computes the others', async () => {
    const tables = charity();
    tables.Sources![1]![1] = 'Sesions';
    tables.Sources![3]![9] = 'Completed yes';
    tables.Sources![4]![6] = 'End scores';
    const { spreadsheet, addon } = await charitySheet(tables);
    addon.call('updateDataFromRecords');
    const prompt = lastSummary(addon).prompt;
    expect(prompt).toContain(
      'Sources!B2: There is no tab called "Sesions"; write the name of the tab that holds the records.',
    );
    expect(prompt).toContain(
      'Sources!J4: Condition: "Completed yes" is not a condition; write it as "Completed = Yes", "Score >= 30", "End date not blank" or "Site one of North, East"',
    );
    expect(prompt).toContain(
      'Sources!G5: Value names "End scores", which is not a column of Register (its columns: ID, Start date, Completed, End score, Job start, In work at 26 weeks, Site).',
    );
    expect(dataRows(spreadsheet).map((r) => r[0])).toEqual(['K1', 'K2', 'K2', 'K5', 'K5', 'K6', 'K6', 'K6']);
  });

  it('lists the first hundred problems and counts the rest', async () => {
    const tables = charity();
    for (let i = 0; i < 150; i++) tables.Register!.push([`X${i}`, `day ${i}`, 'Yes', '', '', '', 'North']);
    const { addon } = await charitySheet(tables);
    addon.call('updateDataFromRecords');
    const prompt = lastSummary(addon).prompt;
    expect(prompt).toContain('152 problems');
    expect(prompt.match(/^- Register!B\d+: Start date must be a date/gm)).toHaveLength(100);
    expect(prompt).toContain('- and more: 52 more problems like these');
  });

  it('adds the From records column to a Data tab from before it', async () => {
    const tables = charity();
    tables.Data = [DATA_HEADER.slice(0, 6)];
    const { spreadsheet, addon } = await charitySheet(tables);
    addon.call('updateDataFromRecords');
    const data = spreadsheet.getSheetByName('Data')!;
    expect(data.getRange('G1').getValue()).toBe('From records');
    expect(dataRows(spreadsheet)[0]).toEqual(['K1', '2025-03-31', 3, '', '', '', 'Sources row 2']);
  });

  it('says what to do when there is no Sources tab', async () => {
    const tables = charity();
    delete tables.Sources;
    const { addon } = await charitySheet(tables);
    addon.call('updateDataFromRecords');
    expect(lastSummary(addon).prompt).toMatch(/^There is no Sources tab\. Run Set up impact workbook/);
  });
});

describe('Set up and the records tabs', () => {
  it('makes the Sources tab with its dropdowns, and a Records tab with the template’s columns', async () => {
    const spreadsheet = new FakeSpreadsheet('New charity');
    const addon = await loadAddon(spreadsheet);
    spreadsheet
      .insertSheet('Form responses 1')
      .getRange('A1:B1')
      .setValues([['Timestamp', 'Score']]);
    addon.call('setUpImpactWorkbook');
    const sources = spreadsheet.getSheetByName('Sources')!;
    expect(sources.getDataRange().getValues()[0]).toEqual(SOURCES_HEADER);
    const rule = (a1: string) => sources.getRange(a1).getDataValidations()[0]![0];
    expect(rule('A2')).toMatchObject({ kind: 'range', rangeA1: 'Indicators!A2:A1000' });
    expect(rule('B2')).toMatchObject({ kind: 'list', values: ['Form responses 1', 'Records'] });
    expect(rule('F2')).toMatchObject({
      kind: 'list',
      values: ['Rows', 'Participants', 'Share', 'Average', 'Change'],
    });
    expect(sources.getRange('M2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
    const records = spreadsheet.getSheetByName('Records')!;
    expect(records.getDataRange().getValues()[0]).toEqual([
      'ID',
      'Start date',
      'End date',
      'Completed',
      'Self-efficacy at start',
      'Self-efficacy at end',
      'CV and plan',
      'Destination',
      'Destination start',
      'EET at 6 months',
      'In work at 26 weeks',
      'Age band',
      'Site',
    ]);
    expect(records.getRange('L2').getDataValidations()[0]![0]).toMatchObject({
      values: ['16–17', '18–21', '22–24'],
    });
    expect(addon.shown.alerts[0]!.prompt).toContain(
      'Created: Theory of change, Indicators, Data, Payments, Sources, Records, Learning log, Claims, Answers, Funders, Dashboard, Charts.',
    );
  });

  it('leaves the columns of a Records tab that is already there as they are', async () => {
    const spreadsheet = new FakeSpreadsheet();
    const addon = await loadAddon(spreadsheet);
    spreadsheet
      .insertSheet('Records')
      .getRange('A1:C1')
      .setValues([['Member', 'Joined', 'Start date']]);
    addon.call('setUpImpactWorkbook');
    const records = spreadsheet.getSheetByName('Records')!;
    expect(records.getDataRange().getValues()[0]).toEqual(['Member', 'Joined', 'Start date']);
    expect(records.getRange('C2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
  });
});

describe('the demo organisation’s records', () => {
  it('Add demo data writes the Records and Sources tabs, and the Data rows they compute are exactly the demo’s', async () => {
    const spreadsheet = new FakeSpreadsheet('Demo');
    const addon = await loadAddon(spreadsheet);
    addon.call('addDemoData');
    expect(spreadsheet.getSheetByName('Records')!.getLastRow()).toBeGreaterThan(300);
    expect(spreadsheet.getSheetByName('Sources')!.getLastRow()).toBe(8);
    const before = dataRows(spreadsheet);
    resetCalls(spreadsheet);
    addon.call('updateDataFromRecords');
    expect(calls(spreadsheet, 'setValues').Data).toBe(0);
    expect(dataRows(spreadsheet)).toEqual(before);
    expect(lastSummary(addon).prompt).toContain(
      'Data: nothing to write; 54 rows from records already up to date.',
    );
    expect(lastSummary(addon).prompt).not.toContain('problem');
    const exported = JSON.parse(exportWorkbook(addon.call).json);
    expect(exported.measurements).toEqual(JSON.parse(JSON.stringify(demoWorkbook.measurements)));
  });
});
