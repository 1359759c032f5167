import { describe, expect, it } from 'vitest';
import check from './outcome-no-timeframe';
import { findingsOf } from './test-support';

describe('outcome-no-timeframe', () => {
  it.each([
    'Young people will gain the confidence and skills to move into work, education or training.',
    'Our mentoring will reduce loneliness among older people living alone in Hackney, and they will feel more connected to their neighbours.',
    'Families will be better able to manage their money, and fewer will fall into rent arrears.',
    '60% of participants will improve their wellbeing scores, measured with the SWEMWBS scale at the start and end.',
    'Survivors will feel safer and more confident. In the long term, fewer women will return to an abusive partner.',
    'Pupils will increase their reading age and attendance will improve. We run weekly sessions.',
  ])('flags %j', (text) => {
    const [finding] = findingsOf(check, text);
    expect(finding).toMatchObject({ checkId: 'outcome-no-timeframe', severity: 'warning' });
    expect(finding!.span).toBeDefined();
  });

  it.each([
    'By March 2027, 60% of young people who complete the programme will be in work, education or training.',
    'Within six months of leaving, two thirds of residents will have moved into a settled home.',
    'Each year, 80 older people will report feeling less lonely on the UCLA Loneliness Scale.',
    'By the end of the grant, fewer families will be in rent arrears: from 40% at referral to 20%.',
    'We will deliver 40 workshops and run drop-in sessions for parents.',
    '',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });

  it('applies only to outcomes answers', () => {
    expect(findingsOf(check, 'Young people will gain confidence.', { kind: 'activities' })).toEqual([]);
  });
});
