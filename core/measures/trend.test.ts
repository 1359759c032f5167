import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { addDays, dayNumber } from '../util/calendar';
import { DAYS_PER, parseTrendUnit, trend } from './trend';

/** Sheets' and Excel's date serial: days since 30 December 1899. */
const serial = (iso: string) => dayNumber(iso) + 25_569;

/** SLOPE as a spreadsheet computes it, by HyperFormula, unrounded. */
function sheetSlope(ys: readonly number[], xs: readonly number[]): number {
  const hf = HyperFormula.buildFromArray(
    ys.map((y, i) => [y, xs[i]!]),
    { licenseKey: 'gpl-v3', smartRounding: false },
  );
  const value = hf.calculateFormula(`=SLOPE(A1:A${ys.length},B1:B${ys.length})`, 0);
  hf.destroy();
  if (typeof value !== 'number') throw new Error(`HyperFormula: ${String(value)}`);
  return value;
}

function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

const series = (id: string) => {
  const rows = demoWorkbook.measurements.filter((m) => m.indicator === id);
  return {
    values: rows.map((m) => m.value ?? m.achieved! / m.outOf!),
    dates: rows.map((m) => m.periodEnd),
  };
};

describe('trend', () => {
  it('is per period without dates: 2, 4, 6, 8 rises by 2 a period', () => {
    expect(trend([2, 4, 6, 8])).toBe(2);
  });

  it.each(['I1', 'I5', 'I7'])('matches SLOPE on the demo series %s, per period and per month', (id) => {
    const { values, dates } = series(id);
    expectClose(
      trend(values),
      sheetSlope(
        values,
        values.map((_, i) => i + 1),
      ),
    );
    expectClose(trend(values, dates), sheetSlope(values, dates.map(serial)) * DAYS_PER.month);
  });

  it.each(['day', 'week', 'month', 'quarter', 'year'] as const)('matches SLOPE × days per %s', (per) => {
    const { values, dates } = series('I5');
    expectClose(trend(values, dates, per), sheetSlope(values, dates.map(serial)) * DAYS_PER[per]);
  });

  it('takes dates in any order', () => {
    const { values, dates } = series('I7');
    const order = [3, 0, 7, 5, 1, 6, 2, 4];
    expect(
      trend(
        order.map((i) => values[i]!),
        order.map((i) => dates[i]!),
      ),
    ).toBeCloseTo(trend(values, dates), 13);
  });

  it('matches SLOPE on random irregular dated series', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3650 }), { minLength: 2, maxLength: 40 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (offsets, pool) => {
          const dates = offsets.map((d) => addDays('2020-01-01', d));
          const values = offsets.map((_, i) => pool[i]!);
          expectClose(trend(values, dates, 'day'), sheetSlope(values, dates.map(serial)), 1e-8);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('documents its units: a month is 365.25 / 12 days, a quarter 365.25 / 4', () => {
    expect(DAYS_PER).toEqual({ day: 1, week: 7, month: 30.4375, quarter: 91.3125, year: 365.25 });
    // A value rising by exactly one a day rises by 30.4375 a month.
    const dates = [0, 10, 45].map((d) => addDays('2025-01-01', d));
    expect(trend([0, 10, 45], dates)).toBeCloseTo(30.4375, 12);
  });

  it('is exactly 0 for a flat series', () => {
    expect(Object.is(trend([5, 5, 5]), 0)).toBe(true);
  });

  it('reads the unit as people type it', () => {
    expect(parseTrendUnit(' Months ')).toBe('month');
    expect(parseTrendUnit('QUARTER')).toBe('quarter');
  });
});
