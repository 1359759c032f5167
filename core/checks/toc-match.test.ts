import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentStems } from './helpers';
import { meaningStems, meaningStemsBetween, sentenceMeaning } from './toc-match';

describe('contentStems', () => {
  it('stems content words, drops stop words and splits hyphenated words', () => {
    expect(
      [...contentStems('Young people’s confidence improved; long-term employment rose.')].sort(),
    ).toEqual(['confidence', 'employ', 'rose'].sort());
  });

  it('reads Latin letters beyond ASCII and ignores digits and symbols', () => {
    expect([...contentStems('Café owners 2026 £500 naïve')].sort()).toEqual(['café', 'naïve', 'owner']);
  });
});

describe('meaningStemsBetween: the words of a stretch of a sentence, from words read once', () => {
  const words = fc.constantFrom(
    'young',
    'people',
    'into',
    'in',
    'work',
    'jobs',
    'confidence',
    'self-esteem',
    'housing',
    '60%',
    'and',
    'will',
    'İstanbul',
    'families’',
    'training,',
    'sustained.',
  );
  const sentences = fc.array(words, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

  it('gives what reading the slice afresh gives, for any stretch between words', () => {
    fc.assert(
      fc.property(sentences, fc.nat(), fc.nat(), (sentence, a, b) => {
        const gaps = [0, ...[...sentence.matchAll(/ /g)].map((m) => m.index), sentence.length];
        const [from, to] = [gaps[a % gaps.length]!, gaps[b % gaps.length]!].sort((x, y) => x - y);
        const meaning = sentenceMeaning(sentence);
        expect([...meaningStemsBetween(meaning, from!, to!)].sort()).toEqual(
          [...meaningStems(sentence.slice(from, to))].sort(),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('merges synonyms and reads "into work" as a job', () => {
    expect([...meaningStems('Most moved into work')].sort()).toEqual(['job', 'mov']);
    expect(meaningStems('secured employment')).toEqual(meaningStems('secured a job'));
  });
});
