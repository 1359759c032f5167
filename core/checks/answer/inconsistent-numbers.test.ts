import { answer } from '../rule-cases';
import { ruleTester } from '../rule-tester';
import rule from './inconsistent-numbers';

const beneficiaries = (text: string) => answer(text, 'beneficiaries', null, 'who');
const BENEFICIARIES_QUESTION = /Who will benefit from this project\?/;

ruleTester(rule, {
  valid: [
    {
      name: 'the same figure twice',
      text: 'We will work with 200 young people each year.',
      kind: 'activities',
      others: [beneficiaries('We will reach 200 young people each year.')],
    },
    {
      name: 'a year against three years',
      text: 'We will work with 200 young people each year.',
      kind: 'activities',
      others: [beneficiaries('Over three years we will reach 600 young people.')],
    },
    {
      name: 'a total against a subset with an outcome',
      text: 'We will work with 200 young people.',
      kind: 'activities',
      others: [beneficiaries('120 young people will move into work.')],
    },
    {
      name: 'different groups',
      text: 'We will support 80 families.',
      kind: 'activities',
      others: [beneficiaries('We will work with 200 young people.')],
    },
    {
      name: 'numbers that are not people reached',
      text: 'We will run 40 workshops for 200 young people.',
      kind: 'activities',
      others: [beneficiaries('We will deliver 60 workshops.')],
    },
    { name: 'no other answer', text: 'We will work with 200 young people.', kind: 'activities', others: [] },
  ],
  invalid: [
    {
      text: 'We will work with 200 young people each year.',
      kind: 'activities',
      others: [beneficiaries('We will reach 250 young people each year.')],
      findings: [{ span: '200', message: BENEFICIARIES_QUESTION }],
    },
    {
      text: 'The project will support 80 families.',
      kind: 'activities',
      others: [beneficiaries('We will work with 100 families referred by schools.')],
      findings: [{ span: '80', message: BENEFICIARIES_QUESTION }],
    },
    {
      text: 'We will engage 40 older people in Holbeck.',
      kind: 'activities',
      others: [beneficiaries('Our lunch club will reach 60 older people.')],
      findings: [{ span: '40', message: BENEFICIARIES_QUESTION }],
    },
    {
      text: 'Over three years we will support 600 young people.',
      kind: 'activities',
      others: [beneficiaries('Over three years we will help 450 young people.')],
      findings: [{ span: '600', message: BENEFICIARIES_QUESTION }],
    },
    {
      text: 'We will train 30 volunteers.',
      kind: 'activities',
      others: [beneficiaries('We plan to recruit 25 volunteers from the estate.')],
      findings: [{ span: '30', message: BENEFICIARIES_QUESTION }],
    },
  ],
});
