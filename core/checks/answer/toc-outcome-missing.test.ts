import { describe, expect, it } from 'vitest';
import { demoEvidence, findingsOf } from './test-support';
import check from './toc-outcome-missing';

const pad =
  ' We will work with schools, Jobcentre Plus and youth clubs, and our volunteer mentors meet each young person every week for twelve weeks, with help from local employers.';

describe('toc-outcome-missing', () => {
  // The demo's one long-term outcome is O4: still employed 26 weeks after starting a job.
  it.each([
    `By March 2027, 60% of leavers will be in education, employment or training within six months.${pad}`,
    `Young people will feel more confident and have a CV and a plan by the end of the programme.${pad}`,
    `Participants will gain skills and confidence, and 70% will complete the programme by 2027.${pad}`,
    `Two thirds of young people will move into education or training within six months of leaving.${pad}`,
    `Fewer young people will be NEET, and more will feel able to apply for jobs.${pad}`,
  ])('notes that the long-term outcome is missing from %j', (text) => {
    const [finding] = findingsOf(check, text, { evidence: demoEvidence() });
    expect(finding).toMatchObject({ checkId: 'toc-outcome-missing', severity: 'info' });
    expect(finding!.evidence).toMatch(/^O4:/);
  });

  it.each([
    `By 2027, 60% of leavers will be in work within six months, and 65% of them will still be employed 26 weeks after starting.${pad}`,
    `Young people will stay in work: two thirds will still be in their job 26 weeks after starting it.${pad}`,
    'Too short to cover everything: 60% into work.',
    `We will sustain employment for six months for most of those who find a job.${pad}`,
    '',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text, { evidence: demoEvidence() })).toEqual([]);
  });
});
