import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../../demo/workbook';
import type { Indicator, Measurement } from '../../model/schema';
import { WORKBOOK_RULES } from '../registry-workbook';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import check from './toc-off-track';

// The shared test indicator runs from 10 on 1 January 2025 to 20 by 31 December 2026 (729 days), quarterly.
const data = (id: string, ...rows: [periodEnd: string, value: number][]): Measurement[] =>
  rows.map(([periodEnd, value]) => ({ indicator: id, periodEnd, value }));

const run = (indicators: Indicator[], measurements: Measurement[], asOf: string) =>
  check.check({ workbook: tocWorkbook(CHAIN, { indicators, measurements }), asOf });

const i1 = (overrides: Partial<Indicator> = {}) => indicator('I1', 'O1', overrides);

describe('toc-off-track', () => {
  it.each<[string, Indicator, Measurement[], string, RegExp]>([
    [
      'a figure far behind the pace: 10% of the way, half way through',
      i1(),
      data('I1', ['2025-12-31', 11]),
      '2026-01-15',
      /^I1 is off track: its latest figure, 11 for the quarter ending 31 December 2025, is 10% of the way from the baseline \(10\) to the target \(20\), when 50% of the time to 31 December 2026 had passed\./,
    ],
    [
      'a figure that moved away from the target',
      i1(),
      data('I1', ['2025-06-30', 8]),
      '2025-07-15',
      /its latest figure, 8 for the quarter ending 30 June 2025, has moved away from the target \(20\): it is worse than the baseline \(10\)/,
    ],
    [
      'a target date passed without the target',
      i1(),
      data('I1', ['2026-09-30', 17], ['2026-12-31', 18]),
      '2027-02-01',
      /^I1 missed its target of 20 by 31 December 2026: its latest figure is 18 for the quarter ending 31 December 2026\./,
    ],
    [
      'a target date passed with no figure since an old one',
      i1(),
      data('I1', ['2026-06-30', 15]),
      '2027-03-01',
      /^I1 missed its target of 20 by 31 December 2026: its latest figure is 15 for the quarter ending 30 June 2026/,
    ],
    [
      'a decreasing indicator barely moved down',
      i1({ direction: 'Decrease', baseline: 22, target: 16 }),
      data('I1', ['2026-06-30', 21.5]),
      '2026-07-10',
      /is 8% of the way from the baseline \(22\) to the target \(16\), when 75% of the time/,
    ],
    [
      'a Percent indicator with counts only, shown as percentages',
      i1({ unit: 'Percent', baseline: 0.4, target: 0.6 }),
      [{ indicator: 'I1', periodEnd: '2026-09-30', achieved: 9, outOf: 20 }],
      '2026-10-31',
      /its latest figure, 45% for the quarter ending 30 September 2026, is 25% of the way from the baseline \(40%\) to the target \(60%\)/,
    ],
    [
      'rows out of order: the latest period counts, not the last row',
      i1(),
      data('I1', ['2026-06-30', 11], ['2025-06-30', 14]),
      '2026-07-31',
      /latest figure, 11 for the quarter ending 30 June 2026/,
    ],
  ])('flags %s', (_, ind, measurements, asOf, message) => {
    const findings = run([ind], measurements, asOf);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.ref).toEqual({ collection: 'indicators', index: 0, field: 'id' });
  });

  it.each<[string, Indicator, Measurement[], string]>([
    ['a figure on track: half way, half way through', i1(), data('I1', ['2025-12-31', 15]), '2026-01-15'],
    [
      'a figure At risk, which the dashboard shows but is not yet off track',
      i1(),
      data('I1', ['2025-12-31', 14]),
      '2026-01-15',
    ],
    ['a target met early', i1(), data('I1', ['2025-09-30', 21]), '2025-10-15'],
    ['a target met, after the target date', i1(), data('I1', ['2026-12-31', 20]), '2027-06-01'],
    ['no data yet (toc-stale-data asks for it)', i1(), [], '2026-06-01'],
    [
      'no target (toc-indicator-incomplete asks for it)',
      i1({ target: undefined }),
      data('I1', ['2025-12-31', 10]),
      '2026-01-15',
    ],
    [
      'at the baseline before the start date: nothing is expected yet',
      i1(),
      data('I1', ['2024-12-31', 10]),
      '2025-01-15',
    ],
    [
      'a low figure dated after the as-of date',
      i1(),
      data('I1', ['2025-12-31', 15], ['2026-03-31', 10]),
      '2026-01-15',
    ],
    [
      'two rows for one period, which the workbook reader reports',
      i1(),
      data('I1', ['2025-12-31', 11], ['2025-12-31', 12]),
      '2026-01-15',
    ],
  ])('stays silent for %s', (_, ind, measurements, asOf) => {
    expect(run([ind], measurements, asOf)).toEqual([]);
  });

  it('finds nothing in the demo: I6 and I7 are At risk, not off track', () => {
    expect(check.check({ workbook: demoWorkbook, asOf: DEMO_AS_OF })).toEqual([]);
  });

  it('is registered, and the registry stays sorted by id', () => {
    const ids = WORKBOOK_RULES.map((c) => c.id);
    expect(ids).toContain('toc-off-track');
    expect(ids).toEqual([...ids].sort());
  });
});
