import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tInterval } from './t-interval';

describe('tInterval', () => {
  // t(0.975, 10) = 2.2281 and t(0.995, 10) = 3.1693, as four-decimal t tables print them.
  it('reaches t standard errors either side: 2.2281 at 95% and 3.1693 at 99% with 10 degrees of freedom', () => {
    const at95 = tInterval(0, 1, 10);
    expect(at95.upper.toFixed(4)).toBe('2.2281');
    expect(at95.lower.toFixed(4)).toBe('-2.2281');
    expect(tInterval(0, 1, 10, 0.99).upper.toFixed(4)).toBe('3.1693');
  });

  it('is centred on the estimate and scales with the standard error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (estimate, se, df) => {
          const { lower, upper } = tInterval(estimate, se, df);
          const unit = tInterval(0, 1, df);
          expect((lower + upper) / 2).toBeCloseTo(estimate, 6);
          expect(upper - lower).toBeCloseTo(se * (unit.upper - unit.lower), 6);
        },
      ),
    );
  });

  it('is the estimate itself when the standard error is 0', () => {
    expect(tInterval(4.5, 0, 3)).toEqual({ lower: 4.5, upper: 4.5 });
  });

  it('says how to enter a confidence typed as a percentage', () => {
    expect(() => tInterval(0, 1, 5, 95)).toThrow('Confidence is 95, but it is a share above 0 and below 1');
  });

  it('refuses an interval too wide to hold', () => {
    expect(() => tInterval(0, 1e307, 1, 0.999)).toThrow(/too large to work out the interval/);
  });
});
