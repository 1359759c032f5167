import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../model/schema';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import check from './toc-outcome-without-indicator';

const run = (spec: string, indicators: Indicator[]) =>
  check.check({ workbook: tocWorkbook(spec, { indicators }), asOf: '2026-01-01' }).map((f) => f.ref.index);

describe('toc-outcome-without-indicator', () => {
  // CHAIN's nodes: A1 (0), P1 (1), O1 (2), O2 (3), IM1 (4).
  it.each([
    ['no indicators at all', CHAIN, [], [2, 3]],
    ['one outcome measured, one not', CHAIN, [indicator('I1', 'O1')], [3]],
    ['only the output is measured', CHAIN, [indicator('I1', 'P1')], [2, 3]],
    ['only the impact is measured', CHAIN, [indicator('I1', 'IM1')], [2, 3]],
    [
      'an indicator pointing at another outcome',
      `${CHAIN}; O3 Outcome/Medium > IM1`,
      [indicator('I1', 'O1'), indicator('I2', 'O2')],
      [5],
    ],
  ])('flags %s', (_, spec, indicators, indexes) => {
    expect(run(spec, indicators)).toEqual(indexes);
  });

  it.each([
    ['every outcome measured', CHAIN, [indicator('I1', 'O1'), indicator('I2', 'O2')]],
    [
      'an outcome with two indicators',
      CHAIN,
      [indicator('I1', 'O1'), indicator('I2', 'O1'), indicator('I3', 'O2')],
    ],
    ['no outcomes at all', 'A1 Activity > P1; P1 Output > IM1; IM1 Impact', []],
    ['an empty theory of change', '', []],
    [
      'activities and outputs need no indicator',
      'A1 Activity > P1; P1 Output > O1; O1 Outcome/Short > IM1; IM1 Impact',
      [indicator('I1', 'O1')],
    ],
  ])('stays silent for %s', (_, spec, indicators) => {
    expect(run(spec, indicators)).toEqual([]);
  });
});
