import { ruleTester } from '../rule-tester';
import rule from './outcome-not-in-toc';

ruleTester(rule, {
  valid: [
    'By March 2027, 60% of leavers will be in work, education or training within six months.',
    'Young people will feel more confident by the end of the programme.',
    'By 2027, 65% of those who start a job will still be employed 26 weeks later.',
    'Within a year, two thirds of completers will have a CV and a job-search plan.',
    'Fewer young people in the city will be long-term NEET by 2030.',
    'Participants will improve their wellbeing.',
    // Completing the programme is an output of the demo theory of change: it has it.
    'Fewer young people will drop out: completion will rise from 72% to 75% by March 2027.',
  ].map((text) => ({ text, evidence: true })),
  invalid: [
    {
      text: 'By 2027, 50% of participants will reduce their alcohol use.',
      evidence: true,
      findings: [{ span: 'By 2027, 50% of participants will reduce their alcohol use.' }],
    },
    {
      text: 'Within a year, 30 young people will have passed their driving test.',
      evidence: true,
      findings: [{ span: 'Within a year, 30 young people will have passed their driving test.' }],
    },
    {
      text: 'By the end of the grant, 40% of families will report fewer arguments at home.',
      evidence: true,
      findings: [{ span: 'By the end of the grant, 40% of families will report fewer arguments at home.' }],
    },
    {
      text: 'By March 2027, 25 young people will start their own business.',
      evidence: true,
      findings: [{ span: 'By March 2027, 25 young people will start their own business.' }],
    },
    {
      text: 'Reoffending among participants will fall by 20% within two years.',
      evidence: true,
      findings: [{ span: 'Reoffending among participants will fall by 20% within two years.' }],
    },
  ],
});
