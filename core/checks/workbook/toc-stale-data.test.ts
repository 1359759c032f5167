import { describe, expect, it } from 'vitest';
import type { Frequency, Indicator, Measurement } from '../../model/schema';
import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule, { staleAfterDays } from './toc-stale-data';

const data = (id: string, ...periodEnds: string[]): Measurement[] =>
  periodEnds.map((periodEnd) => ({ indicator: id, periodEnd, value: 12 }));

const measured = (ind: Indicator, measurements: Measurement[]) =>
  tocWorkbook(CHAIN, { indicators: [ind], measurements });

const every = (frequency: Frequency, extra: Partial<Indicator> = {}) =>
  indicator('I1', 'O1', { frequency, ...extra });

describe('toc-stale-data', () => {
  it('allows one and a half periods', () => {
    expect(staleAfterDays('Monthly')).toBe(46);
    expect(staleAfterDays('Quarterly')).toBe(137);
    expect(staleAfterDays('Termly')).toBe(183);
    expect(staleAfterDays('Annually')).toBe(548);
  });
});

ruleTester(rule, {
  valid: [
    {
      name: 'recent quarterly data',
      workbook: measured(every('Quarterly'), data('I1', '2026-09-30')),
      asOf: '2026-10-31',
    },
    {
      name: 'exactly at the limit',
      workbook: measured(every('Quarterly'), data('I1', '2026-06-16')),
      asOf: '2026-10-31',
    },
    {
      name: 'data out of order: the latest counts',
      workbook: measured(every('Quarterly'), data('I1', '2026-09-30', '2025-03-31')),
      asOf: '2026-10-31',
    },
    {
      name: 'no frequency (toc-indicator-incomplete asks for it)',
      workbook: measured(indicator('I1', 'O1', { frequency: undefined }), []),
      asOf: '2026-10-31',
    },
    {
      name: 'no data yet but the baseline is recent',
      workbook: measured(every('Quarterly', { baselineDate: '2026-09-01' }), []),
      asOf: '2026-10-31',
    },
    {
      name: "another indicator's data does not count for it, but its own does",
      workbook: measured(every('Monthly'), [...data('I2', '2024-01-31'), ...data('I1', '2026-10-15')]),
      asOf: '2026-10-31',
    },
  ],
  invalid: [
    {
      name: 'quarterly data last in March, judged in October',
      workbook: measured(every('Quarterly'), data('I1', '2025-12-31', '2026-03-31')),
      asOf: '2026-10-31',
      findings: [
        { place: 'Indicators!A2', message: /period ending 31 March 2026, 214 days before 31 October 2026/ },
      ],
    },
    {
      name: 'monthly data two months old',
      workbook: measured(every('Monthly'), data('I1', '2026-08-31')),
      asOf: '2026-10-31',
      findings: [{ place: 'Indicators!A2', message: /61 days before/ }],
    },
    {
      name: 'annual data two years old',
      workbook: measured(every('Annually'), data('I1', '2024-07-31')),
      asOf: '2026-10-31',
      findings: [{ place: 'Indicators!A2', message: /collected annually/ }],
    },
    {
      name: 'no data at all, long after the baseline',
      workbook: measured(every('Quarterly'), []),
      asOf: '2026-10-31',
      findings: [{ place: 'Indicators!A2', message: /has no data on the Data tab yet/ }],
    },
    {
      name: 'only future-dated data',
      workbook: measured(every('Quarterly'), data('I1', '2027-03-31')),
      asOf: '2026-10-31',
      findings: [{ place: 'Indicators!A2', message: /has no data/ }],
    },
    {
      name: 'termly data a year old',
      workbook: measured(every('Termly'), data('I1', '2025-10-31')),
      asOf: '2026-10-31',
      findings: [{ place: 'Indicators!A2', message: /collected termly/ }],
    },
  ],
});
