import { describe, expect, it } from 'vitest';
import check from './over-limit';
import { findingsOf } from './test-support';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('over-limit', () => {
  it.each([
    ['251 words against 250', words(251), { max: 250, unit: 'words' as const }],
    ['a long answer against 100 words', words(400), { max: 100, unit: 'words' as const }],
    ['501 characters against 500', 'x'.repeat(501), { max: 500, unit: 'characters' as const }],
    [
      'an emoji that tips it over (two code units)',
      `${'x'.repeat(499)}😀`,
      { max: 500, unit: 'characters' as const },
    ],
    [
      'pasted Word text with non-breaking spaces',
      `${words(49)}\u00a0and\u00a0more`,
      { max: 50, unit: 'words' as const },
    ],
    [
      'a 100,000-character answer',
      'Young people move into work. '.repeat(3500),
      { max: 4000, unit: 'characters' as const },
    ],
  ])('flags %s', (_, text, limit) => {
    const [finding] = findingsOf(check, text, { limit });
    expect(finding).toMatchObject({ checkId: 'over-limit', severity: 'error' });
    expect(finding!.span!.end).toBe(text.length);
  });

  it('highlights exactly what is beyond the limit', () => {
    const text = 'one two three four five six';
    const [finding] = findingsOf(check, text, { limit: { max: 4, unit: 'words' } });
    expect(text.slice(finding!.span!.start)).toBe('five six');
    expect(finding!.message).toBe(
      '6 words: 2 over the 4-word limit. Portals refuse or cut off what is over; the highlighted text is beyond the limit.',
    );
  });

  it('counts a line break as two characters where the portal does', () => {
    const text = `${'x'.repeat(9)}\ny`;
    expect(findingsOf(check, text, { limit: { max: 11, unit: 'characters' } })).toEqual([]);
    expect(
      findingsOf(check, text, {
        limit: { max: 11, unit: 'characters' },
        config: { countRule: { lineBreak: 2 } },
      }),
    ).toHaveLength(1);
  });

  it.each([
    ['pasted Windows line breaks (CR LF), two characters each', 'ab\r\ncd\r\nefgh', 2, 'gh'],
    ['pasted Windows line breaks (CR LF), one character each', 'ab\r\ncd\r\nefgh\r\nijk', 1, '\r\nijk'],
  ] as const)('highlights from where the count passes the limit: %s', (_, text, lineBreak, beyond) => {
    const [finding] = findingsOf(check, text, {
      limit: { max: 10, unit: 'characters' },
      config: { countRule: { lineBreak } },
    });
    expect(finding!.message).toMatch(/ over the 10-character limit/);
    expect(text.slice(finding!.span!.start)).toBe(beyond);
  });

  it.each([
    ['a zero-width space between words', 'one \u200b two three', 'three'],
    ['a zero-width space at the start', '\u200b one two three', 'three'],
  ])('does not count %s as a word', (_, text, beyond) => {
    const [finding] = findingsOf(check, text, { limit: { max: 2, unit: 'words' } });
    expect(finding!.message).toMatch(/^3 words: 1 over/);
    expect(text.slice(finding!.span!.start)).toBe(beyond);
  });

  it.each([
    ['exactly at the limit', words(250), { max: 250, unit: 'words' as const }],
    ['well under', words(10), { max: 250, unit: 'words' as const }],
    ['an empty answer', '', { max: 250, unit: 'words' as const }],
    ['500 characters against 500', 'x'.repeat(500), { max: 500, unit: 'characters' as const }],
    ['a question with no limit', words(5000), null],
    [
      'many words but few characters, against a character limit',
      'a '.repeat(200),
      { max: 400, unit: 'characters' as const },
    ],
  ])('stays silent for %s', (_, text, limit) => {
    expect(findingsOf(check, text, { limit })).toEqual([]);
  });
});
