import { ruleTester } from '../rule-tester';
import rule from './over-limit';

/** `n` distinct words, numbered from `from`. */
const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ');
const pasted = 'Young people move into work. '.repeat(3500);

ruleTester(rule, {
  valid: [
    { name: 'exactly at the limit', text: words(250), limit: { max: 250, unit: 'words' } },
    { name: 'well under', text: words(10), limit: { max: 250, unit: 'words' } },
    { name: 'an empty answer', text: '', limit: { max: 250, unit: 'words' } },
    { name: '500 characters against 500', text: 'x'.repeat(500), limit: { max: 500, unit: 'characters' } },
    { name: 'a question with no limit', text: words(5000), limit: null },
    {
      name: 'many words but few characters, against a character limit',
      text: 'a '.repeat(200),
      limit: { max: 400, unit: 'characters' },
    },
    // Portals that count a line break as one character take this; see the same answer with two below.
    {
      name: 'a line break counted as one character',
      text: `${'x'.repeat(9)}\ny`,
      limit: { max: 11, unit: 'characters' },
    },
  ],
  invalid: [
    {
      name: '251 words against 250',
      text: words(251),
      limit: { max: 250, unit: 'words' },
      findings: [{ span: 'word250' }],
    },
    {
      name: 'a long answer against 100 words',
      text: words(400),
      limit: { max: 100, unit: 'words' },
      findings: [{ span: words(300, 100) }],
    },
    {
      name: '501 characters against 500',
      text: 'x'.repeat(501),
      limit: { max: 500, unit: 'characters' },
      findings: [{ span: 'x' }],
    },
    // Counted in UTF-16 code units (two for the emoji), the emoji's second half is the one over.
    {
      name: 'an emoji that tips it over (two code units)',
      text: `${'x'.repeat(499)}😀`,
      limit: { max: 500, unit: 'characters' },
      findings: [{ span: '\ude00' }],
    },
    {
      name: 'pasted Word text with non-breaking spaces',
      text: `${words(49)}\u00a0and\u00a0more`,
      limit: { max: 50, unit: 'words' },
      findings: [{ span: 'more' }],
    },
    {
      name: 'a 100,000-character answer',
      text: pasted,
      limit: { max: 4000, unit: 'characters' },
      findings: [{ span: pasted.slice(4000) }],
    },
    {
      name: 'exactly what is beyond the limit',
      text: 'one two three four five six',
      limit: { max: 4, unit: 'words' },
      findings: [
        {
          span: 'five six',
          message:
            '6 words: 2 over the 4-word limit. Portals refuse or cut off what is over; the highlighted text is beyond the limit.',
        },
      ],
    },
    {
      name: 'a line break counted as two characters where the portal does',
      text: `${'x'.repeat(9)}\ny`,
      limit: { max: 11, unit: 'characters' },
      config: { countRule: { lineBreak: 2 } },
      findings: [{ span: 'y' }],
    },
    // The highlight starts where the count passes the limit.
    {
      name: 'pasted Windows line breaks (CR LF), two characters each',
      text: 'ab\r\ncd\r\nefgh',
      limit: { max: 10, unit: 'characters' },
      config: { countRule: { lineBreak: 2 } },
      findings: [{ span: 'gh', message: / over the 10-character limit/ }],
    },
    {
      name: 'pasted Windows line breaks (CR LF), one character each',
      text: 'ab\r\ncd\r\nefgh\r\nijk',
      limit: { max: 10, unit: 'characters' },
      config: { countRule: { lineBreak: 1 } },
      findings: [{ span: '\r\nijk', message: / over the 10-character limit/ }],
    },
    // A zero-width space is not a word.
    {
      name: 'a zero-width space between words',
      text: 'one \u200b two three',
      limit: { max: 2, unit: 'words' },
      findings: [{ span: 'three', message: /^3 words: 1 over/ }],
    },
    {
      name: 'a zero-width space at the start',
      text: '\u200b one two three',
      limit: { max: 2, unit: 'words' },
      findings: [{ span: 'three', message: /^3 words: 1 over/ }],
    },
  ],
});
