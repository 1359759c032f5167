import type { Indicator } from '../../model/schema';
import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule from './toc-indicator-incomplete';

function without(...fields: (keyof Indicator)[]): Indicator {
  const i = indicator('I1', 'O1');
  for (const f of fields) delete i[f];
  return i;
}

const measuring = (...indicators: Indicator[]) => tocWorkbook(CHAIN, { indicators });

ruleTester(rule, {
  valid: [
    { name: 'a complete indicator', workbook: measuring(indicator('I1', 'O1')) },
    {
      name: 'a complete indicator without an owner or baseline date (not required)',
      workbook: measuring(without('owner', 'baselineDate')),
    },
    {
      name: 'a baseline of zero, which is a baseline',
      workbook: measuring(indicator('I1', 'O1', { baseline: 0 })),
    },
    {
      name: 'a target of zero, which is a target',
      workbook: measuring(indicator('I1', 'O1', { direction: 'Decrease', target: 0 })),
    },
    { name: 'no indicators', workbook: measuring() },
  ],
  invalid: [
    {
      name: 'no baseline',
      workbook: measuring(without('baseline')),
      findings: [{ place: 'Indicators!F2', message: /has no baseline\./ }],
    },
    {
      name: 'no target',
      workbook: measuring(without('target')),
      findings: [{ place: 'Indicators!H2', message: /has no target\./ }],
    },
    {
      name: 'no target date',
      workbook: measuring(without('targetDate')),
      findings: [{ place: 'Indicators!I2', message: /has no target date\./ }],
    },
    {
      name: 'no source',
      workbook: measuring(without('source')),
      findings: [{ place: 'Indicators!J2', message: /has no source\./ }],
    },
    {
      name: 'no frequency',
      workbook: measuring(without('frequency')),
      findings: [{ place: 'Indicators!K2', message: /has no frequency\./ }],
    },
    {
      name: 'a source of only spaces',
      workbook: measuring({ ...indicator('I1', 'O1'), source: '   ' }),
      findings: [{ place: 'Indicators!J2', message: /has no source\./ }],
    },
    {
      name: 'several missing, listed in order',
      workbook: measuring(without('frequency', 'baseline', 'source')),
      findings: [{ place: 'Indicators!F2', message: /has no baseline, source or frequency\./ }],
    },
  ],
});
