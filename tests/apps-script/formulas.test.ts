// The IMPACT_ formulas through the built Code.js in node:vm, called as Sheets calls a custom function: single
// cells as values, ranges as rows of cells, blanks as "", dates made in the script's realm, percentages as decimals.
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtCode, loadAddon } from './load-code';

type Call = (name: string, ...args: unknown[]) => unknown;
let call: Call;
let realmDate: (d: Date) => Date;
/** A date at local midnight in the script's realm, as Sheets passes a date cell: d('2026-03-31'). */
let d: (iso: string) => Date;

beforeAll(async () => {
  const addon = await loadAddon(new FakeSpreadsheet());
  call = addon.call;
  realmDate = addon.realmDate;
  d = (iso) => {
    const [y, m, day] = iso.split('-').map(Number);
    return realmDate(new Date(y!, m! - 1, day!));
  };
});

/** Results cross the realm boundary; compare them as plain data. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The formulas and their arguments, names and order, as users' formulas rely on them: fixed. */
const SIGNATURES: Record<string, string[]> = {
  IMPACT_PROGRESS: ['baseline', 'target', 'actual'],
  IMPACT_STATUS: [
    'baseline',
    'target',
    'actual',
    'start_date',
    'end_date',
    'as_of',
    'on_track_at',
    'at_risk_at',
  ],
  IMPACT_RATE: ['achieved', 'out_of', 'confidence'],
  IMPACT_COMPARE: ['achieved1', 'total1', 'achieved2', 'total2', 'confidence'],
  IMPACT_TREND: ['values', 'dates', 'per'],
  IMPACT_FORECAST: ['values', 'dates', 'on_date'],
  IMPACT_PAYMENT: ['achieved', 'price', 'cap', 'total_cap'],
  IMPACT_SROI: [
    'quantity',
    'proxy',
    'deadweight',
    'attribution',
    'displacement',
    'drop_off',
    'duration',
    'investment',
    'discount_rate',
  ],
  IMPACT_COMPLETENESS: ['range', 'expected'],
  IMPACT_CLAIMABLE: ['claims', 'payments', 'as_of', 'participant_cap'],
  IMPACT_CHECK: ['text', 'question'],
};

describe('the stubs Apps Script sees', () => {
  it('has one documented top-level stub per formula, with its fixed parameters', async () => {
    const code = await builtCode();
    const stubs = new Map<string, { jsdoc: string; params: string[] }>();
    for (const m of code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction (IMPACT_\w+)\(([^)]*)\) \{/g)) {
      stubs.set(m[2]!, {
        jsdoc: m[1]!,
        params: m[3]!
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      });
    }
    expect([...stubs.keys()].sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const [name, expected] of Object.entries(SIGNATURES)) {
      const { jsdoc, params } = stubs.get(name)!;
      expect(params, name).toEqual(expected);
      expect(jsdoc, name).toMatch(/@customfunction/);
      expect(jsdoc, name).toMatch(/@return \{[^}]+\} \S/);
      const documented = [...jsdoc.matchAll(/@param \{[^}]+\} (\w+) \S/g)].map((p) => p[1]);
      expect(documented, name).toEqual(expected);
      // A description before the tags: what autocomplete shows first.
      expect(jsdoc.split('@')[0]!.replace(/[\s*]/g, '').length, name).toBeGreaterThan(40);
    }
  });
});

describe('IMPACT_PROGRESS', () => {
  it('gives one number for single values, for rising and falling targets', () => {
    expect(call('IMPACT_PROGRESS', 28, 40, 37)).toBe(0.75);
    expect(call('IMPACT_PROGRESS', 22, 16, 18.1)).toBeCloseTo(0.65, 12);
    expect(call('IMPACT_PROGRESS', 0.45, 0.6, 0.6)).toBe(1);
  });

  it('reads numbers typed as text as Sheets users type them', () => {
    expect(call('IMPACT_PROGRESS', '1,200', '2,000', ' 1,600 ')).toBe(0.5);
    expect(call('IMPACT_PROGRESS', '45%', '60%', 0.6)).toBeCloseTo(1, 12);
    expect(call('IMPACT_PROGRESS', '£1,000', '£3,000', 2000)).toBe(0.5);
  });

  it('leaves a blank actual blank, and throws a readable message for bad single values', () => {
    expect(call('IMPACT_PROGRESS', 28, 40, '')).toBe('');
    expect(call('IMPACT_PROGRESS', '', '', '')).toBe('');
    expect(() => call('IMPACT_PROGRESS', 40, 40, 38)).toThrow(
      'Target equals baseline (40): progress cannot be measured.',
    );
    expect(() => call('IMPACT_PROGRESS', 28, 'tbc', 30)).toThrow('Target must be a number, found "tbc".');
    expect(() => call('IMPACT_PROGRESS', '', 40, 30)).toThrow('Baseline must be a number, found a blank.');
    expect(() => call('IMPACT_PROGRESS', true, 40, 30)).toThrow('Baseline must be a number, found TRUE.');
    expect(() => call('IMPACT_PROGRESS', d('2024-09-30'), 40, 30)).toThrow(
      'Baseline must be a number, found 30 September 2024.',
    );
  });

  it('gives a range the same shape, with blank rows blank and a message in the row that is wrong', () => {
    const result = call(
      'IMPACT_PROGRESS',
      column([28, 40, 'tbc', '', 10]),
      column([40, 40, 50, '', 20]),
      column([37, 38, 39, '', 15]),
    );
    expect(plain(result)).toEqual([
      [0.75],
      [
        'Target equals baseline (40): progress cannot be measured. Set a target that differs from the baseline.',
      ],
      ['Baseline must be a number, found "tbc".'],
      [''],
      [0.5],
    ]);
  });

  it('uses a single value on every row, and a column across a block of columns', () => {
    expect(plain(call('IMPACT_PROGRESS', 28, 40, column([28, '', 34, 40])))).toEqual([[0], [''], [0.5], [1]]);
    // Baseline and target per indicator (a column each), actuals per quarter across.
    const grid = call('IMPACT_PROGRESS', column([0, 10]), column([100, 20]), [
      [50, 60, ''],
      [15, 'n/a', 20],
    ]);
    expect(plain(grid)).toEqual([
      [0.5, 0.6, ''],
      [0.5, 'Actual must be a number, found "n/a".', 1],
    ]);
  });

  it('refuses ranges of sizes that cannot be paired, naming both', () => {
    expect(() => call('IMPACT_PROGRESS', column([1, 2]), column([3, 4, 5]), column([6, 7, 8]))).toThrow(
      'IMPACT_PROGRESS: baseline is 2 rows × 1 column but target is 3 rows × 1 column.',
    );
    expect(() => call('IMPACT_PROGRESS', [[1, 2]], [[3, 4, 5]], 1)).toThrow(/baseline is 1 row × 2 columns/);
  });

  it('answers 10,000 rows, row by row', () => {
    const n = 10_000;
    const actual = rows(n).map((i) => [i % 100 === 0 ? '' : 28 + (i % 13)]);
    const result = call('IMPACT_PROGRESS', 28, 40, actual) as unknown[][];
    expect(result).toHaveLength(n);
    expect(result[0]).toEqual(['']);
    expect(result[1]![0]).toBeCloseTo(1 / 12, 12);
    expect(result[n - 1]![0]).toBeCloseTo((9999 % 13) / 12, 12);
  });
});

describe('IMPACT_STATUS', () => {
  it('works the documented example (At risk), and Met and Missed', () => {
    expect(call('IMPACT_STATUS', 0.55, 0.7, 9 / 14, d('2024-09-30'), d('2027-03-31'), d('2026-09-30'))).toBe(
      'At risk',
    );
    expect(call('IMPACT_STATUS', 28, 40, 41, d('2024-09-30'), d('2027-03-31'), d('2026-09-30'))).toBe('Met');
    expect(call('IMPACT_STATUS', 28, 40, 39, d('2024-09-30'), d('2027-03-31'), d('2027-04-01'))).toBe(
      'Missed',
    );
    expect(call('IMPACT_STATUS', 22, 16, 16, d('2024-09-30'), d('2027-03-31'), d('2025-01-01'))).toBe('Met');
  });

  it('takes thresholds, typed as decimals or percentages', () => {
    const args = [0.55, 0.7, 9 / 14, d('2024-09-30'), d('2027-03-31'), d('2026-09-30')];
    expect(call('IMPACT_STATUS', ...args, 0.75, 0.5)).toBe('On track');
    expect(call('IMPACT_STATUS', ...args, '80%', '78%')).toBe('Off track');
    expect(() => call('IMPACT_STATUS', ...args, 0.5, 0.75)).toThrow(/below the at-risk threshold/);
  });

  it('judges on today when as_of is left out or blank', () => {
    expect(call('IMPACT_STATUS', 28, 40, 30, d('2020-01-01'), d('2021-01-01'))).toBe('Missed');
    expect(call('IMPACT_STATUS', 28, 40, 30, d('2020-01-01'), d('2021-01-01'), '')).toBe('Missed');
    // Before the start nothing is expected yet: at or beyond the baseline is On track.
    expect(call('IMPACT_STATUS', 28, 40, 30, d('2998-01-01'), d('2999-01-01'))).toBe('On track');
  });

  it('reads dates typed as text, and says why a number is not a date', () => {
    expect(call('IMPACT_STATUS', 0.55, 0.7, 9 / 14, '2024-09-30', '31/03/2027', '30 September 2026')).toBe(
      'At risk',
    );
    expect(() => call('IMPACT_STATUS', 28, 40, 30, 45565, d('2027-03-31'), d('2026-09-30'))).toThrow(
      'Start date must be a date, found 45565 (a plain number is not a date; format the column as a date).',
    );
    expect(() => call('IMPACT_STATUS', 28, 40, 30, '31/02/2026', d('2027-03-31'))).toThrow(
      'Start date must be a date, found "31/02/2026" (February 2026 has no day 31).',
    );
  });

  it('gives each row of a range its status or its message', () => {
    const result = call(
      'IMPACT_STATUS',
      28,
      40,
      column([41, 30, '', 35, 35]),
      d('2024-09-30'),
      column([d('2027-03-31'), d('2027-03-31'), d('2027-03-31'), d('2024-01-01'), 'soon']),
      column([d('2026-09-30'), d('2026-09-30'), d('2026-09-30'), d('2026-09-30'), d('2026-09-30')]),
    );
    expect(plain(result)).toEqual([
      ['Met'],
      ['Off track'],
      [''],
      [
        'End date 1 January 2024 is before the start date 30 September 2024: there is no period to pace progress over. Put the end after the start.',
      ],
      ['End date must be a date, found "soon".'],
    ]);
  });

  it('answers 10,000 rows with dates from Sheets', () => {
    const n = 10_000;
    const asOf = rows(n).map((i) => [d(`20${25 + (i % 2)}-0${1 + (i % 9)}-15`)]);
    const actual = rows(n).map((i) => [28 + (i % 13)]);
    const result = call(
      'IMPACT_STATUS',
      28,
      40,
      actual,
      d('2024-09-30'),
      d('2027-03-31'),
      asOf,
    ) as string[][];
    expect(result).toHaveLength(n);
    expect(new Set(result.map((r) => r[0]))).toEqual(new Set(['Met', 'On track', 'At risk', 'Off track']));
  });
});

/** Wilson score interval by the textbook formula (Newcombe 1998, method 3), written out independently. */
function wilson(x: number, n: number, z = 1.959963984540054): [number, number] {
  const p = x / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [(centre - spread) / denominator, (centre + spread) / denominator];
}

describe('IMPACT_RATE', () => {
  it('matches Newcombe (1998): 81 of 263 is 0.3080, 95% CI 0.2553 to 0.3662', () => {
    const [[rate, lower, upper]] = call('IMPACT_RATE', 81, 263) as number[][] as [number[]];
    expect(rate).toBeCloseTo(0.308, 4);
    expect(lower).toBeCloseTo(0.2553, 4);
    expect(upper).toBeCloseTo(0.3662, 4);
  });

  it('matches the textbook formula over many counts, and the documented examples', () => {
    for (const [x, n] of [
      [62, 109],
      [1, 3],
      [15, 148],
      [0, 20],
      [20, 20],
      [9, 14],
      [999, 1000],
    ] as const) {
      const [[rate, lower, upper]] = call('IMPACT_RATE', x, n) as [number[]];
      const [lo, hi] = wilson(x, n);
      expect(rate).toBe(x / n);
      expect(lower).toBeCloseTo(lo, 12);
      expect(upper).toBeCloseTo(hi, 12);
    }
    expect(plain(call('IMPACT_RATE', 0, 20))).toEqual([[0, 0, expect.closeTo(0.161, 3)]]);
    const [[, l90, u90]] = call('IMPACT_RATE', 62, 109, 0.9) as [number[]];
    const [lo90, hi90] = wilson(62, 109, 1.6448536269514722);
    expect(l90).toBeCloseTo(lo90, 10);
    expect(u90).toBeCloseTo(hi90, 10);
    expect(plain(call('IMPACT_RATE', 62, 109, '90%'))).toEqual(plain(call('IMPACT_RATE', 62, 109, 0.9)));
  });

  it('gives n rows of three for a range: blank rows blank, a message where a row is wrong', () => {
    const result = plain(
      call('IMPACT_RATE', column([81, '', 30, 5, 'some', 0]), column([263, 40, 20, 0, 10, 20])),
    ) as unknown[][];
    expect(result).toHaveLength(6);
    expect(result[0]).toEqual([81 / 263, expect.closeTo(0.2553, 4), expect.closeTo(0.3662, 4)]);
    expect(result[1]).toEqual(['', '', '']);
    expect(result[2]).toEqual(['Achieved (30) is more than Out of (20): check both counts.', '', '']);
    expect(result[3]).toEqual([
      'Out of is 0: there is no rate to work out. Leave Achieved and Out of blank instead.',
      '',
      '',
    ]);
    expect(result[4]).toEqual(['Achieved must be a number, found "some".', '', '']);
    expect(result[5]).toEqual([0, 0, expect.closeTo(0.161, 3)]);
  });

  it('throws for bad single values and for shapes it cannot read', () => {
    expect(plain(call('IMPACT_RATE', '', 40))).toEqual([['', '', '']]);
    expect(() => call('IMPACT_RATE', 5, 10, 95)).toThrow(
      'Confidence is 95, but it is a share above 0 and below 1 (0% to 100%): to mean 95%, enter 0.95.',
    );
    expect(() => call('IMPACT_RATE', column([1, 2]), column([3, 4, 5]))).toThrow(
      'IMPACT_RATE: achieved is 2 rows × 1 column but out_of is 3 rows × 1 column.',
    );
    expect(() => call('IMPACT_RATE', [[1, 2]], [[3, 4]])).toThrow(
      /achieved is 1 row × 2 columns, but this formula reads one row at a time/,
    );
  });

  it('answers 10,000 rows', () => {
    const n = 10_000;
    const result = call(
      'IMPACT_RATE',
      rows(n).map((i) => [i % 42]),
      40,
    ) as unknown[][];
    expect(result).toHaveLength(n);
    expect(result[41]![0]).toBe('Achieved (41) is more than Out of (40): check both counts.');
    const [lo, hi] = wilson(7, 40);
    expect(result[7]![1]).toBeCloseTo(lo, 12);
    expect(result[7]![2]).toBeCloseTo(hi, 12);
  });
});

describe('IMPACT_TREND', () => {
  it('works the documented example: −0.1 a period, −0.101 a quarter, −0.034 a month', () => {
    expect(call('IMPACT_TREND', column([38, 41, 37, 39]))).toBeCloseTo(-0.1, 12);
    const dates = column([d('2025-12-31'), d('2026-03-31'), d('2026-06-30'), d('2026-09-30')]);
    expect(call('IMPACT_TREND', column([38, 41, 37, 39]), dates, 'quarter')).toBeCloseTo(-0.101, 3);
    expect(call('IMPACT_TREND', column([38, 41, 37, 39]), dates)).toBeCloseTo(-0.034, 3);
    expect(call('IMPACT_TREND', column([38, 41, 37, 39]), dates, ' Months ')).toBeCloseTo(-0.034, 3);
  });

  it('takes a row as well as a column, and numbers typed as text', () => {
    expect(call('IMPACT_TREND', [[38, '41', ' 37 ', '39']])).toBeCloseTo(-0.1, 12);
  });

  it('leaves blank values out but keeps each value in its own period', () => {
    // 10 at period 1, 30 at period 3: 10 a period, not 20.
    expect(call('IMPACT_TREND', column([10, '', 30]))).toBe(10);
    expect(call('IMPACT_TREND', column(['', 10, '', 30, '']))).toBe(10);
    // A date without a value is a period not yet reported.
    expect(
      call(
        'IMPACT_TREND',
        column([10, 40, '']),
        column([d('2026-01-01'), d('2026-01-31'), d('2026-03-02')]),
        'day',
      ),
    ).toBe(1);
    expect(call('IMPACT_TREND', column(['', '']))).toBe('');
  });

  it('says what is wrong with the series as a whole', () => {
    expect(() => call('IMPACT_TREND', column([38]))).toThrow('A trend needs at least two values; found 1.');
    expect(() => call('IMPACT_TREND', column([38, 'tbc', 39]))).toThrow(
      'Value 2 must be a number, found "tbc".',
    );
    expect(() => call('IMPACT_TREND', column([38, 39]), '', 'quarter')).toThrow(
      'A trend per "quarter" needs the dates of the values; without dates it is per period.',
    );
    expect(() => call('IMPACT_TREND', column([1, 2, 3]), column([d('2026-01-01'), d('2026-02-01')]))).toThrow(
      'There are 3 values but 2 dates: give one date for each value, in two ranges of the same size.',
    );
    expect(() => call('IMPACT_TREND', column([1, 2]), column([d('2026-01-01'), '']))).toThrow(
      'Value 2 has no date: give its date, or leave the value out.',
    );
    expect(() =>
      call('IMPACT_TREND', column([1, 2]), column([d('2026-01-01'), d('2026-02-01')]), 'fortnight'),
    ).toThrow('Per must be one of day, week, month, quarter, year; found "fortnight".');
    expect(() =>
      call('IMPACT_TREND', [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('IMPACT_TREND: values is 2 rows × 2 columns; give a single row or a single column.');
  });

  it('names two values for one date by their places in the range, blanks counted', () => {
    expect(() =>
      call(
        'IMPACT_TREND',
        column(['', 38, 41, 37]),
        column([d('2025-09-30'), d('2025-09-30'), d('2025-12-31'), d('2025-09-30')]),
      ),
    ).toThrow('Values 2 and 4 are both for 30 September 2025: keep one value per period.');
  });

  it('answers 10,000 dated values', () => {
    const n = 10_000;
    const values = rows(n).map((i) => [5 + 0.5 * i]);
    const dates = rows(n).map((i) => [realmDate(new Date(2000, 0, 1 + i))]);
    expect(call('IMPACT_TREND', values, dates, 'day')).toBeCloseTo(0.5, 9);
    expect(call('IMPACT_TREND', values)).toBeCloseTo(0.5, 9);
  });
});

describe('IMPACT_FORECAST', () => {
  it('works the documented example: 60 on 20 February', () => {
    const dates = column([d('2026-01-01'), d('2026-01-11'), d('2026-01-21')]);
    expect(call('IMPACT_FORECAST', column([10, 20, 30]), dates, d('2026-02-20'))).toBeCloseTo(60, 9);
    expect(call('IMPACT_FORECAST', column([10, 20, 30]), dates, '2026-02-20')).toBeCloseTo(60, 9);
  });

  it('leaves blank values out, and is blank with no values or no date to read', () => {
    const dates = column([d('2026-01-01'), d('2026-01-11'), d('2026-01-21'), d('2026-01-31')]);
    expect(call('IMPACT_FORECAST', column([10, '', 30, '']), dates, d('2026-02-20'))).toBeCloseTo(60, 9);
    expect(call('IMPACT_FORECAST', column(['', '', '', '']), dates, d('2026-02-20'))).toBe('');
    expect(call('IMPACT_FORECAST', column([10, 20, 30, 40]), dates, '')).toBe('');
  });

  it('needs dates, and says so', () => {
    expect(() => call('IMPACT_FORECAST', column([10, 20]), '', d('2026-02-20'))).toThrow(
      'IMPACT_FORECAST needs the dates of the values',
    );
    expect(() =>
      call('IMPACT_FORECAST', column([10, 20]), column([d('2026-01-01'), d('2026-01-11')]), 46000),
    ).toThrow('Forecast date must be a date, found 46000');
    expect(() =>
      call(
        'IMPACT_FORECAST',
        column([10, 20]),
        column([d('2026-01-01'), d('2026-01-11')]),
        column([d('2026-01-01'), d('2026-01-11')]),
      ),
    ).toThrow(
      'IMPACT_FORECAST: on_date is 2 rows × 1 column, but it takes a single value for the whole formula.',
    );
  });

  it('answers 10,000 dated values', () => {
    const n = 10_000;
    const values = rows(n).map((i) => [3 * i]);
    const dates = rows(n).map((i) => [realmDate(new Date(2000, 0, 1 + i))]);
    expect(call('IMPACT_FORECAST', values, dates, realmDate(new Date(2000, 0, 1 + n)))).toBeCloseTo(3 * n, 6);
  });
});

describe('IMPACT_PAYMENT', () => {
  const achieved = column([193, 104, 55]);
  const price = column([120, 800, 1400]);
  const cap = column([240, 140, 70]);

  it('works the documented contract: £183,360 under a £250,000 total cap', () => {
    expect(call('IMPACT_PAYMENT', achieved, price, cap, 250_000)).toBe(183_360);
    expect(call('IMPACT_PAYMENT', column([193, 150, 55]), price, cap, 250_000)).toBe(
      23_160 + 112_000 + 77_000,
    );
    expect(call('IMPACT_PAYMENT', achieved, price, cap, 100_000)).toBe(100_000);
    expect(call('IMPACT_PAYMENT', achieved, price)).toBe(183_360);
    expect(call('IMPACT_PAYMENT', 150, 800, 140)).toBe(112_000);
    expect(call('IMPACT_PAYMENT', '150', '£800', '140', '£1,000,000')).toBe(112_000);
  });

  it('pays nothing for rows without an achieved count, and takes a blank cap as no cap', () => {
    expect(
      call('IMPACT_PAYMENT', column([193, '', 55, '']), price.concat([[5]]), column([240, 140, '', ''])),
    ).toBe(193 * 120 + 55 * 1400);
    expect(call('IMPACT_PAYMENT', column(['', '']), column([1, 2]))).toBe('');
  });

  it('names the row that stops the total, by its place in the range', () => {
    expect(() => call('IMPACT_PAYMENT', column(['', 193, -5]), column([1, 120, 800]))).toThrow(
      'Row 3: Achieved is -5: a count cannot be below zero.',
    );
    expect(() => call('IMPACT_PAYMENT', column([193, 104]), column([120, 'tbc']))).toThrow(
      'Row 2: Price must be a number, found "tbc".',
    );
    expect(() => call('IMPACT_PAYMENT', achieved, price, cap, 'lots')).toThrow(
      'Total cap must be a number, found "lots".',
    );
    expect(() => call('IMPACT_PAYMENT', achieved, column([1, 2]))).toThrow(
      'IMPACT_PAYMENT: price is 2 rows × 1 column but achieved is 3 rows × 1 column.',
    );
    expect(() => call('IMPACT_PAYMENT', [[1, 2]], 3)).toThrow(/one row at a time/);
  });

  it('adds up 10,000 metrics', () => {
    const n = 10_000;
    const result = call(
      'IMPACT_PAYMENT',
      rows(n).map((i) => [i % 50]),
      rows(n).map((i) => [100 + (i % 7)]),
      40,
    );
    let expected = 0;
    for (const i of rows(n)) expected += Math.min(i % 50, 40) * (100 + (i % 7));
    expect(result).toBe(expected);
  });
});

/** Present value of one outcome row, year by year, written out independently of core. */
function presentValue(
  q: number,
  proxy: number,
  dw: number,
  at: number,
  dp: number,
  drop: number,
  years: number,
  r = 0.035,
): number {
  let total = 0;
  for (let t = 1; t <= years; t++) {
    total += (q * proxy * (1 - dw) * (1 - dp) * (1 - at) * (1 - drop) ** (t - 1)) / (1 + r) ** t;
  }
  return total;
}

describe('IMPACT_SROI', () => {
  const outcomes = [
    [20, 10_000, 0.25, 0.2, 0.1, 0.2, 3],
    [15, 1_500, 0.4, 0.3, 0, 0.5, 2],
  ];
  const args = (table: unknown[][]) => rows(7).map((c) => table.map((row) => [row[c]]));

  it('works the documented example: present value £260,887 and a ratio of 4.35, in a row', () => {
    const [[pv, ratio]] = call('IMPACT_SROI', ...args(outcomes), 60_000) as [number[]];
    expect(pv).toBeCloseTo(260_887, 0);
    expect(ratio).toBeCloseTo(4.35, 2);
    const reference =
      presentValue(20, 10_000, 0.25, 0.2, 0.1, 0.2, 3) + presentValue(15, 1_500, 0.4, 0.3, 0, 0.5, 2);
    expect(pv).toBeCloseTo(reference, 6);
    const [[pv5]] = call('IMPACT_SROI', ...args(outcomes), 60_000, 0.05) as [number[]];
    expect(pv5).toBeCloseTo(
      presentValue(20, 10_000, 0.25, 0.2, 0.1, 0.2, 3, 0.05) +
        presentValue(15, 1_500, 0.4, 0.3, 0, 0.5, 2, 0.05),
      6,
    );
  });

  it('takes one outcome as single values, with shares typed as percentages', () => {
    const [[pv]] = call('IMPACT_SROI', 20, '£10,000', '25%', '20%', '10%', '20%', 3, 60_000) as [number[]];
    expect(pv).toBeCloseTo(247_345, 0);
  });

  it('leaves rows without a quantity out, and names a bad row by its place in the range', () => {
    const table = [outcomes[0]!, ['', '', '', '', '', '', ''], outcomes[1]!];
    const [[pv]] = call('IMPACT_SROI', ...args(table), 60_000) as [number[]];
    expect(pv).toBeCloseTo(260_887, 0);
    const bad = [outcomes[0]!, ['', '', '', '', '', '', ''], [15, 1_500, 40, 0.3, 0, 0.5, 2]];
    expect(() => call('IMPACT_SROI', ...args(bad), 60_000)).toThrow(
      'Row 3: Deadweight is 40, but it is a share from 0 to 1 (0% to 100%): to mean 40%, enter 0.4.',
    );
    const missing = [outcomes[0]!, [15, 1_500, '', 0.3, 0, 0.5, 2]];
    expect(() => call('IMPACT_SROI', ...args(missing), 60_000)).toThrow(
      'Row 2: Deadweight must be a number, found a blank.',
    );
    expect(plain(call('IMPACT_SROI', '', '', '', '', '', '', '', ''))).toEqual([['', '']]);
    expect(() => call('IMPACT_SROI', ...args(outcomes), 0)).toThrow('Investment is 0');
    expect(() => call('IMPACT_SROI', ...args(outcomes), column([1, 2]))).toThrow(
      'IMPACT_SROI: investment is 2 rows × 1 column, but it takes a single value for the whole formula.',
    );
  });

  it('adds up 10,000 outcomes', () => {
    const n = 10_000;
    const table = rows(n).map((i) => [10 + (i % 20), 1_000 + i, 0.2, 0.1, 0.05, 0.1, 5]);
    const [[pv, ratio]] = call('IMPACT_SROI', ...args(table), 1e6) as [number[]];
    let reference = 0;
    for (const row of table)
      reference += presentValue(...(row as [number, number, number, number, number, number, number]));
    expect(pv).toBeCloseTo(reference, 0);
    expect(ratio).toBeCloseTo(reference / 1e6, 6);
  });
});

describe('IMPACT_COMPLETENESS', () => {
  it('works the documented example, with and without expected', () => {
    expect(call('IMPACT_COMPLETENESS', column([31, 33, 30, 35, 36, 38, '', '']))).toBe(0.75);
    expect(call('IMPACT_COMPLETENESS', column([31, 33, 30, 35, 36, 38]), 8)).toBe(0.75);
    expect(call('IMPACT_COMPLETENESS', column([31, 33, 30, 35, 36, 38]), '8')).toBe(0.75);
  });

  it('counts 0, text and dates as filled and spaces as empty, over any shape', () => {
    expect(
      call('IMPACT_COMPLETENESS', [
        [0, '  ', d('2026-03-31')],
        ['n/a', '', false],
      ]),
    ).toBe(4 / 6);
    expect(call('IMPACT_COMPLETENESS', 5)).toBe(1);
    expect(call('IMPACT_COMPLETENESS', '')).toBe(0);
  });

  it('says what is wrong with expected', () => {
    expect(() => call('IMPACT_COMPLETENESS', column([1, 2, 3]), 2)).toThrow(
      '3 cells are filled but only 2 were expected',
    );
    expect(() => call('IMPACT_COMPLETENESS', column([1, 2, 3]), 'twelve')).toThrow(
      'Expected must be a number, found "twelve".',
    );
    expect(() => call('IMPACT_COMPLETENESS', column([1]), 2.5)).toThrow(
      'Expected must be a whole number of at least 1, found 2.5.',
    );
  });

  it('counts 10,000 cells', () => {
    expect(
      call(
        'IMPACT_COMPLETENESS',
        rows(10_000).map((i) => [i % 4 === 0 ? '' : i]),
      ),
    ).toBe(0.75);
  });
});

describe('IMPACT_CHECK', () => {
  const vague = 'We will help young people feel better.';
  const specific =
    'By March 2027, 60% of the 120 young people we work with will be in work, up from 45% in 2024, measured by follow-up calls at six months.';

  it('lists one finding a row as "id: message", checking as an outcomes answer unless told otherwise', () => {
    const findings = plain(call('IMPACT_CHECK', vague)) as string[][];
    expect(findings.length).toBeGreaterThan(0);
    for (const row of findings) expect(row).toEqual([expect.stringMatching(/^[a-z-]+: \S/)]);
    expect(findings.map((r) => r[0]!.split(':')[0])).toContain('outcome-no-timeframe');
    expect(call('IMPACT_CHECK', specific)).toBe('No issues');
    expect(call('IMPACT_CHECK', '')).toBe('');
  });

  it('takes a kind word or the question itself, with its word limit', () => {
    expect(call('IMPACT_CHECK', vague, 'other')).toBe('No issues');
    expect(call('IMPACT_CHECK', vague, ' Outcome ')).not.toBe('No issues');
    const budget = plain(
      call('IMPACT_CHECK', 'Staff £20,000, venue £5,000, travel £2,000.', 'budget'),
    ) as string[][];
    expect(budget.map((r) => r[0]!.split(':')[0])).toContain('no-me-budget');
    const limited = plain(
      call(
        'IMPACT_CHECK',
        `${specific} ${specific}`,
        'What difference will your project make? (max 30 words)',
      ),
    ) as string[][];
    expect(limited.map((r) => r[0]!.split(':')[0])).toContain('over-limit');
  });

  it('gives a range of answers one cell each, findings one a line', () => {
    const result = plain(call('IMPACT_CHECK', column([vague, '', specific]), 'outcomes')) as string[][];
    expect(result).toHaveLength(3);
    expect(result[0]![0]).toMatch(/^outcome-no-timeframe: .+\n[a-z-]+: /m);
    expect(result[1]).toEqual(['']);
    expect(result[2]).toEqual(['No issues']);
    expect(plain(call('IMPACT_CHECK', column([vague, vague]), column(['other', 'outcomes'])))).toEqual([
      ['No issues'],
      [result[0]![0]],
    ]);
  });
});
