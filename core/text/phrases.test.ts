import { describe, expect, it } from 'vitest';
import { LABELLED_ANSWERS } from '../../tests/fixtures/answers/labelled';
import { CLAIM } from '../checks/answer/unsupported-claim';
import { CHANGE, changePhrases, OUTPUT, outputPhrases, reachPhrases, vaguePhrases } from './phrases';
import { matchesOf } from './spans';
import { TIMEFRAME } from './timeframes';

const texts = (found: { text: string }[]) => found.map((f) => f.text.toLowerCase());

describe('change phrases', () => {
  it.each([
    ['60% will move into work', 'move into'],
    ['reduce isolation', 'reduce'],
    ['Participants improve their confidence', 'improve'],
    ['fewer young people will be NEET', 'fewer young people'],
    ['they feel more confident', 'feel more'],
    ['will be in paid work', 'will be in paid work'],
    ['secure a job', 'secure a job'],
    ['stay in their tenancy', 'stay in their tenancy'],
    ['gain a qualification', 'gain'],
    ['more confident', 'more confident'],
    ['survivors will report feeling safer', 'feeling safer'],
    ['women will rebuild their lives', 'rebuild their lives'],
    ['members will live happier, healthier lives', 'live happier, healthier lives'],
    [
      '75% of the survivors we support through our IDVA service will report feeling safer',
      '75% of the survivors we support through our idva service will report',
    ],
  ])('finds %j', (text, phrase) => {
    expect(texts(changePhrases(text))).toContain(phrase);
  });

  it.each([
    'We will reach many more people than last year.',
    'We will continue to grow our volunteer base.',
    'We will deliver 40 workshops.',
    'We will build a new website.',
    'Sessions run on Tuesdays.',
    'We will develop a new toolkit for schools.',
    'Our team has ten years of experience.',
  ])('finds no change in %j', (text) => {
    expect(changePhrases(text)).toEqual([]);
  });

  // What the user wrote comes back, in their case, at the offsets they wrote it.
  it('gives the phrase as written, in any case, at its offsets', () => {
    const text = 'By 2027 Participants Will IMPROVE their confidence.';
    expect(changePhrases(text)).toEqual([{ start: 26, end: 33, text: 'IMPROVE' }]);
  });

  it('keeps offsets right beside a letter whose lower case is longer (a dotted capital İ)', () => {
    const text = 'İstanbul families will reduce debt';
    const [found] = changePhrases(text);
    expect(found && text.slice(found.start, found.end)).toBe('reduce');
  });
});

describe('output phrases', () => {
  it.each([
    ['We will deliver 40 workshops.', 'deliver 40 workshops'],
    ['run weekly sessions', 'run weekly sessions'],
    ['forty drop-in sessions', 'forty drop-in sessions'],
    ['We will hold monthly events', 'hold monthly events'],
    ['provide 300 food parcels', 'provide 300 food parcels'],
  ])('finds %j', (text, phrase) => {
    const found = outputPhrases(text);
    expect(found.length).toBeGreaterThan(0);
    expect(phrase.toLowerCase()).toContain(found[0]!.text.toLowerCase().split(' ')[1]!);
  });

  it.each([
    'Within 12 months of joining, 60% will say they have someone to turn to.',
    '60% will move into work.',
    'Young people will feel more confident.',
    'We measured it twice.',
    'Two thirds found jobs.',
    '',
  ])('finds no output in %j', (text) => {
    expect(outputPhrases(text)).toEqual([]);
  });
});

describe('reach phrases', () => {
  it.each([
    ['We will reach 200 young people', 'reach 200 young people'],
    ['work with 80 families each year', 'work with 80 families'],
    ['support over 150 older people', 'support over 150 older people'],
    ['300 pupils will take part', '300 pupils will take part'],
    ['We will engage forty parents', 'engage forty parents'],
  ])('finds %j', (text, phrase) => {
    expect(texts(reachPhrases(text))).toContain(phrase);
  });

  it.each([
    '60% will move into work',
    'We will support them to find jobs',
    'Our 12 staff',
    '200 young people moved into work',
    '',
  ])('finds no reach in %j', (text) => {
    expect(reachPhrases(text)).toEqual([]);
  });
});

describe('vague phrases', () => {
  it.each([
    ['raise awareness of mental health', 'raise awareness'],
    ['empower young people', 'empower'],
    ['make a real difference', 'make a real difference'],
    ['transform lives', 'transform lives'],
    ['have a positive impact', 'positive impact'],
    ['help them reach their full potential', 'reach their full potential'],
  ])('finds %j', (text, phrase) => {
    expect(texts(vaguePhrases(text))).toContain(phrase);
  });

  it.each([
    '60% will move into work',
    'reduce loneliness scores on the UCLA scale',
    'We are aware of the risks',
    'a different approach',
    '',
  ])('finds nothing vague in %j', (text) => {
    expect(vaguePhrases(text)).toEqual([]);
  });
});

describe('the word-start filter in front of the largest phrase lists', () => {
  const FILTER = '\\b(?=[a-z0-9])(?:';
  it.each([
    ['changes', CHANGE],
    ['outputs', OUTPUT],
    ['timeframes', TIMEFRAME],
    ['unsupported claims', CLAIM],
  ])('changes no match of the %s list on any labelled answer', (_, pattern) => {
    expect(pattern.source.startsWith(FILTER)).toBe(true);
    const plain = new RegExp(pattern.source.slice(FILTER.length, -1), pattern.flags);
    for (const { text } of LABELLED_ANSWERS) {
      expect(matchesOf(pattern, text), text.slice(0, 60)).toEqual(matchesOf(plain, text));
      const lower = text.toLowerCase();
      expect(matchesOf(pattern, lower)).toEqual(matchesOf(plain, lower));
    }
  });
});
