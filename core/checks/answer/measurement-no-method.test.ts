import { describe, expect, it } from 'vitest';
import check from './measurement-no-method';
import { findingsOf } from './test-support';

describe('measurement-no-method', () => {
  it.each([
    'We will measure our success by how many young people find jobs.',
    'We will evaluate the project and share what we learn with the funder.',
    'Success will be judged by the difference we make to families.',
    'Our staff will monitor progress closely and report regularly to the board.',
    'We will know we have succeeded when older people tell us they feel less alone.',
    // To assess is what is asked about, not how.
    'We will use a range of tools to capture distance travelled, which is at the heart of how we assess our impact.',
  ])('flags %j', (text) => {
    expect(findingsOf(check, text)).toHaveLength(1);
  });

  it.each([
    'Mentors complete the General Self-Efficacy Scale with each young person at the start and end; we follow up at six months by phone.',
    'We record attendance and destinations in our case management system and check payslips.',
    'An external evaluator will interview 20 families and run two focus groups.',
    'We use the Outcomes Star at referral and every three months.',
    'Participants fill in a short survey before and after each course.',
    'Too short.',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });
});
