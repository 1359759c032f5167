import { describe, expect, it } from 'vitest';
import { answerFindings } from '../rule-cases';
import { type AnswerRuleCases, ruleTester } from '../rule-tester';
import rule from './claim-exceeds-evidence';

// The demo workbook's pooled figures (last four quarters): EET six months after leaving 57% (95% CI 48–66%),
// completion 72% (65–79%), still in work at 26 weeks 65% (51–76%), CV and job-search plan 83% (74–89%).
const EET = /^57% of leavers .*95% CI 48–66%/;
const COMPLETION = /^72% of starters .*95% CI 65–79%/;
const STILL_IN_WORK = /^65% of those who started a job .*95% CI 51–76%/;
const CV_AND_PLAN = /^83% of completers .*95% CI 74–89%/;

const invalid: AnswerRuleCases['invalid'] = [
  {
    text: '75% of leavers will be in education, employment or training six months after leaving.',
    evidence: true,
    findings: [{ span: '75%', evidence: EET }],
  },
  {
    text: 'Last year 70% of our leavers moved into education, employment or training within six months.',
    evidence: true,
    findings: [{ span: '70%', evidence: EET }],
  },
  {
    text: 'We expect 85% of starters to complete the 12-week programme.',
    evidence: true,
    findings: [{ span: '85%', evidence: COMPLETION }],
  },
  {
    text: 'Nine in ten of those who start a job are still in work 26 weeks later.',
    evidence: true,
    findings: [{ span: 'Nine in ten', evidence: STILL_IN_WORK }],
  },
  {
    text: 'By 2027, 95% of completers will leave with a CV and a job-search plan.',
    evidence: true,
    findings: [{ span: '95%', evidence: CV_AND_PLAN }],
  },
  // The target as a result already achieved is a claim like any other.
  {
    text: 'Last year 90% of our completers left with a CV and a job-search plan.',
    evidence: true,
    findings: [{ span: '90%', evidence: CV_AND_PLAN }],
  },
  {
    text: 'Last year 90% of our completers left with a CV and a job-search plan, and we will keep it there.',
    evidence: true,
    findings: [{ span: '90%', evidence: CV_AND_PLAN }],
  },
  {
    text: 'By 2024, 90% of our completers had a CV and a job-search plan.',
    evidence: true,
    findings: [{ span: '90%', evidence: CV_AND_PLAN }],
  },
  // A rate said as a fraction of a round number is not a base of its own; nor is a bracketed date a source.
  {
    text: '19 out of 20 starters will complete the 12-week programme.',
    evidence: true,
    findings: [{ span: '19 out of 20', evidence: COMPLETION }],
  },
  {
    text: '95% of starters will complete the 12-week programme by the end of the grant (March 2027).',
    evidence: true,
    findings: [{ span: '95%', evidence: COMPLETION }],
  },
  {
    name: 'the share that exceeds its own figure beside one that does not',
    text: 'Last year 85% of our starters completed the programme and 60% of our leavers were in education, employment or training six months after leaving.',
    evidence: true,
    findings: [{ span: '85%', evidence: COMPLETION }],
  },
];

ruleTester(rule, {
  valid: [
    ...[
      '60% of leavers will be in education, employment or training six months after leaving.',
      'We expect 72% of starters to complete the 12-week programme.',
      '66% of leavers move into education, employment or training within six months.',
      '90% of participants say the sessions were enjoyable.',
      'Two thirds of young people will feel more confident.',
      'Young people will move into work within six months of leaving.',
      // The clause after a figure belongs to the next one.
      'Our completion rate has risen from 58% at the start of the contract to 72% in the latest four quarters, and the share of leavers in education, employment or training at six months from 45% to 57%.',
      // Someone else's figure, with its source.
      'Similar mentoring programmes in England see around 80% of starters complete (Youth Futures Foundation, What Works Toolkit, 2024); ours is 72%.',
      // A subgroup with its own base: the workbook cannot tell it from the whole, so nothing is said.
      'Among the young people who completed a placement last year, 29 of 38 (76%) were in education, employment or training six months after leaving, compared with 57% of all leavers.',
      // The indicator's own target (90%), set as a target.
      'By the end of the 12 weeks, 90% of completers will have a CV and a job-search plan, compared with 83% last year.',
      // 70% is within the job-retention figure (65%, 51–76%) but above the education, employment or training one
      // (57%, 48–66%): read with its neighbour's clause, it would be held to the wrong figure.
      '70% of those who start a job will still be in work 26 weeks later, and 60% of leavers will be in education, employment or training six months after leaving.',
      '60% of leavers will be in education, employment or training six months after leaving, and 70% of those who start a job will still be in work 26 weeks later.',
    ].map((text) => ({ text, evidence: true })),
    {
      name: 'a claim with no workbook to hold it to',
      text: '99% of leavers will be in education, employment or training six months after leaving.',
    },
  ],
  invalid,
});

describe('claim-exceeds-evidence message', () => {
  // The figure is for the side panel only: the message drawn in the page does not carry it.
  it.each(invalid.map((c) => [c.name ?? c.text, c] as const))('leaves the figure out of %j', (_, c) => {
    const findings = answerFindings(rule, c);
    expect(findings).not.toEqual([]);
    for (const f of findings) expect(f.message).not.toMatch(/\d+ of \d+/);
  });
});
