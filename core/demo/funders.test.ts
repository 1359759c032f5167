import { describe, expect, it } from 'vitest';
import { readFunders } from '../funders/read';
import { upcomingReports } from '../funders/upcoming';
import { LOCAL_DAYS } from '../workbook/cells';
import { demoFundersTable } from './funders';
import { DEMO_AS_OF, demoWorkbook } from './workbook';

describe('the demo Funders tab', () => {
  const read = readFunders(demoFundersTable(), {
    dateOrder: 'dmy',
    days: LOCAL_DAYS,
    indicatorIds: new Set(demoWorkbook.indicators.map((i) => i.id)),
  });

  it('reads without a problem: two funders, each with two outcomes mapped to the demo’s indicators', () => {
    expect(read.problems).toEqual([]);
    expect(read.funders.map((f) => [f.name, f.outcomes.length])).toEqual([
      ['Northfield Community Foundation', 2],
      ['Brightpath Trust', 2],
    ]);
  });

  it('has a report due within a month of its as-of date', () => {
    expect(upcomingReports(read.funders, DEMO_AS_OF, 30)).toEqual([
      { funder: 'Northfield Community Foundation', date: '2026-11-15', daysAway: 15 },
    ]);
  });
});
