import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charactersEnd, countText, countWords, wordStart } from './count';

describe('countWords: runs of non-space characters, as portals and Word count', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['long-term outcomes', 2],
    ['£3,000 for 1.2k people', 4],
    ['We will – in year one – start.', 8],
    ['line one\nline two\r\nline three', 6],
    ['non\u00a0breaking\u00a0spaces', 3],
    ['“smart quotes” and ‘single’ ones', 5],
    ['emoji 😀 count as a word', 6],
    ['tabs\tand\t\ttabs', 3],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('countText: characters as a textarea counts them, line breaks as the portal does', () => {
  it('counts UTF-16 code units, like maxlength', () => {
    expect(countText('abc').characters).toBe(3);
    expect(countText('😀').characters).toBe(2);
    expect(countText('é').characters).toBe(1);
  });

  it('counts a line break as one character in the browser and two where the portal says so', () => {
    expect(countText('a\nb').characters).toBe(3);
    expect(countText('a\nb', { lineBreak: 2 }).characters).toBe(4);
    expect(countText('a\r\nb').characters).toBe(3);
    expect(countText('a\r\nb', { lineBreak: 2 }).characters).toBe(4);
  });

  it('counts characters without spaces too', () => {
    expect(countText('a b\u00a0c\nd\te').charactersWithoutSpaces).toBe(5);
  });
});

describe('wordStart: where the nth word starts, words as countWords counts them', () => {
  it.each([
    ['one two three', 1, 0],
    ['one two three', 3, 8],
    ['one two three', 4, 13],
    ['  one', 1, 2],
    ['one\r\ntwo', 2, 5],
    ['\u200b', 1, 1],
    ['a \u200b b', 2, 4],
    ['', 1, 0],
  ])('%j: word %i starts at %i', (text, n, at) => {
    expect(wordStart(text, n)).toBe(at);
  });
});

describe('charactersEnd: where the first n counted characters end, counted as countText counts them', () => {
  it.each([
    ['abcdef', 3, 1, 3],
    ['abc', 5, 1, 3],
    ['ab\ncd', 3, 2, 2],
    ['ab\ncd', 4, 2, 3],
    ['ab\r\ncd\r\nefgh', 10, 2, 10],
    ['ab\r\ncd\r\nefgh', 10, 1, 12],
    ['ab\r\ncd', 3, 1, 4],
    ['ab\rcd', 4, 2, 3],
  ] as const)('%j, %i characters, line break %i: ends at %i', (text, n, lineBreak, at) => {
    expect(charactersEnd(text, n, { lineBreak })).toBe(at);
    // Agrees with the count: what is before the offset counts at most n.
    expect(countText(text.slice(0, at), { lineBreak }).characters).toBeLessThanOrEqual(n);
  });
});

describe('countWords and wordStart agree with the definition: runs of anything but \\s and the zero-width space', () => {
  // The definition portals use, as a regular expression: the character loop must count exactly what it counts.
  const definition = /[^\s\u200b]+/g;
  const pieces = fc.constantFrom(
    'word',
    'é',
    '😀',
    '£3,000',
    '-',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u200b',
    '\u2028',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\u0085',
    '\u180e',
  );
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('counts the same words', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countWords(text)).toBe(text.match(definition)?.length ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('finds each word where the definition starts it', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 12 }), (text, n) => {
        const starts = [...text.matchAll(definition)].map((m) => m.index);
        expect(wordStart(text, n)).toBe(starts[n - 1] ?? text.length);
      }),
      { numRuns: 500 },
    );
  });
});
