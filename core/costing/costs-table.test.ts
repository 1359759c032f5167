import { describe, expect, it } from 'vitest';
import { COSTS_TAB, costsTemplate, readCostsTable } from './costs-table';
import { DEFAULT_COSTS } from './plan';

describe('readCostsTable', () => {
  it('reads the template back as the costs it was written from', () => {
    const costs = { ...DEFAULT_COSTS, methods: { I8: 'records' as const } };
    const read = readCostsTable(costsTemplate(costs));
    expect(read.problems).toEqual([]);
    expect(read.costs).toMatchObject({ staffHour: 18, surveyLicence: 300, externalEvaluation: 5000 });
    expect(read.costs.hours?.survey).toBe(6);
    expect(read.costs.methods).toEqual({ I8: 'records' });
    expect(read.costs.currency).toBe('GBP');
  });

  it.each([
    ['a figure typed as text', [['Staff hour', '£18.50']], { staffHour: 18.5 }],
    ['labels in any case and spacing', [['  STAFF   hour ', 20]], { staffHour: 20 }],
    ['hours per method', [['Hours per focus group', 5]], { hours: { 'focus group': 5 } }],
    ['rows it does not know', [['Notes', 'agreed at the board']], {}],
    ['an empty tab', [], {}],
    ['a currency in lower case', [['Currency', ' usd ']], { currency: 'USD' }],
  ])('%s', (_, rows, costs) => {
    expect(readCostsTable(rows)).toEqual({ costs, problems: [] });
  });

  it.each([
    ['a blank value', [['Staff hour', '']], `${COSTS_TAB} row 1: Staff hour needs a number of 0 or more.`],
    [
      'a negative value',
      [['x'], ['Survey licence a year', -1]],
      `${COSTS_TAB} row 2: Survey licence a year needs a number of 0 or more.`,
    ],
    ['an unknown method', [['Method of I3', 'guesswork']], /the method must be one of survey/],
    ['a currency that is no code', [['Currency', '£']], /Currency needs a three-letter code/],
  ])('refuses %s', (_, rows, problem) => {
    const read = readCostsTable(rows);
    expect(read.costs).toEqual({});
    expect(read.problems).toEqual([expect.stringMatching(problem)]);
  });
});
