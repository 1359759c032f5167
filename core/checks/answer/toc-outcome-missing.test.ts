import { ruleTester } from '../rule-tester';
import rule from './toc-outcome-missing';

const pad =
  ' We will work with schools, Jobcentre Plus and youth clubs, and our volunteer mentors meet each young person every week for twelve weeks, with help from local employers.';

// The demo's one long-term outcome is O4: still employed 26 weeks after starting a job.
const O4_MISSING = [{ span: null, evidence: /^O4:/ }];

ruleTester(rule, {
  valid: [
    `By 2027, 60% of leavers will be in work within six months, and 65% of them will still be employed 26 weeks after starting.${pad}`,
    `Young people will stay in work: two thirds will still be in their job 26 weeks after starting it.${pad}`,
    'Too short to cover everything: 60% into work.',
    `We will sustain employment for six months for most of those who find a job.${pad}`,
    '',
  ].map((text) => ({ text, evidence: true })),
  invalid: [
    `By March 2027, 60% of leavers will be in education, employment or training within six months.${pad}`,
    `Young people will feel more confident and have a CV and a plan by the end of the programme.${pad}`,
    `Participants will gain skills and confidence, and 70% will complete the programme by 2027.${pad}`,
    `Two thirds of young people will move into education or training within six months of leaving.${pad}`,
    `Fewer young people will be NEET, and more will feel able to apply for jobs.${pad}`,
  ].map((text) => ({ text, evidence: true, findings: O4_MISSING })),
});
