import { describe, expect, it } from 'vitest';
import type { Cell } from '../../core/workbook/cells';
import { type FakeSpreadsheet, FakeSpreadsheet as Spreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';

const SOURCES_HEADER = [
  'Indicator',
  'Records tab',
  'ID column',
  'Date column',
  'Window',
  'Count',
  // A column of the user's own, between the add-on's: the sidebar must write around it.
  'Notes',
  'Value',
  'Later value',
  'Eligible if',
  'Condition',
  'Breakdown 1',
  'Breakdown 2',
  'Last period',
];

const row = (cells: Record<string, Cell>): Cell[] => SOURCES_HEADER.map((h) => cells[h] ?? '');

/** A charity with a Records tab, a Form's responses below a title row, and one Sources row already written. */
function charity(): Record<string, Cell[][]> {
  const indicator = (id: string, name: string) => [id, 'O1', name, 'Percent', 'Increase', 'Quarterly'];
  return {
    'Theory of change': [
      ['ID', 'Level', 'Statement'],
      ['O1', 'Outcome', 'Young people find and keep work'],
    ],
    Indicators: [
      ['ID', 'Outcome', 'Indicator', 'Unit', 'Direction', 'Frequency'],
      indicator('K1', 'Young people enrolled'),
      indicator('K2', 'Share of starters who complete'),
    ],
    Data: [['Indicator', 'Period end', 'Value', 'Achieved', 'Out of', 'Note', 'From records']],
    Sources: [
      SOURCES_HEADER,
      row({
        Indicator: 'K1',
        'Records tab': 'Records',
        'ID column': 'ID',
        'Date column': 'Start date',
        Count: 'Participants',
        Notes: 'kept by hand',
      }),
    ],
    Records: [
      ['ID', 'Start date', 'Completed', 'Site'],
      ['R1', new Date(2025, 0, 5), 'Yes', 'North'],
    ],
    'Form responses 1': [
      ['Survey of starters'],
      ['Timestamp', 'Participant', 'Completed', 'Site'],
      [new Date(2025, 0, 5), 'P1', 'Yes', 'North'],
    ],
  };
}

async function opened() {
  const spreadsheet = new Spreadsheet('Charity');
  const addon = await loadAddon(spreadsheet);
  fillSpreadsheet(spreadsheet, charity(), addon.realmDate);
  return { spreadsheet, addon };
}

const sourcesRows = (spreadsheet: FakeSpreadsheet) =>
  spreadsheet.getSheetByName('Sources')!.getDataRange().getValues();

const SHARE = {
  indicator: 'K2',
  tab: 'Form responses 1',
  dateColumn: 'Timestamp',
  window: '12 weeks after Timestamp',
  count: 'Share',
  condition: 'Completed = Yes',
  breakdown1: 'Site',
};

describe('the sidebar that adds a record source', () => {
  it('opens from the menu as a sidebar', async () => {
    const { addon } = await opened();
    addon.call('addRecordSource');
    expect(addon.shown.sidebars.map((s) => s.title)).toEqual(['Add a record source']);
    expect(addon.shown.sidebars[0]!.html).toContain('saveRecordSource');
  });

  it('lists the indicators, every tab but the workbook’s own with the columns of its header row, and the sources already written', async () => {
    const { addon } = await opened();
    expect(addon.call('getSourceChoices')).toEqual({
      indicators: [
        { id: 'K1', name: 'Young people enrolled' },
        { id: 'K2', name: 'Share of starters who complete' },
      ],
      tabs: [
        { name: 'Records', columns: ['ID', 'Start date', 'Completed', 'Site'] },
        { name: 'Form responses 1', columns: ['Survey of starters'] },
      ],
      sourced: { K1: 2 },
    });
  });

  it('offers none of the tabs Set up makes, nor the M&E costs tab, as records', async () => {
    const { addon } = await opened();
    addon.call('setUpImpactWorkbook');
    addon.call('addCostsTab');
    const offered = (addon.call('getSourceChoices') as { tabs: { name: string }[] }).tabs.map((t) => t.name);
    expect(offered).toEqual(['Records', 'Form responses 1']);
  });

  it('writes a valid row below the last, each cell under its header and none in the user’s own column', async () => {
    const { spreadsheet, addon } = await opened();
    const result = addon.call(
      'saveRecordSource',
      { ...SHARE, tab: 'Records', dateColumn: 'Start date', window: '12 weeks' },
      false,
    );
    expect(result).toEqual({
      status: 'added',
      row: 3,
      problems: [],
      message: 'Added Sources row 3: K2 from Records. Run Update data from records to compute it.',
    });
    expect(sourcesRows(spreadsheet)[2]).toEqual(
      row({
        Indicator: 'K2',
        'Records tab': 'Records',
        'Date column': 'Start date',
        Window: '12 weeks',
        Count: 'Share',
        Condition: 'Completed = Yes',
        'Breakdown 1': 'Site',
      }),
    );
    expect(sourcesRows(spreadsheet)[1]![6]).toBe('kept by hand');
    // Update reads the row it wrote without a problem on the Sources tab.
    addon.call('updateDataFromRecords');
    expect(addon.shown.alerts.at(-1)!.prompt).not.toContain('Sources!');
  });

  it('refuses a row Update could not read, giving each problem on its field, and writes nothing', async () => {
    const { spreadsheet, addon } = await opened();
    const before = sourcesRows(spreadsheet);
    const result = addon.call(
      'saveRecordSource',
      { ...SHARE, tab: 'Records', dateColumn: 'Timestamp', window: '' },
      false,
    ) as { status: string; problems: { field: string; message: string }[] };
    expect(result.status).toBe('invalid');
    expect(result.problems).toEqual([
      {
        field: 'dateColumn',
        message:
          'Date column names "Timestamp", which is not a column of Records (its columns: ID, Start date, Completed, Site).',
      },
    ]);
    const noCondition = addon.call('saveRecordSource', { ...SHARE, condition: undefined }, false) as {
      problems: { field: string; message: string }[];
    };
    expect(noCondition.problems).toEqual([
      {
        field: 'condition',
        message: 'Share needs a Condition: what counts as achieved, such as "Completed = Yes".',
      },
    ]);
    const malformed = addon.call('saveRecordSource', 'not an object', false) as {
      problems: { field: string }[];
    };
    expect(malformed.problems.map((p) => p.field)).toEqual(['indicator', 'tab', 'dateColumn', 'count']);
    expect(sourcesRows(spreadsheet)).toEqual(before);
  });

  it('finds a header below a title row, as Update does', async () => {
    const { spreadsheet, addon } = await opened();
    const result = addon.call('saveRecordSource', SHARE, false) as { status: string; problems: unknown[] };
    // "Survey of starters" is the first row with anything in it, so it is the header: Timestamp is not a column.
    expect(result.status).toBe('invalid');
    spreadsheet.getSheetByName('Form responses 1')!.getRange('A1').setValue('');
    expect(addon.call('saveRecordSource', SHARE, false)).toMatchObject({ status: 'added', row: 3 });
  });

  it('never replaces the row an indicator already has without the user’s consent', async () => {
    const { spreadsheet, addon } = await opened();
    const k1 = { indicator: 'K1', tab: 'Records', dateColumn: 'Start date', count: 'Rows' };
    const before = sourcesRows(spreadsheet);
    expect(addon.call('saveRecordSource', k1, false)).toEqual({
      status: 'needs-confirmation',
      row: 2,
      problems: [],
      message: 'K1 is already computed by Sources row 2. Replace that row with this one?',
    });
    expect(sourcesRows(spreadsheet)).toEqual(before);
    expect(addon.call('saveRecordSource', k1, true)).toMatchObject({ status: 'replaced', row: 2 });
    const after = sourcesRows(spreadsheet);
    expect(after).toHaveLength(2);
    expect(after[1]).toEqual(
      row({
        Indicator: 'K1',
        'Records tab': 'Records',
        'Date column': 'Start date',
        Count: 'Rows',
        Notes: 'kept by hand',
      }),
    );
  });

  it('makes the Sources tab with its headers when there is none', async () => {
    const tables = charity();
    delete tables.Sources;
    const fresh = new Spreadsheet('Fresh');
    const freshAddon = await loadAddon(fresh);
    fillSpreadsheet(fresh, tables, freshAddon.realmDate);
    expect(freshAddon.call('getSourceChoices')).toMatchObject({ sourced: {} });
    expect(
      freshAddon.call(
        'saveRecordSource',
        { ...SHARE, tab: 'Records', dateColumn: 'Start date', window: '' },
        false,
      ),
    ).toMatchObject({ status: 'added', row: 2 });
    expect(sourcesRows(fresh)[0]!.slice(0, 3)).toEqual(['Indicator', 'Records tab', 'ID column']);
  });
});
