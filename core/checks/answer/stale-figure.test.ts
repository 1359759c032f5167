import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../demo/workbook';
import { evidenceContext } from '../evidence';
import { answerFindings } from '../rule-cases';
import { ruleTester } from '../rule-tester';
import rule from './stale-figure';

// The demo workbook on 31 October 2026. Pooled over the last four quarters (October 2025 – September 2026):
// leavers in education, employment or training 57% (62 of 109, 95% CI 48–66%), completion 72% (109 of 151,
// 65–79%), still in work at 26 weeks 65% (33 of 51, 51–76%), CV and job-search plan 83% (90 of 109, 74–89%). The
// same four quarters to June 2026 gave 56% (59 of 106), 71% (106 of 150), 65% (31 of 48) and 81% (86 of 106).
// Weeks from enrolment to a first destination: 18.1 in the quarter to September 2026, 18.6 in the one before.
const LATEST = /the latest, for October 2025 – September 2026, is/;

/** The demo workbook a quarter later: 21 of 31 leavers in the quarter to December 2026 make the pooled 70 of 115. */
function aQuarterLater() {
  const workbook = structuredClone(demoWorkbook);
  workbook.measurements.push({ indicator: 'I5', periodEnd: '2026-12-31', achieved: 21, outOf: 31 });
  return evidenceContext(workbook, '2027-01-31');
}

/** The demo workbook with a money indicator: savings per household, £250 in the quarter to June, £310 to September. */
function withSavings() {
  const workbook = structuredClone(demoWorkbook);
  workbook.indicators.push({
    id: 'I9',
    outcome: 'O3',
    name: 'Average yearly saving per household from benefits advice',
    unit: 'Currency',
    direction: 'Increase',
    frequency: 'Quarterly',
  });
  workbook.measurements.push(
    { indicator: 'I9', periodEnd: '2026-06-30', value: 250 },
    { indicator: 'I9', periodEnd: '2026-09-30', value: 310 },
  );
  return evidenceContext(workbook, '2026-10-31');
}

ruleTester(rule, {
  valid: [
    ...[
      // The latest figures, as the workbook cites them, or within rounding of them.
      '57% of leavers (62 of 109) were in education, employment or training six months after leaving.',
      'Last year 72% of our starters completed the 12-week programme.',
      'In the latest quarter 16 of 27 leavers were in education, employment or training six months after leaving.',
      'Over the past year, 57.4% of those who left us were in education, employment or training six months on.',
      // Targets stated as targets.
      'We aim to reach 70% of those who start a job still in work 26 weeks later.',
      'By March 2027, 60% of leavers will be in education, employment or training within six months of leaving.',
      'Our goal is 90% of completers with a CV and a written job-search plan.',
      // An aim governs every figure after it in its sentence, in a clause of its own too.
      'We aim for 60% by March 2027, and for 70% of those who start a job to still be in work 26 weeks later.',
      // A baseline, a rise told from where it started, and a target beside the latest figure.
      'When we started, 45% of leavers were in education, employment or training six months after leaving.',
      'The share of leavers in education, employment or training at six months has risen from 47% to 57%.',
      'Medium term: 60% of leavers in education, employment or training six months after leaving (57% now).',
      // Someone else's figure, and a figure dated to an earlier year.
      'Nationally, 64% of young people who leave similar programmes are in education, employment or training (DfE, 2024).',
      'In 2024, 47% of our leavers were in education, employment or training six months after leaving.',
      // A subgroup with its own base, and a loose figure.
      'Among those who did a work placement, 29 of 38 (76%) were in education, employment or training six months after leaving.',
      'About half of leavers are in education, employment or training six months after leaving.',
      'Around 60% of leavers are in education, employment or training six months after leaving.',
      // Years, budget lines and counts that are no figure of the workbook.
      'Since 2019 we have supported young people into education, employment or training.',
      'We are asking for £48,000 a year: £12,000 for follow-up calls with leavers to check education, employment or training.',
      'We work with 150 young people a year who are not in education, employment or training.',
      // A share that matches no indicator.
      '62% of parents say their child is happier at home.',
    ].map((text) => ({ text, evidence: true })),
    {
      name: 'a budget line for the same sum as an earlier figure',
      text: 'We budget £250 per household for benefits advice sessions, a cost that covers an adviser’s time.',
      evidence: withSavings(),
    },
    {
      name: 'the latest saving',
      text: 'Benefits advice now brings each household an average yearly saving of £310.',
      evidence: withSavings(),
    },
    {
      name: 'a stale figure with no workbook to hold it to',
      text: 'Last year 47% of leavers were in education, employment or training six months after leaving.',
    },
  ],
  invalid: [
    {
      name: 'the issue’s example: last quarter’s pooled figure, a quarter on',
      text: 'Our latest results: 57% (62 of 109) of leavers were in education, employment or training six months after leaving.',
      evidence: aQuarterLater(),
      findings: [
        {
          span: '57% (62 of 109)',
          message:
            '57% (62 of 109) was your figure for October 2025 – September 2026; the latest, for January 2026 – December 2026, is 61% (70 of 115, 95% CI 52–69%).',
          suggestion: '61% (70 of 115, 95% CI 52–69%)',
          evidence: /^61% of leavers .*\(70 of 115, 95% CI 52–69%\)/,
        },
      ],
    },
    {
      text: 'Over the last year 59 of 106 leavers (56%) were in education, employment or training six months after leaving.',
      evidence: true,
      findings: [
        {
          span: '59 of 106 leavers (56%)',
          message: /^59 of 106 leavers \(56%\) was your figure for July 2025 – June 2026; the latest/,
          suggestion: '62 of 109 leavers (57%, 95% CI 48–66%)',
        },
      ],
    },
    {
      name: 'counts in a bracket with the group named inside it',
      text: 'Last year 71% (106 of 150 starters) completed the 12-week programme.',
      evidence: true,
      findings: [
        {
          span: '71% (106 of 150 starters)',
          message: /^71% \(106 of 150 starters\) was your figure for July 2025 – June 2026; the latest/,
          suggestion: '72% (109 of 151 starters, 95% CI 65–79%)',
        },
      ],
    },
    {
      text: 'Our latest figures show that 106 out of 150 starters completed the 12-week programme.',
      evidence: true,
      findings: [{ span: '106 out of 150', message: LATEST, suggestion: '109 out of 151 (95% CI 65–79%)' }],
    },
    {
      text: 'Of those who started a job, 31 of 48 were still in work 26 weeks later.',
      evidence: true,
      findings: [{ span: '31 of 48', message: LATEST, suggestion: '33 of 51 (95% CI 51–76%)' }],
    },
    {
      text: 'At present 71 per cent of starters complete the 12-week programme.',
      evidence: true,
      findings: [{ span: '71 per cent', message: LATEST, suggestion: '72 per cent (95% CI 65–79%)' }],
    },
    {
      text: 'Last year 81% of completers left with a CV and a written job-search plan, and we will keep it there.',
      evidence: true,
      findings: [{ span: '81%', suggestion: '83% (95% CI 74–89%)' }],
    },
    {
      name: 'a single quarter’s figure that is no longer the latest',
      text: 'In the most recent quarter, 17 of 29 leavers were in education, employment or training six months after leaving.',
      evidence: true,
      findings: [
        {
          span: '17 of 29',
          message: /^17 of 29 was your figure for the quarter ending 30 June 2026; the latest/,
          suggestion: '62 of 109 (95% CI 48–66%)',
        },
      ],
    },
    {
      name: 'a figure that matches no period at all',
      text: 'Currently 64% of leavers are in education, employment or training six months after leaving.',
      evidence: true,
      findings: [
        {
          span: '64%',
          message:
            'For "Share of leavers in education, employment or training six months after leaving", your workbook now reports 57% (62 of 109, 95% CI 48–66%) for October 2025 – September 2026, not 64%.',
          suggestion: '57% (95% CI 48–66%)',
        },
      ],
    },
    {
      name: 'a number in the indicator’s unit, from the quarter before',
      text: 'Young people now take an average of 18.6 weeks from enrolment to a first job, course or apprenticeship.',
      evidence: true,
      findings: [
        {
          span: '18.6 weeks',
          message:
            '18.6 weeks was your figure for the quarter ending 30 June 2026; the latest, for the quarter ending 30 September 2026, is 18.1 weeks.',
          suggestion: '18.1 weeks',
        },
      ],
    },
    {
      name: 'money in the unit of a Currency indicator',
      text: 'Benefits advice brings each household an average yearly saving of £250.',
      evidence: withSavings(),
      findings: [
        {
          span: '£250',
          message:
            '£250 was your figure for the quarter ending 30 June 2026; the latest, for the quarter ending 30 September 2026, is £310.',
          suggestion: '£310',
        },
      ],
    },
    {
      name: 'each stale figure of a sentence, read with its own clause',
      text: 'Last year 71% of our starters completed the programme, and 81% of completers left with a CV and a written job-search plan.',
      evidence: true,
      findings: [
        { span: '71%', suggestion: '72% (95% CI 65–79%)' },
        { span: '81%', suggestion: '83% (95% CI 74–89%)' },
      ],
    },
  ],
});

describe('stale-figure', () => {
  it('reads the workbook, so that its findings are shown only in the side panel', () => {
    expect(rule.needsEvidence).toBe(true);
    expect(rule.appliesTo).toBe('all');
  });

  it('runs on every kind of answer', () => {
    const text = 'Of those who started a job, 31 of 48 were still in work 26 weeks later.';
    for (const kind of ['need', 'summary', 'budget', 'other'] as const)
      expect(answerFindings(rule, { text, kind, evidence: true }), kind).toHaveLength(1);
  });
});
