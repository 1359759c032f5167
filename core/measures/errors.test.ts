import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../model/schema';
import { dayNumber, isoFromDayNumber } from '../util/calendar';
import { completeness } from './completeness';
import { dayOf, MeasureError, RowError } from './errors';
import { expectedProgress } from './expected-progress';
import { forecast } from './forecast';
import { indicatorEvidence } from './indicator-evidence';
import { inverseNormalCdf } from './inverse-normal-cdf';
import { payments } from './payments';
import { progress } from './progress';
import { projectPayments } from './project-payments';
import { rate } from './rate';
import { sroi } from './sroi';
import { status } from './status';
import { trend } from './trend';

// Callers outside TypeScript (Sheets cells, imported JSON) can pass anything; the tests do too.
// biome-ignore lint/suspicious/noExplicitAny: deliberately ill-typed input
const junk = (value: unknown): any => value;

const period = { start: '2025-01-01', end: '2025-12-31', asOf: '2025-06-30' };
const sroiRow = {
  quantity: 10,
  proxy: 100,
  deadweight: 0.2,
  attribution: 0.1,
  displacement: 0,
  dropOff: 0.1,
  duration: 2,
};
const percentWorkbook = (measurements: Workbook['measurements']): Workbook => ({
  ...emptyWorkbook(),
  indicators: [
    {
      id: 'P1',
      outcome: 'O1',
      name: 'Share in work',
      unit: 'Percent',
      direction: 'Increase',
      frequency: 'Quarterly',
    },
  ],
  measurements,
});

describe('MeasureError', () => {
  it('is an Error with its own name', () => {
    const error = new MeasureError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MeasureError');
  });

  it.each<[string, () => unknown, string]>([
    // progress and status
    [
      'target = baseline',
      () => progress(40, 40, 38),
      'Target equals baseline (40): progress cannot be measured. Set a target that differs from the baseline.',
    ],
    ['a word for a target', () => progress(28, junk('tbc'), 30), 'Target must be a number, found "tbc".'],
    [
      'NaN',
      () => progress(Number.NaN, 40, 30),
      'Baseline must be a number, found something that is not a number (NaN).',
    ],
    [
      'Infinity',
      () => progress(28, 40, Number.POSITIVE_INFINITY),
      'Actual must be a number, found an infinite number.',
    ],
    ['a blank actual', () => progress(28, 40, junk('')), 'Actual must be a number, found a blank.'],
    [
      'end before start',
      () =>
        status({
          baseline: 0,
          target: 1,
          actual: 0.5,
          start: '2025-12-31',
          end: '2025-01-01',
          asOf: '2025-06-30',
        }),
      'End date 1 January 2025 is before the start date 31 December 2025: there is no period to pace progress over. Put the end after the start.',
    ],
    [
      'end = start',
      () => expectedProgress('2025-01-01', '2025-01-01', '2025-01-01'),
      'End date 1 January 2025 is the same day as the start date 1 January 2025: there is no period to pace progress over. Put the end after the start.',
    ],
    [
      'a date that does not exist',
      () => status({ baseline: 0, target: 1, actual: 0.5, ...period, asOf: '2025-02-30' }),
      'As-of date must be a date written YYYY-MM-DD, found "2025-02-30".',
    ],
    [
      'a date written the UK way',
      () => expectedProgress('01/01/2025', '2025-12-31', '2025-06-30'),
      'Start date must be a date written YYYY-MM-DD, found "01/01/2025".',
    ],
    [
      'on track below at risk',
      () => status({ baseline: 0, target: 1, actual: 0.5, ...period, onTrackAt: 0.7, atRiskAt: 0.8 }),
      'On-track threshold (0.7) is below the at-risk threshold (0.8): on track must ask for at least as much progress as at risk.',
    ],
    [
      'a negative threshold',
      () => status({ baseline: 0, target: 1, actual: 0.5, ...period, atRiskAt: -0.1 }),
      'At-risk threshold is -0.1: it must be 0 or more (0.75 means 75% of the expected progress).',
    ],
    // trend and forecast
    ['a trend of one value', () => trend([3]), 'A trend needs at least two values; found 1.'],
    ['a text value in a trend', () => trend(junk([1, 'n/a', 3])), 'Value 2 must be a number, found "n/a".'],
    [
      'values and dates of different lengths',
      () => trend([1, 2, 3], ['2025-01-31', '2025-02-28']),
      'There are 3 values but 2 dates: give one date for each value, in two ranges of the same size.',
    ],
    [
      'two values for one date',
      () => trend([1, 2, 3], ['2025-03-31', '2025-01-31', '2025-03-31']),
      'Values 1 and 3 are both for 31 March 2025: keep one value per period.',
    ],
    [
      'an unknown unit',
      () => trend([1, 2], ['2025-01-31', '2025-02-28'], junk('fortnight')),
      'Per must be one of day, week, month, quarter, year; found "fortnight".',
    ],
    [
      'a unit without dates',
      () => trend([1, 2], undefined, 'week'),
      'A trend per "week" needs the dates of the values; without dates it is per period.',
    ],
    ['a trend that is not a list', () => trend(junk(5)), 'Values must be a list of cells, found 5.'],
    [
      'a forecast from one point',
      () => forecast([1], ['2025-01-31'], '2025-12-31'),
      'A forecast needs at least two dated values; found 1.',
    ],
    [
      'a forecast for no date',
      () => forecast([1, 2], ['2025-01-31', '2025-02-28'], junk(undefined)),
      'Forecast date must be a date written YYYY-MM-DD, found a blank.',
    ],
    // rate
    [
      'achieved above out of',
      () => rate(30, 20),
      'Achieved (30) is more than Out of (20): check both counts.',
    ],
    [
      'out of 0',
      () => rate(0, 0),
      'Out of is 0: there is no rate to work out. Leave Achieved and Out of blank instead.',
    ],
    ['a negative count', () => rate(-1, 20), 'Achieved is -1: a count cannot be below zero.'],
    [
      'confidence typed as 95',
      () => rate(5, 20, 95),
      'Confidence is 95, but it is a share above 0 and below 1 (0% to 100%): to mean 95%, enter 0.95.',
    ],
    [
      'confidence of 1',
      () => rate(5, 20, 1),
      'Confidence is 1, but it is a share above 0 and below 1 (0% to 100%).',
    ],
    [
      'a probability of 0',
      () => inverseNormalCdf(0),
      'A probability strictly between 0 and 1 is needed, found 0.',
    ],
    // completeness
    [
      'more filled than expected',
      () => completeness([1, 2, 3], 2),
      '3 cells are filled but only 2 were expected: check the expected number, or whether some rows are counted twice.',
    ],
    ['expected 0', () => completeness([1], 0), 'Expected must be a whole number of at least 1, found 0.'],
    [
      'no cells',
      () => completeness([]),
      'There are no cells to count: give a range, or the number expected.',
    ],
    ['a NaN cell', () => completeness([1, Number.NaN]), 'Cell 2 holds NaN, not a figure.'],
    // payments
    [
      'a negative achieved count',
      () =>
        payments([
          { achieved: 3, price: 10 },
          { achieved: -2, price: 10 },
        ]),
      'Row 2: Achieved is -2: a count cannot be below zero.',
    ],
    [
      'a negative price',
      () => payments([{ achieved: 3, price: -10 }]),
      'Row 1: Price is -10: an amount of money cannot be below zero.',
    ],
    [
      'a negative cap',
      () => payments([{ achieved: 3, price: 10, cap: -1 }]),
      'Row 1: Cap is -1: a count cannot be below zero.',
    ],
    [
      'a negative total cap',
      () => payments([], -5),
      'Total cap is -5: an amount of money cannot be below zero.',
    ],
    [
      'a blank price',
      () => payments([{ achieved: 3, price: junk('') }]),
      'Row 1: Price must be a number, found a blank.',
    ],
    // sroi
    [
      'a negative investment',
      () => sroi({ rows: [sroiRow], investment: -100 }),
      'Investment is -100: an amount of money cannot be below zero.',
    ],
    [
      'no investment',
      () => sroi({ rows: [sroiRow], investment: 0 }),
      'Investment is 0: a return on nothing cannot be worked out.',
    ],
    [
      'deadweight typed as 25',
      () => sroi({ rows: [{ ...sroiRow, deadweight: 25 }], investment: 100 }),
      'Row 1: Deadweight is 25, but it is a share from 0 to 1 (0% to 100%): to mean 25%, enter 0.25.',
    ],
    [
      'a part-year duration',
      () => sroi({ rows: [{ ...sroiRow, duration: 2.5 }], investment: 100 }),
      'Row 1: Duration (years) must be a whole number from 1 to 100, found 2.5.',
    ],
    [
      'a duration of 0',
      () => sroi({ rows: [{ ...sroiRow, duration: 0 }], investment: 100 }),
      'Row 1: Duration (years) must be a whole number from 1 to 100, found 0.',
    ],
    [
      'a duration of a thousand years',
      () => sroi({ rows: [{ ...sroiRow, duration: 1000 }], investment: 100 }),
      'Row 1: Duration (years) must be a whole number from 1 to 100, found 1000.',
    ],
    [
      'a discount rate typed as 3.5',
      () => sroi({ rows: [sroiRow], investment: 100, discountRate: 3.5 }),
      'Discount rate is 3.5: it must be from 0 to below 1 (3.5% is 0.035). To mean 3.5%, enter 0.035.',
    ],
    [
      'a negative quantity',
      () => sroi({ rows: [{ ...sroiRow, quantity: -4 }], investment: 100 }),
      'Row 1: Quantity is -4: a count cannot be below zero.',
    ],
    // evidence and projections
    [
      'two rows for one period',
      () =>
        indicatorEvidence(
          percentWorkbook([
            { indicator: 'P1', periodEnd: '2025-03-31', value: 0.5 },
            { indicator: 'P1', periodEnd: '2025-03-31', value: 0.6 },
          ]),
          'P1',
          '2025-12-31',
        ),
      'P1 has two rows for the period ending 31 March 2025: data entries 1 (0.5) and 2 (0.6). Keep one row per indicator and period.',
    ],
    [
      'achieved above out of in the data',
      () =>
        indicatorEvidence(
          percentWorkbook([{ indicator: 'P1', periodEnd: '2025-03-31', achieved: 12, outOf: 10 }]),
          'P1',
          '2025-12-31',
        ),
      'P1, period ending 31 March 2025: Achieved (12) is more than Out of (10).',
    ],
    [
      'out of 0 in the data',
      () =>
        indicatorEvidence(
          percentWorkbook([{ indicator: 'P1', periodEnd: '2025-03-31', achieved: 0, outOf: 0 }]),
          'P1',
          '2025-12-31',
        ),
      'P1, period ending 31 March 2025: Out of is 0, so there is no share to work out.',
    ],
    [
      'a window of 0',
      () => indicatorEvidence(percentWorkbook([]), 'P1', '2025-12-31', { window: 0 }),
      'Window must be a whole number of at least 1, found 0.',
    ],
    [
      'a contract ending before it starts',
      () =>
        projectPayments(
          { name: 'C', start: '2026-01-01', end: '2025-01-01', metrics: [] },
          percentWorkbook([]),
          '2025-06-30',
        ),
      'Contract "C" ends 1 January 2025, which is not after its start 1 January 2026.',
    ],
  ])('%s', (_, run, message) => {
    expect(run).toThrow(MeasureError);
    expect(run).toThrow(new MeasureError(message));
  });
});

/** What `run` throws, as a RowError. */
function rowErrorOf(run: () => unknown): RowError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RowError);
    return error as RowError;
  }
  throw new Error('nothing was thrown');
}

describe('an error about particular rows', () => {
  it('carries the rows, and words itself for a caller that numbers them otherwise', () => {
    const error = rowErrorOf(() =>
      payments([
        { achieved: 3, price: 10 },
        { achieved: -2, price: 10 },
      ]),
    );
    expect(error.rows).toEqual([2]);
    const inRange = error.renumbered((row) => [4, 7][row - 1]!);
    expect(inRange).toBeInstanceOf(RowError);
    expect(inRange.rows).toEqual([7]);
    expect(inRange.message).toBe('Row 7: Achieved is -2: a count cannot be below zero.');
  });

  it('names an SROI row, two values for one date, and a value that is not a number', () => {
    expect(
      rowErrorOf(() => sroi({ rows: [sroiRow, { ...sroiRow, duration: 0 }], investment: 1 })).rows,
    ).toEqual([2]);
    const twice = rowErrorOf(() => trend([1, 2, 3], ['2025-03-31', '2025-01-31', '2025-03-31']));
    expect(twice.rows).toEqual([1, 3]);
    expect(twice.renumbered((row) => row + 10).message).toBe(
      'Values 11 and 13 are both for 31 March 2025: keep one value per period.',
    );
    const word = rowErrorOf(() => trend(junk([1, 'n/a', 3])));
    expect(word.renumbered((row) => row * 2).message).toBe('Value 4 must be a number, found "n/a".');
  });
});

/** Every number in a result, however deeply nested. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** A measure either answers with finite numbers or throws a MeasureError: nothing else reaches a user. */
function expectFiniteOrMeasureError(run: () => unknown) {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(MeasureError);
    return;
  }
  for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
}

describe('no NaN or Infinity ever reaches a user', () => {
  const cell = fc.oneof(
    fc.double(),
    fc.double({ min: -100, max: 100 }),
    fc.integer({ min: -3, max: 50 }),
    fc.constantFrom(
      '',
      '  ',
      'tbc',
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e308,
      -1e308,
      5e-324,
    ),
  );
  const date = fc.oneof(
    fc
      .integer({ min: 0, max: 2000 })
      .map((d) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10)),
    fc.constantFrom('', '2025-02-30', 'soon', undefined),
  );
  const runs = { numRuns: 400 };

  it('progress, status and rate', () => {
    fc.assert(
      fc.property(cell, cell, cell, (a, b, c) =>
        expectFiniteOrMeasureError(() => progress(junk(a), junk(b), junk(c))),
      ),
      runs,
    );
    fc.assert(
      fc.property(cell, cell, cell, date, date, date, (baseline, target, actual, start, end, asOf) =>
        expectFiniteOrMeasureError(() => status(junk({ baseline, target, actual, start, end, asOf }))),
      ),
      runs,
    );
    fc.assert(
      fc.property(cell, cell, cell, (a, n, c) =>
        expectFiniteOrMeasureError(() => rate(junk(a), junk(n), junk(c))),
      ),
      runs,
    );
  });

  it('trend and forecast', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, date), { maxLength: 12 }), date, (pairs, on) => {
        const values = pairs.map(([v]) => v);
        const dates = pairs.map(([, d]) => d);
        expectFiniteOrMeasureError(() => trend(junk(values)));
        expectFiniteOrMeasureError(() => trend(junk(values), junk(dates), 'quarter'));
        expectFiniteOrMeasureError(() => forecast(junk(values), junk(dates), junk(on)));
      }),
      runs,
    );
  });

  it('completeness, payments and sroi', () => {
    fc.assert(
      fc.property(fc.array(cell), cell, (cells, expected) =>
        expectFiniteOrMeasureError(() => completeness(cells, junk(expected))),
      ),
      runs,
    );
    fc.assert(
      fc.property(fc.array(fc.record({ achieved: cell, price: cell, cap: cell })), cell, (rows, totalCap) =>
        expectFiniteOrMeasureError(() => payments(junk(rows), junk(totalCap))),
      ),
      runs,
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: cell,
            proxy: cell,
            deadweight: cell,
            attribution: cell,
            displacement: cell,
            dropOff: cell,
            duration: fc.oneof(cell, fc.integer({ min: 1, max: 10 })),
          }),
          { maxLength: 4 },
        ),
        cell,
        cell,
        (rows, investment, discountRate) =>
          expectFiniteOrMeasureError(() => sroi(junk({ rows, investment, discountRate }))),
      ),
      runs,
    );
  });
});

describe('dayOf', () => {
  it('counts days exactly as the calendar does, for every day from 1900 to 2100', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      const iso = isoFromDayNumber(day);
      if (dayOf(iso, 'Date') !== day) expect(dayOf(iso, 'Date')).toBe(day);
    }
  });

  it.each([
    '2025-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '0000-01-01',
    '25-01-01',
    '',
  ])('refuses %j', (iso) => {
    expect(() => dayOf(iso, 'Date')).toThrow(MeasureError);
  });

  it('accepts 29 February in leap years, 2000 included', () => {
    expect(dayOf('2000-02-29', 'Date')).toBe(dayNumber('2000-02-29'));
    expect(dayOf('2024-02-29', 'Date')).toBe(dayNumber('2024-02-29'));
  });
});
