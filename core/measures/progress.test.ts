import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeasureError } from './errors';
import { progress } from './progress';

const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('progress', () => {
  it.each([
    { baseline: 28, target: 40, actual: 34, expected: 0.5 },
    { baseline: 28, target: 40, actual: 40, expected: 1 },
    { baseline: 28, target: 40, actual: 43, expected: 1.25 },
    { baseline: 28, target: 40, actual: 25, expected: -0.25 },
    // A decreasing target: weeks to a job should fall from 22 to 16.
    { baseline: 22, target: 16, actual: 19, expected: 0.5 },
    { baseline: 22, target: 16, actual: 16, expected: 1 },
    { baseline: 22, target: 16, actual: 24, expected: -1 / 3 },
    // Percent indicators hold fractions.
    { baseline: 0.45, target: 0.6, actual: 0.6, expected: 1 },
    { baseline: -5, target: 5, actual: 0, expected: 0.5 },
  ])('from $baseline to $target, at $actual is $expected', ({ baseline, target, actual, expected }) => {
    expect(progress(baseline, target, actual)).toBeCloseTo(expected, 14);
  });

  it('is exactly 0 at the baseline and exactly 1 at the target for any baseline ≠ target', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (baseline, target) => {
        fc.pre(baseline !== target);
        expect(Object.is(progress(baseline, target, baseline), 0)).toBe(true);
        expect(progress(baseline, target, target)).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not overflow between the largest figures', () => {
    expect(progress(-1e308, 1e308, 0)).toBe(0.5);
    expect(progress(-1e308, 1e308, 1e308)).toBe(1);
  });

  it('rises with actual when the target is above the baseline, and falls when it is below', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer(),
        fc.integer(),
        (b, gap, a1, a2) => {
          const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
          expect(progress(b, b + gap, low)).toBeLessThanOrEqual(progress(b, b + gap, high));
          expect(progress(b, b - gap, low)).toBeGreaterThanOrEqual(progress(b, b - gap, high));
        },
      ),
    );
  });

  it('refuses a target equal to the baseline, saying why', () => {
    expect(() => progress(40, 40, 41)).toThrow(
      new MeasureError(
        'Target equals baseline (40): progress cannot be measured. Set a target that differs from the baseline.',
      ),
    );
  });
});
