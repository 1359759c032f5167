import type { Indicator } from '../../model/schema';
import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule from './toc-direction-against-target';

const workbook = (overrides: Partial<Indicator>) =>
  tocWorkbook(CHAIN, { indicators: [indicator('I1', 'O1', overrides)] });

ruleTester(rule, {
  valid: [
    {
      name: 'an increase to a higher target',
      workbook: workbook({ direction: 'Increase', baseline: 10, target: 20 }),
    },
    {
      name: 'a decrease to a lower target',
      workbook: workbook({ direction: 'Decrease', baseline: 22, target: 16 }),
    },
    {
      name: 'a target equal to the baseline (progress cannot be measured; the formulas say so)',
      workbook: workbook({ baseline: 10, target: 10 }),
    },
    { name: 'no target yet', workbook: workbook({ target: undefined }) },
  ],
  invalid: [
    {
      name: 'an increase to a lower target',
      workbook: workbook({ direction: 'Increase', baseline: 22, target: 16 }),
      findings: [
        {
          place: 'Indicators!E2',
          message:
            'Direction is Increase, but the target (16) is below the baseline (22); check the Direction, Baseline and Target.',
        },
      ],
    },
    {
      name: 'a decrease to a higher target',
      workbook: workbook({ direction: 'Decrease', baseline: 0.2, target: 0.3 }),
      findings: [
        {
          place: 'Indicators!E2',
          message: /^Direction is Decrease, but the target \(0\.3\) is above the baseline \(0\.2\);/,
        },
      ],
    },
  ],
});
