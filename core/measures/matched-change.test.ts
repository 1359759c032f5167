import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowError } from './errors';
import { matchedChange, type StageScore } from './matched-change';

// Student's sleep data, R's `sleep`: extra hours of sleep for patients 1 to 10 under each of two drugs.
const DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

const sleep: StageScore[] = [
  ...DRUG_1.map((score, i) => ({ participant: `P${i + 1}`, stage: 'start', score })),
  ...DRUG_2.map((score, i) => ({ participant: `P${i + 1}`, stage: 'end', score })),
];

describe('matchedChange', () => {
  /*
   * R's t.test(extra ~ group, data = sleep, paired = TRUE): mean of the differences (drug 1 − drug 2) −1.58, 95
   * percent confidence interval −2.4598858 to −0.7001142, df = 9. The change here is end − start, drug 2 − drug 1.
   */
  it('gives R’s paired t interval for the sleep data', () => {
    const c = matchedChange(sleep, { from: 'start', to: 'end' });
    expect(c.matched).toBe(10);
    expect(c.participants).toBe(10);
    expect(c.meanChange).toBeCloseTo(1.58, 14);
    expect(c.lower).toBeCloseTo(0.7001142, 7);
    expect(c.upper).toBeCloseTo(2.4598858, 7);
    expect(c.unmatched).toEqual([]);
  });

  it('leaves out, counts and describes those scored at one stage only', () => {
    const c = matchedChange(
      [
        ...sleep,
        { participant: 'P11', stage: 'start', score: 2 },
        { participant: 'P12', stage: 'Start ', score: 9 },
        { participant: 'P13', stage: 'END', score: -40 },
        { participant: 'P1', stage: 'follow-up', score: 100 },
      ],
      { from: 'start', to: 'end' },
    );
    expect(c).toMatchObject({ participants: 13, matched: 10, missingTo: 2, missingFrom: 1 });
    expect(c.meanChange).toBeCloseTo(1.58, 14);
    expect(c.unmatched).toEqual(['2 of 13 have no end score', '1 of 13 has no start score']);
  });

  it('names a participant scored twice at one stage, with the records, instead of averaging', () => {
    const twice = [...sleep, { participant: 'P4', stage: 'end', score: 3 }];
    const run = () => matchedChange(twice, { from: 'start', to: 'end' });
    expect(run).toThrow(
      'Participant "P4" has 2 "end" scores (records 14 and 21). Keep one score per participant and stage, or give the others their own stage.',
    );
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(RowError);
      expect((error as RowError).rows).toEqual([14, 21]);
      expect((error as RowError).renumbered((r) => r + 1).message).toContain('records 15 and 22');
    }
  });

  it('names up to three participants scored twice, and counts the rest', () => {
    const repeats = ['P1', 'P2', 'P3', 'P4', 'P5'].map((participant) => ({
      participant,
      stage: 'start',
      score: 0,
    }));
    expect(() => matchedChange([...sleep, ...repeats], { from: 'start', to: 'end' })).toThrow(
      /^Participant "P1" has 2 "start" scores \(records 1 and 21\); participant "P2" .*; and 2 more participants likewise\./,
    );
  });

  it('needs two participants scored at both stages', () => {
    expect(() => matchedChange(sleep.slice(0, 11), { from: 'start', to: 'end' })).toThrow(
      'Only 1 of 10 participants has scores at both start and end: a change needs at least two.',
    );
    expect(() => matchedChange(sleep, { from: 'before', to: 'after' })).toThrow(
      'No scores are for the stages "before" or "after": check how the stages are named.',
    );
    expect(() => matchedChange(sleep, { from: 'start', to: ' Start' })).toThrow(
      'The two stages are both "start": a change needs two different stages.',
    );
  });

  it('gives the same answer, to the last bit, whatever the order of the records', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -50, max: 50, noNaN: true }),
            fc.double({ min: -50, max: 50, noNaN: true }),
          ),
          {
            minLength: 2,
            maxLength: 30,
          },
        ),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (pairs, keys) => {
          const records = pairs.flatMap(([a, b], i) => [
            { participant: `P${i}`, stage: 'start', score: a },
            { participant: `P${i}`, stage: 'end', score: b },
          ]);
          const shuffled = records
            .map((r, i) => ({ r, k: keys[i]! }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.r);
          expect(matchedChange(shuffled, { from: 'start', to: 'end' })).toEqual(
            matchedChange(records, { from: 'start', to: 'end' }),
          );
        },
      ),
    );
  });

  it('names a record without a participant or a score', () => {
    expect(() =>
      matchedChange([...sleep, { participant: ' ', stage: 'end', score: 1 }], { from: 'start', to: 'end' }),
    ).toThrow('Record 21 has no participant ID, so it cannot be matched.');
    expect(() =>
      matchedChange([...sleep, { participant: 'P30', stage: 'end', score: Number.NaN }], {
        from: 'start',
        to: 'end',
      }),
    ).toThrow('Record 21: Score must be a number, found something that is not a number (NaN).');
  });
});
