import { describe, expect, it } from 'vitest';
import { CHAIN, tocWorkbook } from './test-workbooks';
import check from './toc-orphan';

const run = (spec: string) => check.check({ workbook: tocWorkbook(spec), asOf: '2026-01-01' });

describe('toc-orphan', () => {
  it.each([
    ['an activity linked to nothing', `${CHAIN}; A9 Activity`, ['A9']],
    ['an outcome linked to nothing', `${CHAIN}; O9 Outcome/Short`, ['O9']],
    ['an outcome that leads on but that nothing leads to', `${CHAIN}; O9 Outcome/Short > O2`, ['O9']],
    ['an output that nothing produces', `${CHAIN}; P9 Output > O1`, ['P9']],
    [
      'an impact that nothing leads to',
      'A1 Activity > O1; O1 Outcome/Long > IM1; IM1 Impact; IM2 Impact',
      ['IM2'],
    ],
    ['two separate loose ends', `${CHAIN}; A8 Activity; A9 Activity`, ['A8', 'A9']],
  ])('flags %s', (_, spec, ids) => {
    const findings = run(spec);
    expect(findings.map((f) => f.message.match(/\b(?:A|O|P|IM)\d+\b/)?.[0])).toEqual(ids);
    for (const f of findings) expect(f.ref).toMatchObject({ collection: 'nodes', field: 'id' });
  });

  it.each([
    ['a complete chain', CHAIN],
    ['an activity that starts the chain has nothing leading to it', `${CHAIN}; A2 Activity > P1`],
    ['an input that starts the chain', `I1 Input > A1; ${CHAIN}`],
    ['two chains into one impact', `${CHAIN}; A2 Activity > O3; O3 Outcome/Medium > IM1`],
    ['an empty theory of change', ''],
    [
      'a loop still counts as linked',
      'A1 Activity > O1; O1 Outcome/Short > O2; O2 Outcome/Long > O1, IM1; IM1 Impact',
    ],
  ])('stays silent for %s', (_, spec) => {
    expect(run(spec)).toEqual([]);
  });

  it('says what to do', () => {
    const [finding] = run(`${CHAIN}; A9 Activity`);
    expect(finding!.message).toMatch(/Connect it .* or remove it/);
  });
});
