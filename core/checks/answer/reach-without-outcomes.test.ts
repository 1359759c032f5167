import { ruleTester } from '../rule-tester';
import rule from './reach-without-outcomes';

ruleTester(rule, {
  valid: [
    'We will work with 200 young people, and 60% of them will move into work within six months.',
    'We will support 150 families; by the end of the year fewer will be in rent arrears.',
    'Older people will feel less lonely by summer 2027.',
    'We will deliver 40 workshops.',
    '',
    {
      name: 'a beneficiaries answer, where counting people is the point',
      text: 'We will reach 200 young people.',
      kind: 'beneficiaries',
    },
  ],
  invalid: [
    {
      text: 'We will reach 200 young people across Bradford each year.',
      findings: [{ span: 'reach 200 young people' }],
    },
    {
      text: 'The project will support 150 families and work with 40 schools.',
      findings: [{ span: 'support 150 families' }],
    },
    {
      text: 'Over three years we will engage 1,200 older people through our lunch clubs.',
      findings: [{ span: 'engage 1,200 older people' }],
    },
    {
      text: 'We will help 80 survivors of domestic abuse. 300 children will take part in our holiday club.',
      findings: [{ span: 'help 80 survivors' }],
    },
    {
      text: 'Our outreach team will work with 60 rough sleepers in the city centre.',
      findings: [{ span: 'work with 60 rough sleepers' }],
    },
  ],
});
