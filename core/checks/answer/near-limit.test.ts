import { ruleTester } from '../rule-tester';
import rule from './near-limit';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

ruleTester(rule, {
  valid: [
    { name: '224 of 250 words', text: words(224), limit: { max: 250, unit: 'words' } },
    { name: 'over the limit (that is over-limit)', text: words(260), limit: { max: 250, unit: 'words' } },
    { name: 'no limit', text: words(1000), limit: null },
    { name: 'an empty answer', text: '', limit: { max: 10, unit: 'words' } },
    { name: 'half the characters', text: 'x'.repeat(250), limit: { max: 500, unit: 'characters' } },
  ],
  invalid: [
    {
      name: '225 of 250 words (90%)',
      text: words(225),
      limit: { max: 250, unit: 'words' },
      findings: [{ span: null, message: '225 of 250 words: 25 left.' }],
    },
    {
      name: 'exactly at the limit',
      text: words(250),
      limit: { max: 250, unit: 'words' },
      findings: [{ span: null, message: '250 of 250 words: none left.' }],
    },
    {
      name: '95 of 100 words',
      text: words(95),
      limit: { max: 100, unit: 'words' },
      findings: [{ span: null, message: '95 of 100 words: 5 left.' }],
    },
    {
      name: '460 of 500 characters',
      text: 'x'.repeat(460),
      limit: { max: 500, unit: 'characters' },
      findings: [
        { span: null, message: /460 of 500 characters: 40 left\. Some portals count a line break as two/ },
      ],
    },
    {
      name: 'a 4,600-character limit nearly used',
      text: 'y'.repeat(4500),
      limit: { max: 4600, unit: 'characters' },
      findings: [{ span: null, message: /4,500 of 4,600 characters: 100 left/ }],
    },
    {
      name: '80 of 100 words, with the share the user sets',
      text: words(80),
      limit: { max: 100, unit: 'words' },
      config: { nearLimitShare: 0.8 },
      findings: [{ span: null }],
    },
  ],
});
