import type { Indicator, Measurement } from '../../model/schema';
import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule from './toc-percent-above-one';

const percent = (baseline: number, target: number, extra: Partial<Indicator> = {}) =>
  indicator('I1', 'O1', { unit: 'Percent', baseline, target, ...extra });
const value = (v: number, periodEnd = '2025-03-31'): Measurement => ({
  indicator: 'I1',
  periodEnd,
  value: v,
});
const workbook = (indicators: Indicator[], measurements: Measurement[] = []) =>
  tocWorkbook(CHAIN, { indicators, measurements });

ruleTester(rule, {
  valid: [
    {
      name: 'percentages stored as fractions',
      workbook: workbook([percent(0.45, 0.6)], [value(0.62), value(1, '2025-06-30')]),
    },
    {
      name: 'a Number indicator of 45 and 60',
      workbook: workbook([indicator('I1', 'O1', { baseline: 45, target: 60 })], [value(62)]),
    },
    {
      name: 'a Percent indicator with no baseline or target yet',
      workbook: workbook([
        indicator('I1', 'O1', { unit: 'Percent', baseline: undefined, target: undefined }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a percent baseline and target typed as whole numbers',
      workbook: workbook([percent(45, 60)]),
      findings: [
        {
          place: 'Indicators!F2',
          message:
            'Baseline is 45, which is 4500% for a Percent indicator; Sheets stores 62% as 0.62. If you meant 45%, enter 45% or 0.45.',
        },
        {
          place: 'Indicators!H2',
          message:
            'Target is 60, which is 6000% for a Percent indicator; Sheets stores 62% as 0.62. If you meant 60%, enter 60% or 0.6.',
        },
      ],
    },
    {
      name: 'a percent value above 100%',
      workbook: workbook([percent(0.45, 0.6)], [value(0.5), value(62, '2025-06-30')]),
      findings: [
        {
          place: 'Data!C3',
          message:
            'Value is 62, which is 6200% for a Percent indicator; Sheets stores 62% as 0.62. If you meant 62%, enter 62% or 0.62.',
        },
      ],
    },
  ],
});
