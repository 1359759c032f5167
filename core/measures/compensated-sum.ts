/**
 * Neumaier's compensated sum: a running correction keeps what plain addition rounds away, so 10,000 values add
 * up as accurately as a handful. Trend lines are built from sums of deviations, where that loss would show.
 */
export function compensatedSum(values: readonly number[]): number {
  let total = 0;
  let correction = 0;
  for (const value of values) {
    const next = total + value;
    correction += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  return total + correction;
}
