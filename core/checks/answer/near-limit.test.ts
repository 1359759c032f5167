import { describe, expect, it } from 'vitest';
import check from './near-limit';
import { findingsOf } from './test-support';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('near-limit', () => {
  it.each([
    [
      '225 of 250 words (90%)',
      words(225),
      { max: 250, unit: 'words' as const },
      '225 of 250 words: 25 left.',
    ],
    [
      'exactly at the limit',
      words(250),
      { max: 250, unit: 'words' as const },
      '250 of 250 words: none left.',
    ],
    ['95 of 100 words', words(95), { max: 100, unit: 'words' as const }, '95 of 100 words: 5 left.'],
    [
      '460 of 500 characters',
      'x'.repeat(460),
      { max: 500, unit: 'characters' as const },
      /460 of 500 characters: 40 left\. Some portals count a line break as two/,
    ],
    [
      'a 4,600-character limit nearly used',
      'y'.repeat(4500),
      { max: 4600, unit: 'characters' as const },
      /4,500 of 4,600 characters: 100 left/,
    ],
  ])('notes %s', (_, text, limit, message) => {
    const [finding] = findingsOf(check, text, { limit });
    expect(finding).toMatchObject({ checkId: 'near-limit', severity: 'info' });
    expect(finding!.message).toMatch(message);
  });

  it.each([
    ['224 of 250 words', words(224), { max: 250, unit: 'words' as const }],
    ['over the limit (that is over-limit)', words(260), { max: 250, unit: 'words' as const }],
    ['no limit', words(1000), null],
    ['an empty answer', '', { max: 10, unit: 'words' as const }],
    ['half the characters', 'x'.repeat(250), { max: 500, unit: 'characters' as const }],
  ])('stays silent for %s', (_, text, limit) => {
    expect(findingsOf(check, text, { limit })).toEqual([]);
  });

  it('uses the share the user sets', () => {
    expect(
      findingsOf(check, words(80), { limit: { max: 100, unit: 'words' }, config: { nearLimitShare: 0.8 } }),
    ).toHaveLength(1);
  });
});
