import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../../demo/workbook';
import type { Indicator, Measurement } from '../../model/schema';
import { WORKBOOK_RULES } from '../registry-workbook';
import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule from './toc-off-track';

// The shared test indicator runs from 10 on 1 January 2025 to 20 by 31 December 2026 (729 days), quarterly.
const data = (id: string, ...rows: [periodEnd: string, value: number][]): Measurement[] =>
  rows.map(([periodEnd, value]) => ({ indicator: id, periodEnd, value }));

const measured = (ind: Indicator, measurements: Measurement[]) =>
  tocWorkbook(CHAIN, { indicators: [ind], measurements });

const i1 = (overrides: Partial<Indicator> = {}) => indicator('I1', 'O1', overrides);

ruleTester(rule, {
  valid: [
    {
      name: 'a figure on track: half way, half way through',
      workbook: measured(i1(), data('I1', ['2025-12-31', 15])),
      asOf: '2026-01-15',
    },
    {
      name: 'a figure At risk, which the dashboard shows but is not yet off track',
      workbook: measured(i1(), data('I1', ['2025-12-31', 14])),
      asOf: '2026-01-15',
    },
    {
      name: 'a target met early',
      workbook: measured(i1(), data('I1', ['2025-09-30', 21])),
      asOf: '2025-10-15',
    },
    {
      name: 'a target met, after the target date',
      workbook: measured(i1(), data('I1', ['2026-12-31', 20])),
      asOf: '2027-06-01',
    },
    { name: 'no data yet (toc-stale-data asks for it)', workbook: measured(i1(), []), asOf: '2026-06-01' },
    {
      name: 'no target (toc-indicator-incomplete asks for it)',
      workbook: measured(i1({ target: undefined }), data('I1', ['2025-12-31', 10])),
      asOf: '2026-01-15',
    },
    {
      name: 'at the baseline before the start date: nothing is expected yet',
      workbook: measured(i1(), data('I1', ['2024-12-31', 10])),
      asOf: '2025-01-15',
    },
    {
      name: 'a low figure dated after the as-of date',
      workbook: measured(i1(), data('I1', ['2025-12-31', 15], ['2026-03-31', 10])),
      asOf: '2026-01-15',
    },
    {
      name: 'two rows for one period, which the workbook reader reports',
      workbook: measured(i1(), data('I1', ['2025-12-31', 11], ['2025-12-31', 12])),
      asOf: '2026-01-15',
    },
    {
      name: 'the demo, whose I6 and I7 are At risk, not off track',
      workbook: demoWorkbook,
      asOf: DEMO_AS_OF,
    },
  ],
  invalid: [
    {
      name: 'a figure far behind the pace: 10% of the way, half way through',
      workbook: measured(i1(), data('I1', ['2025-12-31', 11])),
      asOf: '2026-01-15',
      findings: [
        {
          place: 'Indicators!A2',
          message:
            /^I1 is off track: its latest figure, 11 for the quarter ending 31 December 2025, is 10% of the way from the baseline \(10\) to the target \(20\), when 50% of the time to 31 December 2026 had passed\./,
        },
      ],
    },
    {
      name: 'a figure that moved away from the target',
      workbook: measured(i1(), data('I1', ['2025-06-30', 8])),
      asOf: '2025-07-15',
      findings: [
        {
          place: 'Indicators!A2',
          message:
            /its latest figure, 8 for the quarter ending 30 June 2025, has moved away from the target \(20\): it is worse than the baseline \(10\)/,
        },
      ],
    },
    {
      name: 'a target date passed without the target',
      workbook: measured(i1(), data('I1', ['2026-09-30', 17], ['2026-12-31', 18])),
      asOf: '2027-02-01',
      findings: [
        {
          place: 'Indicators!A2',
          message:
            /^I1 missed its target of 20 by 31 December 2026: its latest figure is 18 for the quarter ending 31 December 2026\./,
        },
      ],
    },
    {
      name: 'a target date passed with no figure since an old one',
      workbook: measured(i1(), data('I1', ['2026-06-30', 15])),
      asOf: '2027-03-01',
      findings: [
        {
          place: 'Indicators!A2',
          message:
            /^I1 missed its target of 20 by 31 December 2026: its latest figure is 15 for the quarter ending 30 June 2026/,
        },
      ],
    },
    {
      name: 'a decreasing indicator barely moved down',
      workbook: measured(
        i1({ direction: 'Decrease', baseline: 22, target: 16 }),
        data('I1', ['2026-06-30', 21.5]),
      ),
      asOf: '2026-07-10',
      findings: [
        {
          place: 'Indicators!A2',
          message: /is 8% of the way from the baseline \(22\) to the target \(16\), when 75% of the time/,
        },
      ],
    },
    {
      name: 'a Percent indicator with counts only, shown as percentages',
      workbook: measured(i1({ unit: 'Percent', baseline: 0.4, target: 0.6 }), [
        { indicator: 'I1', periodEnd: '2026-09-30', achieved: 9, outOf: 20 },
      ]),
      asOf: '2026-10-31',
      findings: [
        {
          place: 'Indicators!A2',
          message:
            /its latest figure, 45% for the quarter ending 30 September 2026, is 25% of the way from the baseline \(40%\) to the target \(60%\)/,
        },
      ],
    },
    {
      name: 'rows out of order: the latest period counts, not the last row',
      workbook: measured(i1(), data('I1', ['2026-06-30', 11], ['2025-06-30', 14])),
      asOf: '2026-07-31',
      findings: [
        { place: 'Indicators!A2', message: /latest figure, 11 for the quarter ending 30 June 2026/ },
      ],
    },
  ],
});

describe('toc-off-track', () => {
  it('is registered, and the registry stays sorted by id', () => {
    const ids = WORKBOOK_RULES.map((c) => c.id);
    expect(ids).toContain('toc-off-track');
    expect(ids).toEqual([...ids].sort());
  });
});
