import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BreakdownRecord, breakdown, HIGHER_BEYOND_CHANCE, LOWER_BEYOND_CHANCE } from './breakdown';
import { RowError } from './errors';

/** `achieved` of `n` people in `group`, as records of 1 and 0. */
const people = (group: string, achieved: number, n: number): BreakdownRecord[] =>
  Array.from({ length: n }, (_, i) => ({ group, value: i < achieved ? 1 : 0 }));

const scored = (group: string, scores: readonly number[]): BreakdownRecord[] =>
  scores.map((value) => ({ group, value }));

// Student's sleep data, R's `sleep`: extra hours of sleep for ten patients under each of two drugs.
const DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('breakdown', () => {
  // Newcombe (1998), Table II (a): 56/70 − 48/80 = 0.2000, method 10 interval 0.0524 to 0.3339.
  it('compares each group with the rest by Newcombe’s interval and flags a difference beyond chance', () => {
    const b = breakdown([...people('Referred by school', 56, 70), ...people('Self-referred', 48, 80)], {
      measure: 'share',
    });
    expect(b.people).toBe(150);
    expect(b.whole).toMatchObject({ n: 150, figure: 104 / 150 });
    const [school, self] = b.groups;
    expect(school).toMatchObject({ group: 'Referred by school', n: 70, figure: 0.8 });
    expect(self).toMatchObject({ group: 'Self-referred', n: 80, figure: 0.6 });
    if (!school!.comparison.compared || !self!.comparison.compared) throw new Error('not compared');
    expect(school!.comparison.difference).toBeCloseTo(0.2, 15);
    expect(school!.comparison.lower.toFixed(4)).toBe('0.0524');
    expect(school!.comparison.upper.toFixed(4)).toBe('0.3339');
    expect(school!.comparison.flag).toBe(HIGHER_BEYOND_CHANCE);
    expect(self!.comparison.lower.toFixed(4)).toBe('-0.3339');
    expect(self!.comparison.upper.toFixed(4)).toBe('-0.0524');
    expect(self!.comparison.flag).toBe(LOWER_BEYOND_CHANCE);
    expect(b.suppressed).toEqual({ groups: 0, people: 0, note: '' });
  });

  // R's t.test(extra ~ group, data = sleep): Welch interval −3.3654832 to 0.2054832, which includes 0.
  it('compares means by Welch’s interval, and flags nothing the interval does not exclude', () => {
    const b = breakdown([...scored('Drug 1', DRUG_1), ...scored('Drug 2', DRUG_2)], { measure: 'mean' });
    const drug1 = b.groups[0]!;
    expect(drug1.figure).toBeCloseTo(0.75, 14);
    expect(drug1.n).toBe(10);
    if (!drug1.comparison.compared) throw new Error('not compared');
    expect(drug1.comparison.lower).toBeCloseTo(-3.3654832, 7);
    expect(drug1.comparison.upper).toBeCloseTo(0.2054832, 7);
    expect(drug1.comparison.flag).toBeNull();
    // R's t.test(sleep$extra): 1.54, 0.5955845 to 2.4844155.
    expect(b.whole!.lower).toBeCloseTo(0.5955845, 7);
    expect(b.whole!.upper).toBeCloseTo(2.4844155, 7);
  });

  it('hides a small group with the next smallest, and says so without the hidden figures', () => {
    const b = breakdown([...people('North', 30, 40), ...people('South', 2, 3), ...people('East', 5, 9)], {
      measure: 'share',
    });
    expect(b.groups.map((g) => g.group)).toEqual(['North']);
    expect(b.suppressed).toEqual({
      groups: 2,
      people: 12,
      note: '1 group with fewer than 5 people is not shown, nor is 1 larger group, so that it cannot be worked out from the total: 12 people in all, counted in the total.',
    });
    expect(b.whole).toMatchObject({ n: 52, figure: 37 / 52 });
    // North against everyone else, the hidden groups included: 30/40 against 7/12.
    const north = b.groups[0]!.comparison;
    if (!north.compared) throw new Error('not compared');
    expect(north.difference).toBeCloseTo(30 / 40 - 7 / 12, 15);
  });

  it('shows no figure at all for fewer people than the smallest group shown', () => {
    const b = breakdown([...people('A', 1, 2), ...people('B', 1, 2)], { measure: 'share' });
    expect(b.whole).toBeNull();
    expect(b.groups).toEqual([]);
    expect(b.suppressed.note).toBe('2 groups with fewer than 5 people are not shown: 4 people in all.');
  });

  it('takes the smallest group shown as a setting', () => {
    const records = [...people('A', 2, 3), ...people('B', 1, 3)];
    expect(breakdown(records, { measure: 'share' }).groups).toHaveLength(0);
    expect(breakdown(records, { measure: 'share', minGroup: 3 }).groups.map((g) => g.n)).toEqual([3, 3]);
    expect(() => breakdown(records, { measure: 'share', minGroup: 1 })).toThrow(
      'Smallest group shown must be a whole number of at least 2, found 1.',
    );
  });

  const record = fc.record({
    group: fc.constantFrom('Under 16', '16–17', '18–24', '25+', 'Not recorded'),
    value: fc.constantFrom(0, 1),
  });

  it('counts every record once: the groups shown and hidden add up to the whole', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 80 }),
        fc.integer({ min: 2, max: 8 }),
        (records, minGroup) => {
          const b = breakdown(records, { measure: 'share', minGroup });
          expect(b.groups.reduce((n, g) => n + g.n, 0) + b.suppressed.people).toBe(records.length);
          expect(b.people).toBe(records.length);
          if (b.whole) expect(b.whole.n).toBe(records.length);
          for (const g of b.groups) expect(g.n).toBeGreaterThanOrEqual(minGroup);
          if (b.suppressed.groups > 0 && b.groups.length > 0) {
            expect(b.suppressed.groups).toBeGreaterThanOrEqual(2);
            expect(b.suppressed.people).toBeGreaterThanOrEqual(minGroup);
          }
        },
      ),
    );
  });

  it('gives the same answer, to the last bit, whatever the order of the records', () => {
    const scores = fc.record({
      group: fc.constantFrom('A', 'B', 'C', 'D'),
      value: fc.double({ min: -100, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc
          .array(scores, { maxLength: 60 })
          .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
        ([records, shuffled]) => {
          expect(breakdown(shuffled, { measure: 'mean' })).toEqual(breakdown(records, { measure: 'mean' }));
          const shares = records.map((r) => ({ group: r.group, value: r.value > 0 ? 1 : 0 }));
          const shuffledShares = shuffled.map((r) => ({ group: r.group, value: r.value > 0 ? 1 : 0 }));
          expect(breakdown(shuffledShares, { measure: 'share' })).toEqual(
            breakdown(shares, { measure: 'share' }),
          );
        },
      ),
    );
  });

  it('names the record it cannot use', () => {
    const bad = () => breakdown([...people('A', 1, 5), { group: 'B', value: 2 }], { measure: 'share' });
    expect(bad).toThrow('Record 6: Achieved must be 1 (yes) or 0 (no), found 2.');
    expect(bad).toThrow(RowError);
    expect(() => breakdown([{ group: '  ', value: 1 }], { measure: 'share' })).toThrow(
      'Record 1: its group is a blank. Give every record a group, such as "Not recorded".',
    );
    expect(() => breakdown([{ group: 'A', value: Number.NaN }], { measure: 'mean' })).toThrow(
      'Record 1: Score must be a number, found something that is not a number (NaN).',
    );
  });
});
