import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model/schema';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { SOURCE_COLUMNS } from '../workbook/tabs';
import { readSources } from './source';
import { computeAll } from './update';

const quarterly = (id: string, baselineDate = '2024-12-31'): Indicator => ({
  id,
  outcome: 'O1',
  name: id,
  unit: 'Number',
  direction: 'Increase',
  frequency: 'Quarterly',
  baselineDate,
});

type Row = Partial<Record<(typeof SOURCE_COLUMNS)[number]['key'], string>>;

function sourcesTable(rows: Row[]): Cell[][] {
  return [SOURCE_COLUMNS.map((c) => c.header), ...rows.map((r) => SOURCE_COLUMNS.map((c) => r[c.key] ?? ''))];
}

function compute(
  rows: Row[],
  records: Cell[][],
  asOf = '2026-10-31',
  indicators = rows.map((r) => quarterly(r.indicator!)),
) {
  const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
  return computeAll({
    sources: readSources(sourcesTable(rows), context),
    indicators,
    tables: new Map([['Records', records]]),
    asOf,
    ...context,
  });
}

const figures = (out: ReturnType<typeof compute>, k = 0) =>
  out.results[k]!.periods.map((p) => [
    p.periodEnd,
    'value' in p.figure ? p.figure.value : [p.figure.achieved, p.figure.outOf],
  ]);

const REGISTER: Cell[][] = [
  [
    'ID',
    'Start date',
    'Completed',
    'Score at start',
    'Score at end',
    'Job start',
    'In work at 26 weeks',
    'Site',
  ],
  ['A', '2025-01-10', 'Yes', 20, 26, '2025-03-01', 'Yes', 'North'],
  ['B', '2025-02-10', 'No', 18, '', '', '', 'East'],
  ['A', '2025-03-20', 'Yes', '', 30, '2025-04-02', 'No', 'North'],
  ['C', '2025-05-01', 'Yes', 25, 31, '2026-02-01', 'Yes', 'East'],
  ['D', '2025-08-01', 'No', 22, '', '', '', 'North'],
];

const base = { tab: 'Records', dateColumn: 'Start date', lastPeriod: '2025-12-31' };

describe('computeSource', () => {
  it('counts rows, and each participant once a period, with a 0 for a period with none', () => {
    const rows = compute([{ ...base, indicator: 'R', count: 'Rows' }], REGISTER);
    expect(figures(rows)).toEqual([
      ['2025-03-31', 3],
      ['2025-06-30', 1],
      ['2025-09-30', 1],
      ['2025-12-31', 0],
    ]);
    const people = compute([{ ...base, indicator: 'P', count: 'Participants', idColumn: 'ID' }], REGISTER);
    expect(figures(people)[0]).toEqual(['2025-03-31', 2]);
  });

  it('counts a share of those eligible meeting the condition', () => {
    const out = compute(
      [{ ...base, indicator: 'S', count: 'Share', condition: 'Completed = Yes', eligible: 'Site = North' }],
      REGISTER,
    );
    expect(figures(out)).toEqual([
      ['2025-03-31', [2, 2]],
      ['2025-09-30', [0, 1]],
    ]);
    expect(out.results[0]!.periods[0]!.units.map((u) => [u.row, u.achieved, u.groups])).toEqual([
      [2, true, []],
      [4, true, []],
    ]);
  });

  it('tests the Value with a Condition that names no column', () => {
    const out = compute(
      [{ ...base, indicator: 'S', count: 'Share', value: 'Score at end', condition: '>= 30' }],
      REGISTER,
    );
    expect(figures(out)).toEqual([
      ['2025-03-31', [1, 3]],
      ['2025-06-30', [1, 1]],
      ['2025-09-30', [0, 1]],
    ]);
  });

  it('averages a score over the records that have one, and weeks between two dates exactly', () => {
    const scores = compute([{ ...base, indicator: 'M', count: 'Average', value: 'Score at end' }], REGISTER);
    expect(figures(scores)).toEqual([
      ['2025-03-31', 28],
      ['2025-06-30', 31],
    ]);
    const weeks = compute(
      [{ ...base, indicator: 'W', count: 'Average', value: 'weeks from Start date to Job start' }],
      REGISTER,
    );
    // 50 days and 13 days: 63 days over 2 records is 4.5 weeks.
    expect(figures(weeks)[0]).toEqual(['2025-03-31', 4.5]);
  });

  it('places a record when its window closes, and not before: by Last period, or by today', () => {
    const row = {
      ...base,
      indicator: 'J',
      dateColumn: 'Job start',
      window: '26 weeks',
      count: 'Share',
      eligible: 'Job start not blank',
      condition: 'In work at 26 weeks = Yes',
    };
    expect(figures(compute([row], REGISTER))).toEqual([
      ['2025-09-30', [1, 1]],
      ['2025-12-31', [0, 1]],
    ]);
    expect(figures(compute([{ ...row, lastPeriod: '' }], REGISTER))).toEqual([
      ['2025-09-30', [1, 1]],
      ['2025-12-31', [0, 1]],
      ['2026-09-30', [1, 1]],
    ]);
    // On 1 September 2026, C's 26 weeks (to 2 August) are up, but the quarter they end in is not.
    expect(figures(compute([{ ...row, lastPeriod: '' }], REGISTER, '2026-09-01'))).toHaveLength(2);
  });

  it('matches a change by participant, leaving out and naming one with two scores at a stage', () => {
    const out = compute(
      [
        {
          ...base,
          indicator: 'C',
          count: 'Change',
          idColumn: 'ID',
          value: 'Score at start',
          laterValue: 'Score at end',
          breakdown1: 'Site',
        },
      ],
      REGISTER,
    );
    const result = out.results[0]!;
    expect(figures(out)).toEqual([['2025-06-30', 6]]);
    expect(result.periods[0]!.units).toEqual([
      { row: 5, id: 'C', groups: ['East'], before: 25, after: 31, value: 6 },
    ]);
    expect(result.matching).toEqual({
      participants: 4,
      matched: 1,
      noLater: 2,
      noEarlier: 0,
      twice: 1,
      earlier: 'Score at start',
      later: 'Score at end',
    });
    expect(out.problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      'Records!E4: A has a second "Score at end" (the first is at Records!E2); a change needs one of each, so A is left out until one is removed.',
    ]);
  });

  it('names each cell it cannot read and counts the rest', () => {
    const records = [...REGISTER, ['E', '31/02/2025', 'Yes', 'lots', '', '', '', 'East']];
    const out = compute(
      [{ ...base, indicator: 'M', count: 'Average', value: 'Score at start', eligible: 'Completed = Yes' }],
      records,
    );
    expect(out.problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      'Records!B7: Start date must be a date such as 31/03/2026, found "31/02/2025" (February 2025 has no day 31).',
      'Records!D7: Score at start must be a number, found "lots".',
    ]);
    expect(figures(out)).toEqual([
      ['2025-03-31', 20],
      ['2025-06-30', 25],
    ]);
  });

  it('gives the same figures whatever the order of the records', () => {
    const rows: Row[] = [
      { ...base, indicator: 'R', count: 'Rows' },
      { ...base, indicator: 'P', count: 'Participants', idColumn: 'ID' },
      { ...base, indicator: 'S', count: 'Share', condition: 'Completed = Yes' },
      { ...base, indicator: 'M', count: 'Average', value: 'Score at end' },
      {
        ...base,
        indicator: 'C',
        count: 'Change',
        idColumn: 'ID',
        value: 'Score at start',
        laterValue: 'Score at end',
      },
    ];
    const record = fc.tuple(
      fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
      fc.integer({ min: 0, max: 500 }).map((d) => new Date(2025, 0, 1 + d)),
      fc.constantFrom('Yes', 'No', ''),
      fc.option(fc.integer({ min: 10, max: 40 }), { nil: '' }),
      fc.option(fc.integer({ min: 10, max: 40 }), { nil: '' }),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (cells, seeds) => {
        const header = ['ID', 'Start date', 'Completed', 'Score at start', 'Score at end'];
        const shuffled = [...cells];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = compute(rows, [header, ...cells]);
        const b = compute(rows, [header, ...shuffled]);
        for (let k = 0; k < rows.length; k++) expect(figures(b, k)).toEqual(figures(a, k));
        expect(b.results[4]!.matching).toEqual(a.results[4]!.matching);
      }),
      { numRuns: 200 },
    );
  });
});
