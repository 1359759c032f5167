import { ruleTester } from '../rule-tester';
import rule from './measurement-no-method';

ruleTester(rule, {
  valid: [
    'Mentors complete the General Self-Efficacy Scale with each young person at the start and end; we follow up at six months by phone.',
    'We record attendance and destinations in our case management system and check payslips.',
    'An external evaluator will interview 20 families and run two focus groups.',
    'We use the Outcomes Star at referral and every three months.',
    'Participants fill in a short survey before and after each course.',
    'Too short.',
  ],
  invalid: [
    {
      text: 'We will measure our success by how many young people find jobs.',
      findings: [{ span: 'We will measure our success by how many young people find jobs.' }],
    },
    {
      text: 'We will evaluate the project and share what we learn with the funder.',
      findings: [{ span: 'We will evaluate the project and share what we learn with the funder.' }],
    },
    {
      text: 'Success will be judged by the difference we make to families.',
      findings: [{ span: 'Success will be judged by the difference we make to families.' }],
    },
    {
      text: 'Our staff will monitor progress closely and report regularly to the board.',
      findings: [{ span: 'Our staff will monitor progress closely and report regularly to the board.' }],
    },
    {
      text: 'We will know we have succeeded when older people tell us they feel less alone.',
      findings: [{ span: 'We will know we have succeeded when older people tell us they feel less alone.' }],
    },
    // To assess is what is asked about, not how.
    {
      text: 'We will use a range of tools to capture distance travelled, which is at the heart of how we assess our impact.',
      findings: [
        {
          span: 'We will use a range of tools to capture distance travelled, which is at the heart of how we assess our impact.',
        },
      ],
    },
  ],
});
