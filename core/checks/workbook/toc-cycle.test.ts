import { describe, expect, it } from 'vitest';
import { CHAIN, tocWorkbook } from './test-workbooks';
import check from './toc-cycle';

const run = (spec: string) => check.check({ workbook: tocWorkbook(spec), asOf: '2026-01-01' });

describe('toc-cycle', () => {
  it.each([
    [
      'two outcomes leading to each other',
      'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
      ['O1 → O2 → O1'],
    ],
    ['a node leading to itself', 'A1 Activity > O1; O1 Outcome/Short > O1, IM1; IM1 Impact', ['O1 → O1']],
    [
      'a long way round',
      'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Medium > O3; O3 Outcome/Long > O1, IM1; IM1 Impact',
      ['O1 → O2 → O3 → O1'],
    ],
    [
      'an impact that leads back to an activity',
      `${CHAIN.replace('IM1 Impact', 'IM1 Impact > A1')}`,
      ['A1 → P1 → O1 → O2 → IM1 → A1'],
    ],
    [
      'two separate loops',
      'A1 Activity > A2; A2 Activity > A1, O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
      ['A1 → A2 → A1', 'O1 → O2 → O1'],
    ],
  ])('flags %s', (_, spec, paths) => {
    const findings = run(spec);
    expect(findings.map((f) => f.message.split(' goes round')[0])).toEqual(paths);
  });

  it.each([
    ['a straight chain', CHAIN],
    [
      'a diamond: two routes to the same outcome',
      'A1 Activity > O1, O2; O1 Outcome/Short > O3; O2 Outcome/Short > O3; O3 Outcome/Long > IM1; IM1 Impact',
    ],
    [
      'many activities into one output',
      'A1 Activity > P1; A2 Activity > P1; A3 Activity > P1; P1 Output > IM1; IM1 Impact',
    ],
    ['an empty theory of change', ''],
    ['a node with no links', 'A1 Activity'],
  ])('stays silent for %s', (_, spec) => {
    expect(run(spec)).toEqual([]);
  });

  it('handles a chain of 20,000 nodes without overflowing the stack', () => {
    const spec = Array.from({ length: 20_000 }, (_, i) => `O${i} Outcome/Short > O${i + 1}`).join(';');
    expect(run(`${spec}; O20000 Outcome/Long > O0`)).toHaveLength(1);
  });
});
