import { describe, expect, it } from 'vitest';
import { tocWorkbook } from './test-workbooks';
import check from './toc-missing-term';

const run = (spec: string) =>
  check.check({ workbook: tocWorkbook(spec), asOf: '2026-01-01' }).map((f) => f.ref);

describe('toc-missing-term', () => {
  it.each([
    ['one outcome without a term', 'A1 Activity > O1; O1 Outcome > IM1; IM1 Impact', [1]],
    [
      'the second of two outcomes',
      'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome > IM1; IM1 Impact',
      [2],
    ],
    ['every outcome', 'O1 Outcome; O2 Outcome; O3 Outcome', [0, 1, 2]],
    ['an outcome among outputs', 'P1 Output > O1; O1 Outcome; P2 Output', [1]],
    ['an outcome with no links', 'O9 Outcome', [0]],
  ])('flags %s', (_, spec, indexes) => {
    expect(run(spec)).toEqual(indexes.map((index) => ({ collection: 'nodes', index, field: 'term' })));
  });

  it.each([
    [
      'every outcome has a term',
      'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > IM1; IM1 Impact',
    ],
    ['activities need no term', 'A1 Activity; A2 Activity'],
    ['outputs need no term', 'P1 Output'],
    ['an impact needs no term', 'IM1 Impact'],
    ['medium term counts', 'O1 Outcome/Medium'],
  ])('stays silent when %s', (_, spec) => {
    expect(run(spec)).toEqual([]);
  });
});
