import { describe, expect, it } from 'vitest';
import { demoLearningLogTable } from '../../core/demo/learning-log';
import { LEARNING_LOG_COLUMNS } from '../../core/review/log';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';

const HEADERS = LEARNING_LOG_COLUMNS.map((c) => c.header);

async function setUp() {
  const spreadsheet = new FakeSpreadsheet('Charity');
  const addon = await loadAddon(spreadsheet);
  addon.call('setUpImpactWorkbook');
  return { spreadsheet, addon, log: () => spreadsheet.getSheetByName('Learning log')! };
}

const ENTRY = {
  about: 'I1',
  found: 'Fewer young people finish in winter',
  why: 'Buses stop early',
  change: 'Pay for taxis home',
  owner: 'Sam',
  reviewBy: '2026-09-30',
  watch: 'I1',
};

describe('the Learning log in the add-on', () => {
  it('is made by Set up, with its headers, a date format and the indicators as the watch column’s choices', async () => {
    const { addon, log } = await setUp();
    expect(addon.shown.alerts[0]!.prompt).toContain('Learning log');
    const sheet = log();
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).toEqual(HEADERS);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
    expect(sheet.getRange('H2').getDataValidations()[0]![0]).toMatchObject({
      helpText: 'Indicator to watch: use an ID from the Indicators tab.',
    });
    addon.call('setUpImpactWorkbook');
    expect(addon.shown.alerts[1]!.prompt).not.toContain('Learning log');
  });

  it('opens the Quarterly review sidebar from the menu', async () => {
    const { addon } = await setUp();
    addon.call('openQuarterlyReview');
    expect(addon.shown.sidebars.map((s) => s.title)).toEqual(['Quarterly review']);
    expect(addon.shown.sidebars[0]!.html).toContain('addLearningLogRow');
  });

  it('appends a row below the last, dated today, in one write, leaving the typed row and the user’s column alone', async () => {
    const { spreadsheet, addon, log } = await setUp();
    fillSpreadsheet(
      spreadsheet,
      {
        'Learning log': [
          [...HEADERS, 'Notes'],
          [new Date(2026, 0, 15), 'O1', 'Typed by hand', '', '', '', '', '', 'mine'],
        ],
      },
      addon.realmDate,
    );
    const sheet = log();
    const typed = sheet.getRange(2, 1, 1, 9).getValues();
    const writes = sheet.calls.setValues;
    const result = addon.call('addLearningLogRow', ENTRY);
    expect(result).toEqual({
      ok: true,
      row: 3,
      problems: [],
      message: 'Added to the Learning log, row 3: I1.',
    });
    expect(sheet.calls.setValues).toBe(writes + 1);
    expect(sheet.getRange(2, 1, 1, 9).getValues()).toEqual(typed);
    const [written] = sheet.getRange(3, 1, 1, 9).getValues();
    const [date, ...rest] = written!;
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    const today = new Date();
    expect((date as Date).toDateString()).toBe(
      new Date(today.getFullYear(), today.getMonth(), today.getDate()).toDateString(),
    );
    expect(rest.map((c) => (typeof c === 'object' ? (c as Date).toDateString() : c))).toEqual([
      'I1',
      'Fewer young people finish in winter',
      'Buses stop early',
      'Pay for taxis home',
      'Sam',
      new Date(2026, 8, 30).toDateString(),
      'I1',
      '',
    ]);
  });

  it('reads the row it wrote back into the review’s input, as the sidebar will', async () => {
    const { addon } = await setUp();
    addon.call('addLearningLogRow', { about: 'O1', found: '=1+1 is text here' });
    const input = addon.call('getReviewInput') as { log: unknown[][]; asOf: string };
    expect(input.log[0]).toEqual(HEADERS);
    expect(input.log[1]).toEqual([{ day: input.asOf }, 'O1', "'=1+1 is text here", '', '', '', '', '']);
  });

  it.each([
    [{ ...ENTRY, found: '  ' }, 'found', 'What we found must not be empty.'],
    [{ ...ENTRY, reviewBy: '2026-02-30' }, 'reviewBy', 'Review by must be a date.'],
    [{ ...ENTRY, about: undefined }, 'about', 'About is not what was expected.'],
  ])(
    'refuses a row the log could not read, naming the field, and writes nothing: %j',
    async (entry, field, message) => {
      const { addon, log } = await setUp();
      const writes = log().calls.setValues;
      expect(addon.call('addLearningLogRow', entry)).toEqual({
        ok: false,
        row: 0,
        problems: [{ field, message }],
        message: 'Not added: fix the fields marked.',
      });
      expect(log().calls.setValues).toBe(writes);
      expect(log().getLastRow()).toBe(1);
    },
  );

  it('gets the demo’s Learning log from Add demo data, with its dates as dates, but never over a team’s own log', async () => {
    const spreadsheet = new FakeSpreadsheet('Charity');
    const addon = await loadAddon(spreadsheet);
    addon.call('addDemoData');
    const { log } = addon.call('getReviewInput') as { log: unknown[][] };
    const shown = log.map((row) => row.map((c) => (typeof c === 'object' ? (c as { day: string }).day : c)));
    expect(shown).toEqual(demoLearningLogTable());
    const own = new FakeSpreadsheet('Charity');
    const again = await loadAddon(own, { answers: ['YES'] });
    fillSpreadsheet(
      own,
      { 'Learning log': [HEADERS, ['2026-01-01', 'O1', 'Ours', '', '', '', '', '']] },
      again.realmDate,
    );
    again.call('addDemoData');
    expect(own.getSheetByName('Learning log')!.getDataRange().getValues()).toEqual([
      HEADERS,
      ['2026-01-01', 'O1', 'Ours', '', '', '', '', ''],
    ]);
  });

  it('saves the theory of change as a version a day, shared with the document, and sends the versions to the page', async () => {
    const { spreadsheet, addon } = await setUp();
    fillSpreadsheet(
      spreadsheet,
      {
        'Theory of change': [
          ['ID', 'Level', 'Statement', 'Leads to'],
          ['A1', 'Activity', 'Mentoring', 'O1'],
          ['O1', 'Outcome', 'Finish', ''],
        ],
      },
      addon.realmDate,
    );
    const first = addon.call('saveTocVersion') as { ok: boolean; message: string };
    const { asOf } = addon.call('getReviewInput') as { asOf: string };
    expect(first).toEqual({
      ok: true,
      message: `Saved the theory of change as the version of ${asOf}: 2 steps and 1 link.`,
    });
    spreadsheet
      .getSheetByName('Theory of change')!
      .getRange('C2')
      .setValues([['Weekly mentoring']]);
    addon.call('saveTocVersion');
    expect([...spreadsheet.documentProperties.keys()]).toEqual([`impactLensTocVersion:${asOf}`]);
    const { versions } = addon.call('getReviewInput') as { versions: string[] };
    expect(versions.map((v) => JSON.parse(v))).toEqual([
      {
        saved: asOf,
        nodes: [
          { id: 'A1', level: 'Activity', statement: 'Weekly mentoring' },
          { id: 'O1', level: 'Outcome', statement: 'Finish' },
        ],
        links: [{ from: 'A1', to: 'O1' }],
      },
    ]);
  });

  it('refuses a version larger than a document property holds, and keeps none', async () => {
    const { spreadsheet, addon } = await setUp();
    const long = 'A step described at great length. '.repeat(30);
    const rows = Array.from({ length: 10 }, (_, i) => [`S${i}`, 'Outcome', long]);
    fillSpreadsheet(
      spreadsheet,
      { 'Theory of change': [['ID', 'Level', 'Statement'], ...rows] },
      addon.realmDate,
    );
    expect(addon.call('saveTocVersion')).toEqual({
      ok: false,
      message: 'Not saved: the theory of change is 11 KB, and a version can hold 9 KB.',
    });
    expect(spreadsheet.documentProperties.size).toBe(0);
  });
});
