import { ruleTester } from '../rule-tester';
import rule from './outcome-not-measurable';

ruleTester(rule, {
  valid: [
    'By March 2027, 60% of young people will move into work, up from 45% last year.',
    'Within a year, 120 families will reduce their debt, measured by their monthly repayments.',
    'Older people will feel less lonely, measured on the UCLA Loneliness Scale at the start and after six months.',
    'Two thirds of pupils will improve their reading age by the end of the school year.',
    'We will deliver weekly sessions in three libraries.',
    'Wellbeing will improve, as shown by average SWEMWBS scores rising over the year.',
  ],
  invalid: [
    {
      text: 'By the end of the project young people will feel more confident and better able to cope with setbacks.',
      findings: [
        {
          span: 'By the end of the project young people will feel more confident and better able to cope with setbacks.',
        },
      ],
    },
    {
      text: 'Older people will be less isolated and more connected to their community by summer 2027.',
      findings: [
        { span: 'Older people will be less isolated and more connected to their community by summer 2027.' },
      ],
    },
    {
      text: 'Families will improve their relationships and communication at home within a year.',
      findings: [
        { span: 'Families will improve their relationships and communication at home within a year.' },
      ],
    },
    {
      text: 'Tenants will stay in their tenancy and avoid eviction by the end of the grant.',
      findings: [{ span: 'Tenants will stay in their tenancy and avoid eviction by the end of the grant.' }],
    },
    {
      text: 'Pupils will develop resilience and improve their behaviour in class over the school year.',
      findings: [
        { span: 'Pupils will develop resilience and improve their behaviour in class over the school year.' },
      ],
    },
  ],
});
