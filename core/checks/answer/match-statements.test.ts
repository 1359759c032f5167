import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentStems, stemOrStop } from './helpers';
import { meaningStems, meaningStemsBetween, sentenceMeaning } from './match-statements';

describe('contentStems', () => {
  it('stems content words, drops stop words and splits hyphenated words', () => {
    expect(
      [...contentStems('Young people’s confidence improved; long-term employment rose.')].sort(),
    ).toEqual(['confidence', 'employ', 'rose'].sort());
  });

  // The definition the character loop replaced, kept as the oracle: content words by regular expression.
  function byRegularExpression(text: string): Set<string> {
    const out = new Set<string>();
    for (const [match] of text.toLowerCase().matchAll(/[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’-]*/g)) {
      const word = match.endsWith("'s") || match.endsWith('’s') ? match.slice(0, -2) : match;
      for (const part of word.split('-')) {
        const s = stemOrStop(part);
        if (s !== null) out.add(s);
      }
    }
    return out;
  }

  it('finds the words the regular-expression definition finds, in any text', () => {
    const pieces = fc.constantFrom(
      'Young',
      'people',
      "people's",
      'people’s',
      'families’',
      'self-esteem',
      'long-term',
      "'s",
      '-',
      ' ',
      '.',
      '3',
      'É',
      'café',
      'x',
      'İ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect([...contentStems(text)].sort()).toEqual([...byRegularExpression(text)].sort());
      }),
      { numRuns: 500 },
    );
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
