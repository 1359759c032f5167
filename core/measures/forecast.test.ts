import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { addDays, dayNumber } from '../util/calendar';
import { forecast } from './forecast';

const serial = (iso: string) => dayNumber(iso) + 25_569;

/**
 * FORECAST as a spreadsheet computes it. HyperFormula 3.5 has SLOPE but no FORECAST, FORECAST.LINEAR or
 * INTERCEPT, so the cell holds FORECAST's documented definition: AVERAGE(y) + SLOPE(y, x) × (x0 − AVERAGE(x)).
 */
function sheetForecast(ys: readonly number[], dates: readonly string[], on: string): number {
  const n = ys.length;
  const hf = HyperFormula.buildFromArray(
    ys.map((y, i) => [y, serial(dates[i]!)]),
    { licenseKey: 'gpl-v3', smartRounding: false },
  );
  const value = hf.calculateFormula(
    `=AVERAGE(A1:A${n})+SLOPE(A1:A${n},B1:B${n})*(${serial(on)}-AVERAGE(B1:B${n}))`,
    0,
  );
  hf.destroy();
  if (typeof value !== 'number') throw new Error(`HyperFormula: ${String(value)}`);
  return value;
}

function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('forecast', () => {
  it('extends a straight line exactly: 10, 20, 30 on days 0, 10, 20 reaches 60 on day 50', () => {
    const dates = [0, 10, 20].map((d) => addDays('2025-01-01', d));
    expect(forecast([10, 20, 30], dates, addDays('2025-01-01', 50))).toBeCloseTo(60, 12);
  });

  it.each(['I1', 'I3', 'I7', 'I8'])('matches the spreadsheet on demo series %s at the contract end', (id) => {
    const rows = demoWorkbook.measurements.filter((m) => m.indicator === id);
    const values = rows.map((m) => m.value!);
    const dates = rows.map((m) => m.periodEnd);
    expectClose(forecast(values, dates, '2027-03-31'), sheetForecast(values, dates, '2027-03-31'));
  });

  it('matches the spreadsheet on random series and dates, inside and outside the data', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 2, maxLength: 30 }),
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: -500, max: 3000 }),
        (offsets, pool, on) => {
          const dates = offsets.map((d) => addDays('2022-06-30', d));
          const values = offsets.map((_, i) => pool[i]!);
          const onDate = addDays('2022-06-30', on);
          // Absolute tolerance scaled to the data: a forecast near zero is compared with the values' size.
          const scale = Math.max(1, ...values.map(Math.abs));
          expect(
            Math.abs(forecast(values, dates, onDate) - sheetForecast(values, dates, onDate)),
          ).toBeLessThanOrEqual(1e-8 * scale);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes dates in any order', () => {
    expect(forecast([30, 10, 20], ['2025-01-21', '2025-01-01', '2025-01-11'], '2025-02-20')).toBeCloseTo(
      60,
      12,
    );
  });
});
