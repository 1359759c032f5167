import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { inverseNormalCdf } from './inverse-normal-cdf';

describe('inverseNormalCdf', () => {
  /*
   * Reference quantiles computed independently as √2 · erfinv(2p − 1) with mpmath at 40 significant digits (700
   * for 1e-300), written here as the nearest double.
   */
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.95, 1.6448536269514726],
    [0.975, 1.9599639845400543],
    [0.995, 2.575829303548901],
    [0.999, 3.0902323061678136],
    [0.025, -1.9599639845400543],
    [1e-10, -6.361340902404057],
    [1e-12, -7.034483825301132],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(Math.abs(inverseNormalCdf(p) - z)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(z)));
  });

  // HyperFormula's own approximation drifts in the far tails (1.3e-6 off at p = 1e-12 against mpmath), so it
  // is a referee only between 1e-6 and 1 − 1e-6.
  it('agrees with HyperFormula’s NORM.S.INV to 1e-9 between 1e-6 and 1 − 1e-6', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
    hf.addSheet('Sheet1');
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        const expected = hf.calculateFormula(`=NORM.S.INV(${p})`, 0) as number;
        expect(Math.abs(inverseNormalCdf(p) - expected)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 500 },
    );
    hf.destroy();
  });

  it('is antisymmetric about one half and never falls as p rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        (p, q) => {
          expect(inverseNormalCdf(p)).toBeCloseTo(-inverseNormalCdf(1 - p), 9);
          if (p < q) expect(inverseNormalCdf(p)).toBeLessThanOrEqual(inverseNormalCdf(q));
        },
      ),
    );
  });
});
