import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import type { Contract, Indicator, Measurement } from '../model/schema';
import { addDays } from '../util/calendar';
import { MeasureError } from './errors';
import { projectPayments } from './project-payments';

const indicator = (id: string, frequency?: Indicator['frequency']): Indicator => ({
  id,
  outcome: 'O1',
  name: `Outcomes for ${id}`,
  unit: 'Percent',
  direction: 'Increase',
  ...(frequency ? { frequency } : {}),
});

const counts = (id: string, rows: [periodEnd: string, achieved: number][]): Measurement[] =>
  rows.map(([periodEnd, achieved]) => ({ indicator: id, periodEnd, achieved, outOf: 100 }));

const contract = (metrics: Contract['metrics'], extra: Partial<Contract> = {}): Contract => ({
  name: 'Test contract',
  start: '2025-01-01',
  end: '2026-06-30',
  metrics,
  ...extra,
});

describe('projectPayments', () => {
  it('extends a flat trend: 10 a quarter for two more quarters adds 20', () => {
    const data = {
      indicators: [indicator('Q', 'Quarterly')],
      measurements: counts('Q', [
        ['2025-12-31', 10],
        ['2025-03-31', 10],
        ['2025-09-30', 10],
        ['2025-06-30', 10],
      ]),
    };
    const result = projectPayments(
      contract([{ metric: 'Into work', indicator: 'Q', price: 100, cap: 55 }], { totalCap: 5_000 }),
      data,
      '2026-01-15',
    );
    const [m] = result.metrics;
    // Achieved is blank on the Payments tab, so the counts so far are added: 40.
    expect(m).toMatchObject({ achievedSoFar: 40, projectedMore: 20, projectedAchieved: 60, amount: 5_500 });
    expect(m!.basis).toBe(
      "Q's counts per period (4 periods) extended along their straight-line trend for 2 more periods to 30 June 2026.",
    );
    // min(60, cap 55) × £100 = £5,500, then the £5,000 total cap.
    expect(result.beforeTotalCap).toBe(5_500);
    expect(result.total).toBe(5_000);
  });

  it('extends a rising trend by its usual spacing when the indicator has no frequency', () => {
    // 10, 12, 14 every 30 days: the line gives 16 and 18 for the next two 30-day periods.
    const start = '2025-01-31';
    const data = {
      indicators: [indicator('N')],
      measurements: counts('N', [
        [start, 10],
        [addDays(start, 30), 12],
        [addDays(start, 60), 14],
      ]),
    };
    const result = projectPayments(
      contract([{ metric: 'Outcome', indicator: 'N', price: 1, achieved: 36 }], { end: addDays(start, 120) }),
      data,
      addDays(start, 61),
    );
    expect(result.metrics[0]!.projectedMore).toBeCloseTo(34, 10);
    expect(result.metrics[0]!.projectedAchieved).toBeCloseTo(70, 10);
  });

  it('never projects fewer than no outcomes when a trend falls through zero', () => {
    const start = '2025-01-31';
    const data = {
      indicators: [indicator('F')],
      measurements: counts('F', [
        [start, 30],
        [addDays(start, 30), 20],
        [addDays(start, 60), 10],
      ]),
    };
    const result = projectPayments(
      contract([{ metric: 'Outcome', indicator: 'F', price: 1 }], { end: addDays(start, 150) }),
      data,
      addDays(start, 61),
    );
    expect(result.metrics[0]!.projectedMore).toBe(0);
    expect(result.metrics[0]!.projectedAchieved).toBe(60);
  });

  it('ignores data from before the contract started', () => {
    const data = {
      indicators: [indicator('Q', 'Quarterly')],
      measurements: counts('Q', [
        ['2024-12-31', 500],
        ['2025-03-31', 10],
        ['2025-06-30', 10],
      ]),
    };
    const result = projectPayments(contract([{ metric: 'M', indicator: 'Q', price: 1 }]), data, '2025-07-01');
    expect(result.metrics[0]).toMatchObject({ achievedSoFar: 20, projectedMore: 40, projectedAchieved: 60 });
  });

  it.each<[string, Contract['metrics'][number], string, RegExp]>([
    [
      'no indicator is linked',
      { metric: 'M', price: 10, achieved: 7 },
      '2026-01-15',
      /No indicator is linked/,
    ],
    [
      'fewer than two periods of counts',
      { metric: 'M', indicator: 'ONE', price: 10, achieved: 7 },
      '2026-01-15',
      /fewer than two periods/,
    ],
    [
      'the contract has ended',
      { metric: 'M', indicator: 'Q', price: 10, achieved: 7 },
      '2026-07-01',
      /The contract ended on 30 June 2026/,
    ],
  ])('keeps what was achieved when %s', (_, metric, asOf, basis) => {
    const data = {
      indicators: [indicator('Q', 'Quarterly'), indicator('ONE', 'Quarterly')],
      measurements: [
        ...counts('Q', [
          ['2025-03-31', 5],
          ['2025-06-30', 2],
        ]),
        ...counts('ONE', [['2025-03-31', 7]]),
      ],
    };
    const result = projectPayments(contract([metric]), data, asOf);
    expect(result.metrics[0]).toMatchObject({
      achievedSoFar: 7,
      projectedMore: 0,
      projectedAchieved: 7,
      amount: 70,
    });
    expect(result.metrics[0]!.basis).toMatch(basis);
  });

  it('projects the demo contract to its end: each metric reaches its cap, under the £250,000 total cap', () => {
    const result = projectPayments(demoWorkbook.contracts[0]!, demoWorkbook, DEMO_AS_OF);
    expect(result.metrics.map((m) => m.achievedSoFar)).toEqual([193, 104, 55]);
    for (const m of result.metrics)
      expect(m.basis).toMatch(/8 periods\) extended .* for 2 more periods to 31 March 2027/);
    // Capped: 240 × £120 + 140 × £800 + 70 × £1,400.
    expect(result.metrics.map((m) => m.amount)).toEqual([28_800, 112_000, 98_000]);
    expect(result.total).toBe(238_800);
  });

  it('needs the contract’s end date', () => {
    const { end: _, ...open } = contract([]);
    expect(() => projectPayments(open, { indicators: [], measurements: [] }, '2026-01-01')).toThrow(
      MeasureError,
    );
    expect(() => projectPayments(open, { indicators: [], measurements: [] }, '2026-01-01')).toThrow(
      'Contract "Test contract" has no end date: a projection needs to know when it stops.',
    );
  });
});
