import { describe, expect, it } from 'vitest';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { FUNDERS_COLUMNS, readFunders } from './read';

const HEADERS = FUNDERS_COLUMNS.map((c) => c.header);
const context = { dateOrder: 'dmy', days: LOCAL_DAYS, indicatorIds: new Set(['I1', 'I2', 'I3']) } as const;
const read = (rows: Cell[][], header: Cell[] = HEADERS) => readFunders([header, ...rows], context);

describe('readFunders', () => {
  it('groups rows by funder, taking grant, period and reporting dates from the first row that has them', () => {
    const { funders, problems } = read([
      ['Fund A', 'Grant A', '01/04/2025', '31/03/2027', '30/04/2026; 31/10/2025', 'Skills', 'I1, I2', 100],
      ['Fund A', '', '', '', '', 'Jobs', 'I3', ''],
      ['Fund B', '', '', '', new Date(2026, 8, 30), 'Skills too', 'I2 I3', '80'],
    ]);
    expect(problems).toEqual([]);
    expect(funders).toEqual([
      {
        name: 'Fund A',
        grant: 'Grant A',
        periodStart: '2025-04-01',
        periodEnd: '2027-03-31',
        reportingDates: ['2025-10-31', '2026-04-30'],
        outcomes: [
          { row: 2, outcome: 'Skills', indicators: ['I1', 'I2'], words: 100 },
          { row: 3, outcome: 'Jobs', indicators: ['I3'] },
        ],
      },
      {
        name: 'Fund B',
        reportingDates: ['2026-09-30'],
        outcomes: [{ row: 4, outcome: 'Skills too', indicators: ['I2', 'I3'], words: 80 }],
      },
    ]);
  });

  it.each<[string, Cell[], string, string]>([
    ['no funder', ['', '', '', '', '', 'Skills', 'I1', ''], 'Funders!A2', 'Funder is missing.'],
    ['no outcome', ['F', '', '', '', '', '', 'I1', ''], 'Funders!F2', 'Funder outcome is missing.'],
    ['no indicators', ['F', '', '', '', '', 'Skills', '', ''], 'Funders!G2', 'Our indicators is missing.'],
    [
      'an unknown indicator',
      ['F', '', '', '', '', 'Skills', 'I1, I9', ''],
      'Funders!G2',
      'Our indicators names I9, not on the Indicators tab.',
    ],
    [
      'a period start that is no date',
      ['F', '', 'soon', '', '', 'Skills', 'I1', ''],
      'Funders!C2',
      'Period start must be a date such as 31/03/2026, found "soon".',
    ],
    [
      'a reporting date that is no date',
      ['F', '', '', '', '30/04/2026, later', 'Skills', 'I1', ''],
      'Funders!E2',
      'Reporting dates must be dates such as 31/03/2026, separated by commas: "later" is not one.',
    ],
    [
      'a period that ends before it starts',
      ['F', '', '01/04/2026', '31/03/2026', '', 'Skills', 'I1', ''],
      'Funders!D2',
      'Period end is before Period start.',
    ],
    [
      'a word limit that is no whole number',
      ['F', '', '', '', '', 'Skills', 'I1', 12.5],
      'Funders!H2',
      'Words must be a whole number of words, found 12.5.',
    ],
  ])('leaves out a row with %s, naming the cell', (_, row, place, message) => {
    const { funders, problems } = read([row]);
    expect(funders).toEqual([]);
    expect(problems.map((p) => [p.place, p.message])).toEqual([[place, message]]);
  });

  it('reads columns by header, in any order', () => {
    const { funders } = read([['Skills', 'I1', 'F']], ['Funder outcome', 'Our indicators', 'Funder']);
    expect(funders).toEqual([
      { name: 'F', reportingDates: [], outcomes: [{ row: 2, outcome: 'Skills', indicators: ['I1'] }] },
    ]);
  });

  it('names the required columns a header row lacks', () => {
    const { problems } = read([['F']], ['Funder', 'Grant']);
    expect(problems.map((p) => p.message)).toEqual([
      'The Funders tab has no "Funder outcome", "Our indicators" columns in its header row (row 1); run Set up impact workbook to repair the tab.',
    ]);
  });

  it('reads a tab that is not there as no funders', () => {
    expect(readFunders(undefined, context)).toEqual({ funders: [], problems: [] });
  });
});
