import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model/schema';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { SOURCE_COLUMNS } from '../workbook/tabs';
import { readSources } from './source';
import { computeAll } from './update';

const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
type Row = Partial<Record<(typeof SOURCE_COLUMNS)[number]['key'], Cell>>;
const table = (...rows: Row[]): Cell[][] => [
  SOURCE_COLUMNS.map((c) => c.header),
  ...rows.map((r) => SOURCE_COLUMNS.map((c) => r[c.key] ?? '')),
];
const problems = (t: Cell[][]) => readSources(t, context).problems.map((p) => `${p.place}: ${p.message}`);
const row = { indicator: 'I1', tab: 'Records', dateColumn: 'Start date' };

describe('readSources', () => {
  it('reads a row into a definition', () => {
    const read = readSources(
      table({ ...row, count: 'share', condition: 'Completed = Yes', lastPeriod: '30/09/2026' }),
      context,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows[0]!.row).toBe(2);
    expect(read.rows[0]!.definition).toEqual({
      indicator: 'I1',
      tab: 'Records',
      dateColumn: 'Start date',
      count: 'Share',
      condition: 'Completed = Yes',
      lastPeriod: '2026-09-30',
    });
  });

  it('says what each Count needs, and what it cannot use, at the cell to fix', () => {
    expect(
      problems(
        table(
          { ...row, count: 'Participants' },
          { ...row, count: 'Share' },
          { ...row, count: 'Change', idColumn: 'ID', value: 'Score' },
          { ...row, count: 'Rows', condition: 'Completed = Yes', laterValue: 'Score' },
          { ...row, count: 'Average' },
        ),
      ),
    ).toEqual([
      "Sources!C2: Participants matches records by participant, so it needs the ID column's name.",
      'Sources!J3: Share needs a Condition: what counts as achieved, such as "Completed = Yes".',
      'Sources!H4: Change needs a Later value: the column of the second score, such as "Score at end".',
      'Sources!H5: Later value is for Change; a count of Rows does not use it. Clear it, or choose Change.',
      'Sources!J5: Condition is what Share counts as achieved; to count only some records for Rows, write the test in Eligible if.',
      'Sources!G6: Average needs a Value: the column to average, such as "Score", or "weeks from Start date to Job start".',
    ]);
  });

  it('names a blank required cell and a Count it does not know', () => {
    expect(problems(table({ indicator: 'I1', count: 'Sum', dateColumn: 'Start date' }))).toEqual([
      'Sources!B2: Records tab is missing.',
      'Sources!F2: Count must be one of Rows, Participants, Share, Average, Change, found "Sum" (choose one of Rows, Participants, Share, Average, Change).',
    ]);
  });

  it('refuses a Sources tab without its required columns, once', () => {
    expect(
      problems([
        ['Indicator', 'Records tab'],
        ['I1', 'Records'],
      ]),
    ).toEqual([
      'Sources!A1: The Sources tab has no "Date column", "Count" columns in its header row (row 1); run Set up impact workbook to repair the tab.',
    ]);
  });
});

describe('a Sources row joined to its indicator and records', () => {
  const indicator: Indicator = {
    id: 'I1',
    outcome: 'O1',
    name: 'x',
    unit: 'Number',
    direction: 'Increase',
    frequency: 'Quarterly',
  };
  const records: Cell[][] = [['ID', 'Start date', 'Completed']];
  const compile = (rows: Row[], indicators = [indicator]) =>
    computeAll({
      sources: readSources(table(...rows), context),
      indicators,
      tables: new Map([['Records', records]]),
      asOf: '2026-10-31',
      ...context,
    }).problems.map((p) => `${p.place}: ${p.message}`);

  it('finds the tab whatever its case, and names a column the tab does not have', () => {
    expect(
      compile([
        {
          ...row,
          tab: 'records',
          count: 'Share',
          condition: 'Done = Yes',
          window: '26 weeks after End date',
        },
      ]),
    ).toEqual([
      'Sources!E2: Window counts from "End date", but the Date column is "Start date"; a record is placed by one date, so write the window as "26 weeks" and name that date in Date column.',
      'Sources!J2: Condition names "Done", which is not a column of Records (its columns: ID, Start date, Completed).',
    ]);
  });

  it('needs an indicator with a Frequency, and one Sources row each', () => {
    expect(compile([{ ...row, indicator: 'I9', count: 'Rows' }])).toEqual([
      'Sources!A2: "I9" is not an ID on the Indicators tab.',
    ]);
    expect(compile([{ ...row, count: 'Rows' }], [{ ...indicator, frequency: undefined }])).toEqual([
      'Sources!A2: I1 has no Frequency on the Indicators tab, so its periods are not known; choose one there.',
    ]);
    expect(
      compile([
        { ...row, count: 'Rows' },
        { ...row, count: 'Rows' },
      ]),
    ).toEqual(['Sources!A3: I1 is already computed by Sources row 2; keep one row per indicator.']);
  });

  it('asks an Eligible if to name its column', () => {
    expect(compile([{ ...row, count: 'Rows', eligible: '= Yes' }])).toEqual([
      'Sources!I2: Eligible if must name the column it tests, as in "Completed = Yes"; found "= Yes".',
    ]);
  });
});
