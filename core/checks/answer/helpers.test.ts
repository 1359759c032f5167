import { describe, expect, it } from 'vitest';
import { TextAnalysis } from '../../text/analysis';
import { lastStartingAtOrBefore, overlaps } from '../../text/spans';
import { sentenceAround } from './helpers';

describe('sentenceAround', () => {
  const text = 'We will reach 200 people.  Most will find work.\n- a list item\n\nLast one here';
  const analysis = new TextAnalysis(text);

  // The definition it replaces: the last sentence starting before the span's end that overlaps it.
  function expected(start: number, end: number) {
    const before = analysis.sentences.filter((s) => s.start < end);
    for (let i = before.length - 1; i >= 0; i--) if (overlaps(before[i]!, { start, end })) return before[i]!;
    return { start, end, text: text.slice(start, end) };
  }

  it('gives the same sentence as a linear search for every span of the text', () => {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(sentenceAround(analysis, { start, end })).toEqual(expected(start, end));
      }
    }
  });

  it.each([
    ['200', 'We will reach 200 people.'],
    ['find', 'Most will find work.'],
    ['list', '- a list item'],
    ['here', 'Last one here'],
  ])('finds the sentence around %j', (word, sentence) => {
    const start = text.indexOf(word);
    expect(sentenceAround(analysis, { start, end: start + word.length }).text).toBe(sentence);
  });
});

describe('lastStartingAtOrBefore', () => {
  const spans = [
    { start: 2, end: 4 },
    { start: 5, end: 9 },
    { start: 9, end: 12 },
  ];
  it.each([
    [0, undefined],
    [2, 2],
    [4, 2],
    [5, 5],
    [9, 9],
    [100, 9],
  ])('at %i: the span starting at %s', (position, start) => {
    expect(lastStartingAtOrBefore(spans, position)?.start).toBe(start);
  });
});
