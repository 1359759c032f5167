import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../util/calendar';
import { type StatusInput, status } from './status';

// A 100-day period makes the elapsed share easy to read: day 50 is half way.
const start = '2026-01-01';
const end = addDays(start, 100);
const day = (n: number) => addDays(start, n);
const base = { baseline: 0, target: 100, start, end } as const;

describe('status', () => {
  it.each<[string, Partial<StatusInput> & { actual: number; asOf: string }, ReturnType<typeof status>]>([
    ['Met at the target', { actual: 100, asOf: day(50) }, 'Met'],
    ['Met beyond the target, even after the end', { actual: 120, asOf: day(150) }, 'Met'],
    ['Missed after the end without the target', { actual: 99, asOf: day(101) }, 'Missed'],
    ['not yet Missed on the end date itself', { actual: 95, asOf: day(100) }, 'On track'],
    ['On track at 90% of the expected progress', { actual: 45, asOf: day(50) }, 'On track'],
    ['At risk just below 90%', { actual: 44.9, asOf: day(50) }, 'At risk'],
    ['At risk at 75%', { actual: 37.5, asOf: day(50) }, 'At risk'],
    ['Off track below 75%', { actual: 37.4, asOf: day(50) }, 'Off track'],
    ['Off track when it moved the wrong way', { actual: -1, asOf: day(50) }, 'Off track'],
    ['On track at the baseline on the start date', { actual: 0, asOf: start }, 'On track'],
    ['On track before the start date: nothing is expected yet', { actual: 0, asOf: day(-30) }, 'On track'],
    [
      'Off track before the start when already worse than the baseline',
      { actual: -5, asOf: day(-30) },
      'Off track',
    ],
    [
      'custom thresholds: On track at 60% when on_track_at is 0.6',
      { actual: 30, asOf: day(50), onTrackAt: 0.6, atRiskAt: 0.5 },
      'On track',
    ],
    [
      'custom thresholds: At risk at 50%',
      { actual: 25, asOf: day(50), onTrackAt: 0.6, atRiskAt: 0.5 },
      'At risk',
    ],
    ['a decreasing target met', { baseline: 22, target: 16, actual: 15.5, asOf: day(80) }, 'Met'],
    ['a decreasing target on track', { baseline: 22, target: 16, actual: 19, asOf: day(50) }, 'On track'],
    ['a decreasing target off track', { baseline: 22, target: 16, actual: 21, asOf: day(50) }, 'Off track'],
    ['a decreasing target missed', { baseline: 22, target: 16, actual: 16.5, asOf: day(120) }, 'Missed'],
  ])('%s', (_, input, expected) => {
    expect(status({ ...base, ...input })).toBe(expected);
  });

  it('matches the demo: I6 at 9 of 14 in the quarter to 30 September 2026 is At risk', () => {
    // progress (9/14 − 0.55) / 0.15 = 0.619; elapsed 730 of 912 days = 0.800; 0.619 / 0.800 = 0.77.
    const s = status({
      baseline: 0.55,
      target: 0.7,
      actual: 9 / 14,
      start: '2024-09-30',
      end: '2027-03-31',
      asOf: '2026-09-30',
    });
    expect(s).toBe('At risk');
  });

  it('never says Met below the target, whatever the numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.integer({ min: -400, max: 400 }),
        (baseline, target, actual, asOf) => {
          fc.pre(baseline !== target);
          const short = target > baseline ? actual < target : actual > target;
          fc.pre(short);
          expect(status({ baseline, target, actual, start, end, asOf: day(asOf) })).not.toBe('Met');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never says Met just short of a target far from its baseline, where rounding makes progress exactly 1', () => {
    // (1 − −1e20) / (2 − −1e20) rounds to exactly 1 in doubles.
    expect(status({ baseline: -1e20, target: 2, actual: 1, start, end, asOf: day(50) })).toBe('On track');
  });
});
