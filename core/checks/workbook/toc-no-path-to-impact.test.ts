import { describe, expect, it } from 'vitest';
import { CHAIN, tocWorkbook } from './test-workbooks';
import check from './toc-no-path-to-impact';

const run = (spec: string) => check.check({ workbook: tocWorkbook(spec), asOf: '2026-01-01' });

describe('toc-no-path-to-impact', () => {
  it.each([
    ['a branch that stops at an output', `${CHAIN}; A2 Activity > P2; P2 Output`, ['A2', 'P2']],
    ['an outcome that leads nowhere', `${CHAIN}; A2 Activity > O9; O9 Outcome/Short`, ['A2', 'O9']],
    ['a theory of change with no impact at all', 'A1 Activity > O1; O1 Outcome/Long', ['no Impact']],
    [
      'an activity feeding only a dead end',
      `${CHAIN}; A3 Activity > O8; O8 Outcome/Medium > O9; O9 Outcome/Long`,
      ['A3', 'O8', 'O9'],
    ],
    [
      'a loop that never reaches the impact',
      `${CHAIN}; A4 Activity > O6; O6 Outcome/Short > O7; O7 Outcome/Short > O6`,
      ['A4', 'O6', 'O7'],
    ],
  ])('flags %s', (_, spec, expected) => {
    const messages = run(spec).map((f) => f.message);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(messages[i]).toContain(e);
    });
  });

  it.each([
    ['a complete chain', CHAIN],
    ['a node linked to nothing (that is toc-orphan)', `${CHAIN}; A9 Activity`],
    [
      'two impacts each reached',
      'A1 Activity > O1, O2; O1 Outcome/Long > IM1; O2 Outcome/Long > IM2; IM1 Impact; IM2 Impact',
    ],
    ['an empty theory of change', ''],
    ['an impact alone', 'IM1 Impact'],
  ])('stays silent for %s', (_, spec) => {
    expect(run(spec)).toEqual([]);
  });
});
