import { describe, expect, it } from 'vitest';
import type { Funder } from './read';
import { upcomingReports } from './upcoming';

const funder = (name: string, reportingDates: string[]): Funder => ({ name, reportingDates, outcomes: [] });

describe('upcomingReports', () => {
  const funders = [
    funder('B', ['2026-10-30', '2026-11-30', '2026-12-01']),
    funder('A', ['2026-10-31', '2026-11-30']),
  ];

  it.each<[number, [string, string, number][]]>([
    [0, [['A', '2026-10-31', 0]]],
    [
      30,
      [
        ['A', '2026-10-31', 0],
        ['A', '2026-11-30', 30],
        ['B', '2026-11-30', 30],
      ],
    ],
  ])('within %i days of 31 October 2026, soonest first, the past left out', (days, expected) => {
    expect(upcomingReports(funders, '2026-10-31', days).map((r) => [r.funder, r.date, r.daysAway])).toEqual(
      expected,
    );
  });
});
