import { describe, expect, it } from 'vitest';
import { countText, countWords } from './count';

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
