import { logGamma } from './log-gamma';

/** Stirling's series for ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π), to within 1e-16 from x = 15 up. */
function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0. Once one argument is large, ln Γ(big) and
 * ln Γ(big + small) are large, nearly equal numbers whose difference would keep only a few digits; their
 * difference is then taken from Stirling's series term by term: −s ln B − (B + s − ½) ln(1 + s/B) + s + the
 * corrections. The t distribution needs B(ν/2, ½) for ν in the millions.
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const big = Math.max(a, b);
  if (big < 15) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const difference =
    -small * Math.log(big) -
    (big + small - 0.5) * Math.log1p(small / big) +
    small +
    stirlingCorrection(big) -
    stirlingCorrection(big + small);
  return logGamma(small) + difference;
}
