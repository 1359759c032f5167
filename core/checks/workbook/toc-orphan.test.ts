import { ruleTester } from '../rule-tester';
import { CHAIN } from './test-workbooks';
import rule from './toc-orphan';

ruleTester(rule, {
  valid: [
    { name: 'a complete chain', workbook: CHAIN },
    {
      name: 'an activity that starts the chain, which nothing leads to',
      workbook: `${CHAIN}; A2 Activity > P1`,
    },
    { name: 'an input that starts the chain', workbook: `I1 Input > A1; ${CHAIN}` },
    { name: 'two chains into one impact', workbook: `${CHAIN}; A2 Activity > O3; O3 Outcome/Medium > IM1` },
    { name: 'an empty theory of change', workbook: '' },
    {
      name: 'a loop, which still counts as linked',
      workbook: 'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
    },
  ],
  invalid: [
    {
      name: 'an activity linked to nothing',
      workbook: `${CHAIN}; A9 Activity`,
      findings: [{ place: "'Theory of change'!A7", message: /^A9\b/ }],
    },
    {
      name: 'an outcome linked to nothing',
      workbook: `${CHAIN}; O9 Outcome/Short`,
      findings: [{ place: "'Theory of change'!A7", message: /^O9\b/ }],
    },
    {
      name: 'an outcome that leads on but that nothing leads to',
      workbook: `${CHAIN}; O9 Outcome/Short > O2`,
      findings: [{ place: "'Theory of change'!A7", message: /^Nothing leads to O9\b/ }],
    },
    {
      name: 'an output that nothing produces',
      workbook: `${CHAIN}; P9 Output > O1`,
      findings: [{ place: "'Theory of change'!A7", message: /^Nothing leads to P9\b/ }],
    },
    {
      name: 'an impact that nothing leads to',
      workbook: 'A1 Activity > O1; O1 Outcome/Long > IM1; IM1 Impact; IM2 Impact',
      findings: [{ place: "'Theory of change'!A5", message: /^IM2\b/ }],
    },
    {
      name: 'two separate loose ends',
      workbook: `${CHAIN}; A8 Activity; A9 Activity`,
      findings: [
        { place: "'Theory of change'!A7", message: /^A8\b/ },
        { place: "'Theory of change'!A8", message: /^A9\b/ },
      ],
    },
    {
      name: 'a loose end, saying what to do about it',
      workbook: `${CHAIN}; A9 Activity`,
      findings: [{ place: "'Theory of change'!A7", message: /Connect it .* or remove it/ }],
    },
  ],
});
