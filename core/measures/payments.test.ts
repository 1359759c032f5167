import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { type PaymentRow, payments } from './payments';

describe('payments', () => {
  it('pays min(achieved, cap) × price a row and adds them up', () => {
    const result = payments([
      { achieved: 193, price: 120, cap: 240 },
      { achieved: 150, price: 800, cap: 140 },
      { achieved: 55, price: 1_400 },
    ]);
    // 193 × 120 = 23,160; min(150, 140) × 800 = 112,000; 55 × 1,400 = 77,000.
    expect(result.rows).toEqual([23_160, 112_000, 77_000]);
    expect(result.total).toBe(212_160);
    expect(result.beforeTotalCap).toBe(212_160);
  });

  it('stops at the total cap and reports the rows before it', () => {
    const result = payments(
      [
        { achieved: 100, price: 1_000 },
        { achieved: 80, price: 1_000 },
      ],
      150_000,
    );
    expect(result).toEqual({ total: 150_000, beforeTotalCap: 180_000, rows: [100_000, 80_000] });
  });

  it('pays the demo contract what its Payments tab says so far', () => {
    const contract = demoWorkbook.contracts[0]!;
    const result = payments(
      contract.metrics.map((m) => ({
        achieved: m.achieved ?? 0,
        price: m.price,
        ...(m.cap !== undefined ? { cap: m.cap } : {}),
      })),
      contract.totalCap,
    );
    // I2 193 completions × £120; I5 104 into work × £800; I6 55 sustained × £1,400.
    expect(result.rows).toEqual([23_160, 83_200, 77_000]);
    expect(result.total).toBe(183_360);
  });

  it('pays nothing for no rows', () => {
    expect(payments([])).toEqual({ total: 0, beforeTotalCap: 0, rows: [] });
  });

  const row: fc.Arbitrary<PaymentRow> = fc.record(
    {
      achieved: fc.double({ min: 0, max: 1e6, noNaN: true }),
      price: fc.double({ min: 0, max: 1e5, noNaN: true }),
      cap: fc.double({ min: 0, max: 1e6, noNaN: true }),
    },
    { requiredKeys: ['achieved', 'price'] },
  );

  it('never pays more than the total cap', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 20 }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (rows, totalCap) => {
          expect(payments(rows, totalCap).total).toBeLessThanOrEqual(totalCap);
        },
      ),
    );
  });

  it('never pays less when an achieved count rises', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
        (rows, pick, more, totalCap) => {
          const i = pick % rows.length;
          const raised = rows.map((r, j) => (j === i ? { ...r, achieved: r.achieved + more } : r));
          const before = payments(rows, totalCap);
          const after = payments(raised, totalCap);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(after.rows[i]).toBeGreaterThanOrEqual(before.rows[i]!);
        },
      ),
    );
  });
});
