import { describe, expect, it } from 'vitest';
import { timeframes } from './timeframes';

describe('timeframes', () => {
  it.each([
    'by March 2027',
    'within 12 months',
    'within six months of leaving',
    'each year',
    'over three years',
    'by the end of the grant',
    'by the end of the programme',
    'six months after leaving',
    'in year two',
    'by 2028',
    'in the first year',
    'annually',
    'by spring 2027',
    'at 6 months',
    'on completion',
    'in 2025-26',
    'by the time they leave',
    'this year',
    'next year',
    'in the coming year',
    'by the end of their counselling',
    'leave the course',
    'within three quarters of starting',
    'over the next three quarters of the grant',
  ])('finds %j', (phrase) => {
    const found = timeframes(`Young people will move into work ${phrase}, we expect.`);
    // The match may stop short of the whole phrase ("within six months" of "within six months of leaving").
    expect(found.some((t) => phrase.toLowerCase().startsWith(t.text.toLowerCase()))).toBe(true);
    expect(found.every((t) => t.specific)).toBe(true);
  });

  it.each([
    'Young people will feel more confident.',
    'We run weekly sessions.',
    'We have 12 staff.',
    'Over 200 young people took part.',
    'Our team of three mentors works daily.',
    'We aim for three quarters of them to feel more connected.',
    'A quarter of participants will feel more connected.',
    'Families will be £1,900 a year better off.',
  ])('finds no timeframe in %j', (text) => {
    expect(timeframes(text).filter((t) => t.specific)).toEqual([]);
  });

  it('finds "in the long term" but does not count it as specific', () => {
    const [found] = timeframes('In the long term, fewer people will be homeless.');
    expect(found).toMatchObject({ text: 'long term', specific: false });
  });
});
