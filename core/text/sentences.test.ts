import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';

const texts = (t: string) => sentences(t).map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    [
      'We work with schools, e.g. in Leeds. Then we follow up.',
      ['We work with schools, e.g. in Leeds.', 'Then we follow up.'],
    ],
    ['Dr. Smith leads it. She is great.', ['Dr. Smith leads it.', 'She is great.']],
    ['It costs £2.5k. Fine.', ['It costs £2.5k.', 'Fine.']],
    ['A list:\n• first item\n• second item', ['A list:', '• first item', '• second item']],
    ['“Quoted.” Next one.', ['“Quoted.”', 'Next one.']],
    ['Ends without a stop', ['Ends without a stop']],
    ['J. Smith said so. Yes.', ['J. Smith said so.', 'Yes.']],
    ['about 3 p.m. today', ['about 3 p.m. today']],
    ['', []],
    ['   \n\n  ', []],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'First one.  Second one.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
