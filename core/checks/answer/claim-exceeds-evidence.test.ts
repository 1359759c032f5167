import { describe, expect, it } from 'vitest';
import check from './claim-exceeds-evidence';
import { demoEvidence, findingsOf } from './test-support';

// The demo workbook's pooled figures (last four quarters): EET six months after leaving 57% (95% CI 48–66%),
// completion 72% (65–79%), still in work at 26 weeks 65% (51–76%), CV and job-search plan 83% (74–89%).
describe('claim-exceeds-evidence', () => {
  it.each([
    ['75% of leavers will be in education, employment or training six months after leaving.', '75%'],
    ['Last year 70% of our leavers moved into education, employment or training within six months.', '70%'],
    ['We expect 85% of starters to complete the 12-week programme.', '85%'],
    ['Nine in ten of those who start a job are still in work 26 weeks later.', 'Nine in ten'],
    ['By 2027, 95% of completers will leave with a CV and a job-search plan.', '95%'],
    // The target as a result already achieved is a claim like any other.
    ['Last year 90% of our completers left with a CV and a job-search plan.', '90%'],
    [
      'Last year 90% of our completers left with a CV and a job-search plan, and we will keep it there.',
      '90%',
    ],
    ['By 2024, 90% of our completers had a CV and a job-search plan.', '90%'],
    // A rate said as a fraction of a round number is not a base of its own; nor is a bracketed date a source.
    ['19 out of 20 starters will complete the 12-week programme.', '19 out of 20'],
    ['95% of starters will complete the 12-week programme by the end of the grant (March 2027).', '95%'],
  ])('flags %j', (text, figure) => {
    const [finding] = findingsOf(check, text, { evidence: demoEvidence() });
    expect(finding).toBeDefined();
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toBe(figure);
    // The figure is for the side panel only: the message drawn in the page does not carry it.
    expect(finding!.evidence).toMatch(/95% CI/);
    expect(finding!.message).not.toMatch(/\d+ of \d+/);
  });

  it.each([
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
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text, { evidence: demoEvidence() })).toEqual([]);
  });

  // 70% is within the job-retention figure (65%, 51–76%) but above the education, employment or training one
  // (57%, 48–66%): read with its neighbour's clause, it would be held to the wrong figure.
  it.each([
    '70% of those who start a job will still be in work 26 weeks later, and 60% of leavers will be in education, employment or training six months after leaving.',
    '60% of leavers will be in education, employment or training six months after leaving, and 70% of those who start a job will still be in work 26 weeks later.',
  ])('matches each share of %j with its own clause', (text) => {
    expect(findingsOf(check, text, { evidence: demoEvidence() })).toEqual([]);
  });

  it('flags the share that exceeds its own figure beside one that does not', () => {
    const text =
      'Last year 85% of our starters completed the programme and 60% of our leavers were in education, employment or training six months after leaving.';
    const findings = findingsOf(check, text, { evidence: demoEvidence() });
    expect(findings.map((f) => text.slice(f.span!.start, f.span!.end))).toEqual(['85%']);
  });

  it('stays silent without a workbook', () => {
    expect(
      findingsOf(
        check,
        '99% of leavers will be in education, employment or training six months after leaving.',
      ),
    ).toEqual([]);
  });
});
