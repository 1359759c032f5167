import { ruleTester } from '../rule-tester';
import rule from './toc-missing-term';

ruleTester(rule, {
  valid: [
    {
      name: 'outcomes that each have a term',
      workbook: 'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > IM1; IM1 Impact',
    },
    { name: 'activities, which need no term', workbook: 'A1 Activity; A2 Activity' },
    { name: 'an output, which needs no term', workbook: 'P1 Output' },
    { name: 'an impact, which needs no term', workbook: 'IM1 Impact' },
    { name: 'a medium term, which counts', workbook: 'O1 Outcome/Medium' },
  ],
  invalid: [
    {
      name: 'one outcome without a term',
      workbook: 'A1 Activity > O1; O1 Outcome > IM1; IM1 Impact',
      findings: [{ place: "'Theory of change'!C3", message: /^O1 has no Term/ }],
    },
    {
      name: 'the second of two outcomes',
      workbook: 'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome > IM1; IM1 Impact',
      findings: [{ place: "'Theory of change'!C4", message: /^O2 has no Term/ }],
    },
    {
      name: 'every outcome',
      workbook: 'O1 Outcome; O2 Outcome; O3 Outcome',
      findings: [
        { place: "'Theory of change'!C2", message: /^O1 has no Term/ },
        { place: "'Theory of change'!C3", message: /^O2 has no Term/ },
        { place: "'Theory of change'!C4", message: /^O3 has no Term/ },
      ],
    },
    {
      name: 'an outcome among outputs',
      workbook: 'P1 Output > O1; O1 Outcome; P2 Output',
      findings: [{ place: "'Theory of change'!C3", message: /^O1 has no Term/ }],
    },
    {
      name: 'an outcome with no links',
      workbook: 'O9 Outcome',
      findings: [{ place: "'Theory of change'!C2", message: /^O9 has no Term/ }],
    },
  ],
});
