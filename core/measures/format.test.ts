import { describe, expect, it } from 'vitest';
import { formatFigure, formatMoney, formatShare, formatValue, monthYear, roundHalfAway } from './format';

describe('format', () => {
  it.each([
    [0.285 * 100, 0, 29], // 28.499999999999996 in binary, 28.5 as the user typed it
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-0.4, 0, 0],
  ])('rounds %s to %s decimals, half away from zero, as Sheets does: %s', (value, decimals, expected) => {
    expect(Object.is(roundHalfAway(value, decimals), expected)).toBe(true);
  });

  it.each([
    [0.57, '57%'],
    [62 / 109, '57%'],
    [0.285, '29%'],
    [249 / 250, '99.6%'],
    [1 / 400, '0.3%'],
    [0, '0%'],
    [1, '100%'],
  ])('shows the share %s as %s, never 0%% or 100%% unless it is', (share, shown) => {
    expect(formatShare(share)).toBe(shown);
  });

  it('writes figures and money as people read them', () => {
    expect(formatFigure(1234567.891)).toBe('1,234,567.89');
    expect(formatFigure(-18.1)).toBe('−18.1');
    expect(formatFigure(40)).toBe('40');
    expect(formatMoney(238_800, 'GBP')).toBe('£238,800');
    expect(formatMoney(12.5, 'GBP')).toBe('£12.50');
    expect(formatMoney(99, 'CHF')).toBe('CHF 99');
    expect(formatValue(0.45, 'Percent')).toBe('45%');
    expect(formatValue(24.1, 'Score')).toBe('24.1');
    expect(monthYear('2025-04-30')).toBe('April 2025');
  });
});
