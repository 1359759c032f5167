import { describe, expect, it } from 'vitest';
import { HOLDOUT_ANSWERS } from '../../tests/fixtures/answers/holdout';
import { LABELLED_ANSWERS } from '../../tests/fixtures/answers/labelled';
import { realisticApplication } from '../../tests/fixtures/applications/realistic-application';
import { parseFractionWords, parseNumberWords } from './number-words';
import { mayHoldShare, quantities, singular } from './quantities';
import { sentences } from './sentences';

const first = (t: string) => quantities(t)[0];

describe('numbers in words', () => {
  it.each([
    ['forty', 40],
    ['forty-five', 45],
    ['two hundred and fifty', 250],
    ['a hundred', 100],
    ['a dozen', 12],
    ['three thousand', 3000],
    ['one thousand two hundred', 1200],
    ['nineteen', 19],
  ])('%s is %i', (words, n) => {
    expect(parseNumberWords(words)).toBe(n);
  });

  it.each([
    ['half', 0.5],
    ['a third', 1 / 3],
    ['two thirds', 2 / 3],
    ['three quarters', 0.75],
    ['a fifth', 0.2],
  ])('%s is %f', (words, n) => {
    expect(parseFractionWords(words)).toBeCloseTo(n, 10);
  });
});

describe('quantities', () => {
  it.each([
    ['We will reach 200 young people.', { value: 200, unit: 'count', noun: 'young people', head: 'people' }],
    ['1,200 families', { value: 1200, unit: 'count', head: 'family' }],
    ['over 1.2k learners', { value: 1200, unit: 'count', head: 'learner' }],
    ['forty workshops', { value: 40, unit: 'count', head: 'workshop' }],
    ['We had zero exclusions last year.', { text: 'zero', value: 0, unit: 'count', noun: 'exclusions' }],
    ['Zero young people', { text: 'Zero', value: 0, unit: 'count', noun: 'young people' }],
    ['62% of leavers', { value: 0.62, unit: 'percent', noun: 'leavers' }],
    ['12.5 per cent', { value: 0.125, unit: 'percent' }],
    ['one in five children', { value: 0.2, unit: 'percent', achieved: 1, outOf: 5, noun: 'children' }],
    ['87 of 140 young people', { value: 87 / 140, unit: 'percent', achieved: 87, outOf: 140 }],
    ['two thirds of participants', { value: 2 / 3, unit: 'percent', noun: 'participants' }],
    ['£45,000', { value: 45000, unit: 'money', currency: '£' }],
    ['$1.5m', { value: 1_500_000, unit: 'money', currency: '$' }],
    ['€40k', { value: 40_000, unit: 'money', currency: '€' }],
    ['3,000 pounds', { value: 3000, unit: 'money', currency: '£' }],
    ['12 weeks', { value: 12, unit: 'duration' }],
    ['a 12-week course', { value: 12, unit: 'duration' }],
    ['six months', { value: 6, unit: 'duration' }],
    ['in 2026', { value: 2026, unit: 'year' }],
    ['March 2027', { value: 2027, unit: 'year' }],
    ['aged 16 to 24', { value: 16, unit: 'age' }],
    ['18-year-olds', { value: 18, unit: 'age' }],
    // A whole or more is not a share: "four quarters" is a year, "three halves" a count of halves.
    ['Over the last four quarters', { text: 'four', value: 4, unit: 'duration', head: 'quarter' }],
    ['two halves of the year', { text: 'two', value: 2, unit: 'count' }],
    ['still in work 26 weeks later', { value: 26, unit: 'duration', noun: 'weeks' }],
    ['a four-week placement', { text: 'four', value: 4, unit: 'duration' }],
    ['one-to-one mentoring for 40 young people', { value: 40, unit: 'count', noun: 'young people' }],
    ['a one-off payment to three families', { value: 3, unit: 'count', noun: 'families' }],
    ['up from 140 in 2021', { text: '140', value: 140, unit: 'count' }],
    ['a third of families', { value: 1 / 3, unit: 'percent', noun: 'families' }],
    ['we cut waiting times by a third.', { value: 1 / 3, unit: 'percent' }],
    ['Around a third have no GCSEs', { value: 1 / 3, unit: 'percent' }],
    ['31% had been in prison', { value: 0.31, unit: 'percent', noun: '' }],
    ['sixty per cent of members', { text: 'sixty per cent', value: 0.6, unit: 'percent', noun: 'members' }],
    ['Forty-five percent of tenants', { value: 0.45, unit: 'percent', noun: 'tenants' }],
    ['rate their confidence at 4 or 5 out of 5', { text: '4', value: 4, unit: 'count' }],
    ['four out of five parents', { value: 0.8, unit: 'percent', noun: 'parents' }],
    ['Retention stands at 9 out of 10 leavers', { value: 0.9, unit: 'percent' }],
    ['We supported 2000 women', { value: 2000, unit: 'count', noun: 'women' }],
    ['We will create 12 paid placements', { value: 12, unit: 'count', noun: 'paid placements' }],
    ['a third now have a job', { value: 1 / 3, unit: 'percent' }],
    ['A quarter still live alone', { value: 0.25, unit: 'percent' }],
    ['half the group', { value: 0.5, unit: 'percent' }],
    ['41% said they often felt lonely', { value: 0.41, unit: 'percent', noun: '' }],
    ['57% now', { value: 0.57, unit: 'percent', noun: '' }],
    ['Artist fees (40 sessions × £250)', { value: 40, unit: 'count', noun: 'sessions' }],
    ['in our 2025 survey of members', { value: 2025, unit: 'year' }],
    ['2000 staff', { value: 2000, unit: 'count' }],
    ['six months whether the change lasted', { value: 6, unit: 'duration', noun: 'months' }],
  ])('reads %j', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it.each([
    ['No numbers here.'],
    ['one of our mentors'],
    ['31/03/2026'],
    ['at 10:30'],
    ['version 2.1.3'],
    [''],
  ])('finds nothing countable in %j', (text) => {
    expect(quantities(text).filter((q) => q.unit === 'count' || q.unit === 'percent')).toEqual([]);
  });

  // Fraction words that are not shares: periods, verbs, ordinals, durations.
  it.each([
    ['We review every concern each quarter.'],
    ['Peer support halves the risk of relapse.'],
    ['People referred for a third food parcel.'],
    ['Sessions last half an hour.'],
    ['a half-day workshop'],
    ['Over the last four quarters'],
    ['rate their confidence at 4 or 5 out of 5'],
  ])('reads no share in %j', (text) => {
    expect(quantities(text).filter((q) => q.unit === 'percent')).toEqual([]);
  });

  it('does not count the end of a span of years', () => {
    expect(quantities('In 2024–25, 72% of our residents').map((q) => q.text)).toEqual(['2024', '72%']);
  });

  // mayHoldShare lets callers skip reading numbers: a text it turns down must hold no share at all.
  it.each([
    ['labelled answers', LABELLED_ANSWERS.map((a) => a.text)],
    ['holdout answers', HOLDOUT_ANSWERS.map((a) => a.text)],
    ['a realistic application', realisticApplication(5_000).map((a) => a.text)],
  ])('finds no share in a sentence mayHoldShare turns down, on the %s', (_, texts) => {
    let turnedDown = 0;
    let shares = 0;
    for (const text of texts) {
      for (const sentence of sentences(text)) {
        const found = quantities(sentence.text).filter((q) => q.unit === 'percent');
        shares += found.length;
        if (mayHoldShare(sentence.text)) continue;
        turnedDown++;
        expect(found, sentence.text).toEqual([]);
      }
    }
    expect(turnedDown).toBeGreaterThan(0);
    expect(shares).toBeGreaterThan(0);
  });

  it.each([
    ['62%'],
    ['12.5 per cent'],
    ['5percent'],
    ['one in five'],
    ['87 of 140'],
    ['three out of a hundred'],
    ['two thirds'],
    ['half the group'],
    ['NINE IN TEN'],
  ])('lets %j through to be read', (text) => {
    expect(quantities(text).some((q) => q.unit === 'percent')).toBe(true);
    expect(mayHoldShare(text)).toBe(true);
  });

  it('keeps offsets into the text', () => {
    const text = 'Of 140 leavers, 87 found work (62%).';
    for (const q of quantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('singularises the head noun', () => {
    expect(singular('families')).toBe('family');
    expect(singular('people')).toBe('people');
    expect(singular('classes')).toBe('class');
    expect(singular('workshops')).toBe('workshop');
  });
});
