import { ruleTester } from '../rule-tester';
import { CHAIN } from './test-workbooks';
import rule from './toc-no-path-to-impact';

ruleTester(rule, {
  valid: [
    { name: 'a complete chain', workbook: CHAIN },
    { name: 'a node linked to nothing (that is toc-orphan)', workbook: `${CHAIN}; A9 Activity` },
    {
      name: 'two impacts each reached',
      workbook: 'A1 Activity > O1, O2; O1 Outcome/Long > IM1; O2 Outcome/Long > IM2; IM1 Impact; IM2 Impact',
    },
    { name: 'an empty theory of change', workbook: '' },
    { name: 'an impact alone', workbook: 'IM1 Impact' },
  ],
  invalid: [
    {
      name: 'a branch that stops at an output',
      workbook: `${CHAIN}; A2 Activity > P2; P2 Output`,
      findings: [
        { place: "'Theory of change'!E7", message: /\bA2\b/ },
        { place: "'Theory of change'!E8", message: /\bP2\b/ },
      ],
    },
    {
      name: 'an outcome that leads nowhere',
      workbook: `${CHAIN}; A2 Activity > O9; O9 Outcome/Short`,
      findings: [
        { place: "'Theory of change'!E7", message: /\bA2\b/ },
        { place: "'Theory of change'!E8", message: /\bO9\b/ },
      ],
    },
    {
      name: 'a theory of change with no impact at all',
      workbook: 'A1 Activity > O1; O1 Outcome/Long',
      findings: [{ place: "'Theory of change'!B2", message: /no Impact/ }],
    },
    {
      name: 'an activity feeding only a dead end',
      workbook: `${CHAIN}; A3 Activity > O8; O8 Outcome/Medium > O9; O9 Outcome/Long`,
      findings: [
        { place: "'Theory of change'!E7", message: /\bA3\b/ },
        { place: "'Theory of change'!E8", message: /\bO8\b/ },
        { place: "'Theory of change'!E9", message: /\bO9\b/ },
      ],
    },
    {
      name: 'a loop that never reaches the impact',
      workbook: `${CHAIN}; A4 Activity > O6; O6 Outcome/Short > O7; O7 Outcome/Short > O6`,
      findings: [
        { place: "'Theory of change'!E7", message: /\bA4\b/ },
        { place: "'Theory of change'!E8", message: /\bO6\b/ },
        { place: "'Theory of change'!E9", message: /\bO7\b/ },
      ],
    },
  ],
});
