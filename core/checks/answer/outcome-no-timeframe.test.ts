import { ruleTester } from '../rule-tester';
import rule from './outcome-no-timeframe';

ruleTester(rule, {
  valid: [
    'By March 2027, 60% of young people who complete the programme will be in work, education or training.',
    'Within six months of leaving, two thirds of residents will have moved into a settled home.',
    'Each year, 80 older people will report feeling less lonely on the UCLA Loneliness Scale.',
    'By the end of the grant, fewer families will be in rent arrears: from 40% at referral to 20%.',
    'We will deliver 40 workshops and run drop-in sessions for parents.',
    '',
    {
      name: 'an activities answer (the rule reads outcomes only)',
      text: 'Young people will gain confidence.',
      kind: 'activities',
    },
  ],
  invalid: [
    {
      text: 'Young people will gain the confidence and skills to move into work, education or training.',
      findings: [
        {
          span: 'Young people will gain the confidence and skills to move into work, education or training.',
          message:
            /^Says what will change but not by when\. .*\(by the end of the grant, within six months of leaving, by March 2027\)\.$/,
        },
      ],
    },
    {
      text: 'Our mentoring will reduce loneliness among older people living alone in Hackney, and they will feel more connected to their neighbours.',
      findings: [
        {
          span: 'Our mentoring will reduce loneliness among older people living alone in Hackney, and they will feel more connected to their neighbours.',
        },
      ],
    },
    {
      text: 'Families will be better able to manage their money, and fewer will fall into rent arrears.',
      findings: [
        {
          span: 'Families will be better able to manage their money, and fewer will fall into rent arrears.',
        },
      ],
    },
    {
      text: '60% of participants will improve their wellbeing scores, measured with the SWEMWBS scale at the start and end.',
      findings: [
        {
          span: '60% of participants will improve their wellbeing scores, measured with the SWEMWBS scale at the start and end.',
        },
      ],
    },
    {
      name: 'only the sentence without a when, beside one with a long-term horizon',
      text: 'Survivors will feel safer and more confident. In the long term, fewer women will return to an abusive partner.',
      findings: [{ span: 'Survivors will feel safer and more confident.' }],
    },
    {
      name: 'the change, not the activity beside it',
      text: 'Pupils will increase their reading age and attendance will improve. We run weekly sessions.',
      findings: [{ span: 'Pupils will increase their reading age and attendance will improve.' }],
    },
  ],
});
