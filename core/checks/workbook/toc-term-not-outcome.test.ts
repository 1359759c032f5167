import { ruleTester } from '../rule-tester';
import { CHAIN } from './test-workbooks';
import rule from './toc-term-not-outcome';

ruleTester(rule, {
  valid: [
    { name: 'terms on outcomes only', workbook: CHAIN },
    {
      name: 'an outcome without a term (toc-missing-term speaks of that)',
      workbook: `${CHAIN}; O9 Outcome > O2`,
    },
    { name: 'an activity without a term', workbook: `A9 Activity > O1; ${CHAIN}` },
  ],
  invalid: [
    {
      name: 'a term on an activity',
      workbook: `${CHAIN}; A2 Activity/Short > P1`,
      findings: [
        {
          place: "'Theory of change'!C7",
          message:
            'Term is for outcomes only, and A2 is an Activity; clear the Term or change the Level to Outcome.',
        },
      ],
    },
    {
      name: 'terms on an output and an impact',
      workbook: 'A1 Activity > P1; P1 Output/Short > O1; O1 Outcome/Short > IM1; IM1 Impact/Long',
      findings: [
        { place: "'Theory of change'!C3", message: /^Term is for outcomes only, and P1 is an Output;/ },
        { place: "'Theory of change'!C5", message: /^Term is for outcomes only, and IM1 is an Impact;/ },
      ],
    },
  ],
});
