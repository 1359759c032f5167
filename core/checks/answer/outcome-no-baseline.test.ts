import { ruleTester } from '../rule-tester';
import rule from './outcome-no-baseline';

ruleTester(rule, {
  valid: [
    'By March 2027, 60% of young people will move into work, up from 45% last year.',
    'Currently 30% of our tenants fall into arrears. By the end of the grant, 85% will sustain their tenancy.',
    'Compared with the national average of 50%, 65% of our leavers will enter work within six months.',
    'Last year 62% (87 of 140) moved into work; we aim for 65% by 2027.',
    'Young people will feel more confident by the end of the programme.',
    'Of 140 leavers last year, 87 found work within six months.',
    // A report of what happened is not a target, and a current rate is a baseline.
    '83% of completers left with a CV and a job-search plan, and 65% of those who found work were still employed at 26 weeks.',
    'Of those who start a job, 65% will still be in work 26 weeks later (our current rate), and we aim to hold that.',
    'Proposed targets, with our current performance in brackets: 70% of those who start a job will still be in work at 26 weeks by March 2030.',
    'By March 2030, 70% of those who start a job will still be in work at 26 weeks (65%, 33 of 51).',
    'By 2027, 75% of starters will complete the programme (72%; 58% in 2024).',
  ],
  invalid: [
    { text: 'By March 2027, 60% of young people will move into work.', findings: [{ span: '60%' }] },
    {
      text: 'Within a year, 75% of tenants will sustain their tenancy for 12 months.',
      findings: [{ span: '75%' }],
    },
    {
      text: 'Two thirds of participants will improve their wellbeing by the end of the programme.',
      findings: [{ span: 'Two thirds' }],
    },
    {
      text: 'Over the grant, 40% fewer families will be referred to social care.',
      findings: [{ span: '40%' }],
    },
    {
      text: 'We will run 30 sessions. By 2027, 80% of older people attending will feel less lonely.',
      findings: [{ span: '80%' }],
    },
  ],
});
