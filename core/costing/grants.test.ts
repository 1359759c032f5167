import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { DEMO_COSTS } from './demo';
import { grantCost } from './grants';
import { mePlanCost } from './plan';

const cost = mePlanCost(demoWorkbook, DEMO_COSTS);

describe('grantCost', () => {
  it.each([
    [
      'records only, two years',
      { name: 'A', periodStart: '2025-04-01', periodEnd: '2027-03-31', indicators: ['I1', 'I2'] },
      { name: 'A', years: 2, hoursPerYear: 16, perYear: 280, perGrant: 560 },
    ],
    [
      'a survey: the licence in full',
      { name: 'B', periodStart: '2026-01-01', periodEnd: '2026-06-30', indicators: ['I3'] },
      { name: 'B', years: 0.5, hoursPerYear: 24, perYear: 660, perGrant: 330 },
    ],
    [
      'no period: a year only',
      { name: 'C', indicators: ['I5'] },
      { name: 'C', hoursPerYear: 40, perYear: 700 },
    ],
    [
      'an indicator not in the plan',
      { name: 'D', indicators: ['I99'] },
      { name: 'D', hoursPerYear: 0, perYear: 0 },
    ],
  ])('%s', (_, grant, expected) => {
    expect(grantCost(cost, grant)).toEqual(expected);
  });
});
