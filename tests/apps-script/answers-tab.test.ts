// The team's Answers tab through the built Code.js: Set up makes it with the columns the extension reads.
import { describe, expect, it } from 'vitest';
import { ANSWERS_COLUMNS, teamEntries } from '../../core/library/team';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

const HEADERS = Object.values(ANSWERS_COLUMNS);

describe('Set up impact workbook: the Answers tab', () => {
  it('makes the Answers tab with the library columns, a frozen header, a date format and a named range', async () => {
    const spreadsheet = new FakeSpreadsheet('Charity');
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    const answers = spreadsheet.getSheetByName('Answers')!;
    expect(answers.getRange(1, 1, 1, answers.getLastColumn()).getValues()[0]).toEqual(HEADERS);
    expect(answers.getFrozenRows()).toBe(1);
    expect(answers.getRange('H2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
    expect(spreadsheet.namedRanges.has('ImpactAnswers')).toBe(true);
  });

  it('keeps the rows the team wrote, and adds only the headers a hand-made tab lacks', async () => {
    const spreadsheet = new FakeSpreadsheet('Charity');
    const own = spreadsheet.insertSheet('Answers');
    own.getRange(1, 1, 2, 2).setValues([
      ['Answer', 'Question'],
      ['We mentor 120 young people a year.', 'Who will benefit?'],
    ]);
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    addon.call('setUpImpactWorkbook');
    const answers = spreadsheet.getSheetByName('Answers')!;
    const rows = answers.getDataRange().getValues();
    expect(rows[0]).toEqual(['Answer', 'Question', 'Help', 'Kind', 'Limit', 'Funder', 'Portal', 'Date']);
    expect(rows[1]!.slice(0, 2)).toEqual(['We mentor 120 young people a year.', 'Who will benefit?']);
    const read = teamEntries(rows);
    expect(read.problems).toEqual([]);
    expect(read.entries.map((e) => [e.question.label, e.text, e.source])).toEqual([
      ['Who will benefit?', 'We mentor 120 young people a year.', 'team'],
    ]);
  });

  it('is not taken for a records tab by the Sources dropdown', async () => {
    const spreadsheet = new FakeSpreadsheet('Charity');
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    const sources = spreadsheet.getSheetByName('Sources')!;
    const rule = sources.getRange('B2').getDataValidations()[0]![0] as { values?: string[] };
    expect(rule.values).not.toContain('Answers');
    expect(rule.values).toContain('Records');
  });
});
