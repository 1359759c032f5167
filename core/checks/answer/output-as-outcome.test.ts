import { ruleTester } from '../rule-tester';
import rule from './output-as-outcome';

ruleTester(rule, {
  valid: [
    'Through 40 workshops, 70% of participants will improve their interview skills by the end of the course.',
    'By March 2027, 60% of young people will be in work within six months of leaving.',
    'Older people will feel less lonely, measured on the UCLA scale.',
    'Fewer families will reach crisis point after our weekly sessions.',
    'We expect 80 families to reduce their debt within a year.',
    'By March 2028 we aim for 60% of all leavers, up from 57%, by offering a placement to everyone who is ready for one.',
    // "more" after a verb of reach is reach only before a group of people.
    'Through 40 weekly workshops, young people will leave with greater confidence.',
    'Our 40 workshops will help more young people into work.',
    // A length of time and the base of a ratio are not things delivered.
    'Within 12 months of joining, sixty per cent of members will say they have someone to turn to.',
    'By the end of support (up to six months after referral), measured at intake and exit, 70% will feel safer.',
    'By March 2028 we aim for one in four to be taking part in volunteering, training or work, against fewer than one in ten at referral.',
    {
      name: 'an activities answer, where outputs belong',
      text: 'We will deliver 40 workshops.',
      kind: 'activities',
    },
  ],
  invalid: [
    {
      text: 'We will deliver 40 workshops on CV writing and interview skills.',
      findings: [
        { span: 'We will deliver 40 workshops on CV writing and interview skills.', message: /output/ },
      ],
    },
    {
      text: 'The project will run weekly sessions for parents and hold four community events.',
      findings: [
        {
          span: 'The project will run weekly sessions for parents and hold four community events.',
          message: /output/,
        },
      ],
    },
    {
      text: 'We will provide 300 food parcels each month. Families will have enough to eat.',
      findings: [{ span: 'We will provide 300 food parcels each month.', message: /output/ }],
    },
    {
      text: 'Outcomes: 1) 24 mentoring sessions per young person. 2) 12 employer visits.',
      findings: [
        { span: 'Outcomes: 1) 24 mentoring sessions per young person.', message: /output/ },
        { span: '2) 12 employer visits.' },
      ],
    },
    {
      text: 'We will host monthly drop-in clinics. We will also deliver 10 training courses for volunteers.',
      findings: [
        { span: 'We will host monthly drop-in clinics.', message: /output/ },
        { span: 'We will also deliver 10 training courses for volunteers.' },
      ],
    },
  ],
});
