import { ruleTester } from '../rule-tester';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import rule from './toc-outcome-without-indicator';

// CHAIN's rows on the Theory of change tab: A1 (2), P1 (3), O1 (4), O2 (5), IM1 (6).
ruleTester(rule, {
  valid: [
    {
      name: 'every outcome measured',
      workbook: tocWorkbook(CHAIN, { indicators: [indicator('I1', 'O1'), indicator('I2', 'O2')] }),
    },
    {
      name: 'an outcome with two indicators',
      workbook: tocWorkbook(CHAIN, {
        indicators: [indicator('I1', 'O1'), indicator('I2', 'O1'), indicator('I3', 'O2')],
      }),
    },
    { name: 'no outcomes at all', workbook: 'A1 Activity > P1; P1 Output > IM1; IM1 Impact' },
    { name: 'an empty theory of change', workbook: '' },
    {
      name: 'activities and outputs, which need no indicator',
      workbook: tocWorkbook('A1 Activity > P1; P1 Output > O1; O1 Outcome/Short > IM1; IM1 Impact', {
        indicators: [indicator('I1', 'O1')],
      }),
    },
  ],
  invalid: [
    {
      name: 'no indicators at all',
      workbook: CHAIN,
      findings: [{ place: "'Theory of change'!A4" }, { place: "'Theory of change'!A5" }],
    },
    {
      name: 'one outcome measured, one not',
      workbook: tocWorkbook(CHAIN, { indicators: [indicator('I1', 'O1')] }),
      findings: [{ place: "'Theory of change'!A5" }],
    },
    {
      name: 'only the output is measured',
      workbook: tocWorkbook(CHAIN, { indicators: [indicator('I1', 'P1')] }),
      findings: [{ place: "'Theory of change'!A4" }, { place: "'Theory of change'!A5" }],
    },
    {
      name: 'only the impact is measured',
      workbook: tocWorkbook(CHAIN, { indicators: [indicator('I1', 'IM1')] }),
      findings: [{ place: "'Theory of change'!A4" }, { place: "'Theory of change'!A5" }],
    },
    {
      name: 'an indicator pointing at another outcome',
      workbook: tocWorkbook(`${CHAIN}; O3 Outcome/Medium > IM1`, {
        indicators: [indicator('I1', 'O1'), indicator('I2', 'O2')],
      }),
      findings: [{ place: "'Theory of change'!A7" }],
    },
  ],
});
