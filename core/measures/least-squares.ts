import { compensatedSum } from './compensated-sum';
import { MeasureError, requireFiniteResult } from './errors';

/** The least-squares line, held as its slope and the point of means it passes through. */
export interface LeastSquaresLine {
  slope: number;
  meanX: number;
  meanY: number;
}

/**
 * Ordinary least squares of y on x, the line Sheets' SLOPE and FORECAST draw. Deviations from the means are
 * summed (two passes, compensated), not raw sums of squares: dates as day numbers are around 20,000, and
 * Σx² − (Σx)²/n would lose most of the digits that carry the slope.
 */
export function leastSquares(xs: readonly number[], ys: readonly number[]): LeastSquaresLine {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new MeasureError('A trend line needs at least two points.');
  const meanX = compensatedSum(xs) / n;
  const meanY = compensatedSum(ys) / n;
  const dx = xs.map((x) => x - meanX);
  const dy = ys.map((y) => y - meanY);
  const dxTotal = compensatedSum(dx);
  const dyTotal = compensatedSum(dy);
  // The correction terms are the rounding left in the means: zero in exact arithmetic, small but real in floats.
  const sxx = compensatedSum(dx.map((d) => d * d)) - (dxTotal * dxTotal) / n;
  const sxy = compensatedSum(dx.map((d, i) => d * dy[i]!)) - (dxTotal * dyTotal) / n;
  if (!(sxx > 0)) {
    throw new MeasureError('A trend line needs points at two or more different dates or positions.');
  }
  return {
    slope: requireFiniteResult(sxy / sxx, 'the trend'),
    meanX: requireFiniteResult(meanX, 'the trend'),
    meanY: requireFiniteResult(meanY, 'the trend'),
  };
}
