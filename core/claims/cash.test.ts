import { describe, expect, it } from 'vitest';
import { allocateClaims } from './allocate';
import { cashByQuarter, quarterEndOf } from './cash';
import type { Claim } from './read';

const paid = (row: number, recordedOn?: string, metric = 'Job'): Claim => ({
  row,
  participant: `P${row}`,
  metric,
  achieved: '2026-01-05',
  recorded: 'Paid',
  ...(recordedOn ? { recordedOn } : {}),
});

describe('quarterEndOf', () => {
  it.each([
    ['2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2026-04-01', '2026-06-30'],
    ['2026-08-15', '2026-09-30'],
    ['2026-12-31', '2026-12-31'],
  ])('%s is in the quarter ending %s', (day, end) => {
    expect(quarterEndOf(day)).toBe(end);
  });
});

describe('cashByQuarter', () => {
  const tariff = {
    metrics: [
      { metric: 'Job', price: 1000, cap: 3 },
      { metric: 'Tenancy', price: 500 },
    ],
  };

  it('puts each paid claim in the quarter of its Status date, at what the caps let it pay, against cost', () => {
    const claims: Claim[] = [
      paid(2, '2026-02-10'),
      paid(3, '2026-03-31', 'Tenancy'),
      paid(4, '2026-05-02'),
      paid(5, '2026-05-20'),
      paid(6, '2026-06-01'), // Job's fourth: beyond its cap of 3, so it pays nothing
      paid(7, undefined, 'Tenancy'),
      { row: 8, participant: 'P8', metric: 'Job', achieved: '2026-01-05', evidence: 'payslip' },
    ];
    const allocation = allocateClaims(claims, tariff, { asOf: '2026-06-30' });
    expect(allocation.amounts).toEqual([1000, 500, 1000, 1000, 0, 500, 0]);
    expect(cashByQuarter(claims, allocation, { '2026-03-31': 2000, '2026-09-30': 800 })).toEqual({
      quarters: [
        { quarterEnd: '2026-03-31', received: 1500, cost: 2000, net: -500 },
        { quarterEnd: '2026-06-30', received: 2000 },
        { quarterEnd: '2026-09-30', received: 0, cost: 800, net: -800 },
      ],
      undated: 500,
    });
  });
});
