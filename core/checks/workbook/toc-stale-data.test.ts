import { describe, expect, it } from 'vitest';
import type { Frequency, Indicator, Measurement } from '../../model/schema';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import check, { staleAfterDays } from './toc-stale-data';

const data = (id: string, ...periodEnds: string[]): Measurement[] =>
  periodEnds.map((periodEnd) => ({ indicator: id, periodEnd, value: 12 }));

const run = (indicators: Indicator[], measurements: Measurement[], asOf: string) =>
  check.check({ workbook: tocWorkbook(CHAIN, { indicators, measurements }), asOf });

const every = (frequency: Frequency, extra: Partial<Indicator> = {}) =>
  indicator('I1', 'O1', { frequency, ...extra });

describe('toc-stale-data', () => {
  it('allows one and a half periods', () => {
    expect(staleAfterDays('Monthly')).toBe(46);
    expect(staleAfterDays('Quarterly')).toBe(137);
    expect(staleAfterDays('Termly')).toBe(183);
    expect(staleAfterDays('Annually')).toBe(548);
  });

  it.each([
    [
      'quarterly data last in March, judged in October',
      every('Quarterly'),
      data('I1', '2025-12-31', '2026-03-31'),
      '2026-10-31',
      /period ending 31 March 2026, 214 days before 31 October 2026/,
    ],
    [
      'monthly data two months old',
      every('Monthly'),
      data('I1', '2026-08-31'),
      '2026-10-31',
      /61 days before/,
    ],
    [
      'annual data two years old',
      every('Annually'),
      data('I1', '2024-07-31'),
      '2026-10-31',
      /collected annually/,
    ],
    [
      'no data at all, long after the baseline',
      every('Quarterly'),
      [],
      '2026-10-31',
      /has no data on the Data tab yet/,
    ],
    ['only future-dated data', every('Quarterly'), data('I1', '2027-03-31'), '2026-10-31', /has no data/],
    ['termly data a year old', every('Termly'), data('I1', '2025-10-31'), '2026-10-31', /collected termly/],
  ])('flags %s', (_, ind, measurements, asOf, message) => {
    const findings = run([ind], measurements, asOf);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.ref).toEqual({ collection: 'indicators', index: 0, field: 'id' });
  });

  it.each([
    ['recent quarterly data', every('Quarterly'), data('I1', '2026-09-30'), '2026-10-31'],
    ['exactly at the limit', every('Quarterly'), data('I1', '2026-06-16'), '2026-10-31'],
    [
      'data out of order: the latest counts',
      every('Quarterly'),
      data('I1', '2026-09-30', '2025-03-31'),
      '2026-10-31',
    ],
    [
      'no frequency (toc-indicator-incomplete asks for it)',
      indicator('I1', 'O1', { frequency: undefined }),
      [],
      '2026-10-31',
    ],
    [
      'no data yet but the baseline is recent',
      every('Quarterly', { baselineDate: '2026-09-01' }),
      [],
      '2026-10-31',
    ],
    [
      "another indicator's data does not count for it, but its own does",
      every('Monthly'),
      [...data('I2', '2024-01-31'), ...data('I1', '2026-10-15')],
      '2026-10-31',
    ],
  ])('stays silent for %s', (_, ind, measurements, asOf) => {
    expect(run([ind], measurements, asOf)).toEqual([]);
  });
});
