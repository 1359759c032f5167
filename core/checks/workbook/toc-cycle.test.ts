import { ruleTester } from '../rule-tester';
import { CHAIN } from './test-workbooks';
import rule from './toc-cycle';

ruleTester(rule, {
  valid: [
    { name: 'a straight chain', workbook: CHAIN },
    {
      name: 'a diamond: two routes to the same outcome',
      workbook:
        'A1 Activity > O1, O2; O1 Outcome/Short > O3; O2 Outcome/Short > O3; O3 Outcome/Long > IM1; IM1 Impact',
    },
    {
      name: 'many activities into one output',
      workbook: 'A1 Activity > P1; A2 Activity > P1; A3 Activity > P1; P1 Output > IM1; IM1 Impact',
    },
    { name: 'an empty theory of change', workbook: '' },
    { name: 'a node with no links', workbook: 'A1 Activity' },
  ],
  invalid: [
    {
      name: 'two outcomes leading to each other',
      workbook: 'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
      findings: [{ place: "'Theory of change'!E3", message: /^O1 → O2 → O1 goes round/ }],
    },
    {
      name: 'a node leading to itself',
      workbook: 'A1 Activity > O1; O1 Outcome/Short > O1, IM1; IM1 Impact',
      findings: [{ place: "'Theory of change'!E3", message: /^O1 → O1 goes round/ }],
    },
    {
      name: 'a long way round',
      workbook:
        'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Medium > O3; O3 Outcome/Long > O1, IM1; IM1 Impact',
      findings: [{ place: "'Theory of change'!E3", message: /^O1 → O2 → O3 → O1 goes round/ }],
    },
    {
      name: 'an impact that leads back to an activity',
      workbook: CHAIN.replace('IM1 Impact', 'IM1 Impact > A1'),
      findings: [{ place: "'Theory of change'!E2", message: /^A1 → P1 → O1 → O2 → IM1 → A1 goes round/ }],
    },
    {
      name: 'two separate loops',
      workbook:
        'A1 Activity > A2; A2 Activity > A1, O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
      findings: [
        { place: "'Theory of change'!E2", message: /^A1 → A2 → A1 goes round/ },
        { place: "'Theory of change'!E4", message: /^O1 → O2 → O1 goes round/ },
      ],
    },
    {
      name: 'a chain of 20,000 nodes, without overflowing the stack',
      workbook: `${Array.from({ length: 20_000 }, (_, i) => `O${i} Outcome/Short > O${i + 1}`).join(';')}; O20000 Outcome/Long > O0`,
      findings: [{ place: "'Theory of change'!E2", message: /^O0 → O1 → .* → O20000 → O0 goes round/ }],
    },
  ],
});
