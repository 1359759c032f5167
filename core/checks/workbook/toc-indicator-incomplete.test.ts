import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../model/schema';
import { CHAIN, indicator, tocWorkbook } from './test-workbooks';
import check from './toc-indicator-incomplete';

function without(...fields: (keyof Indicator)[]): Indicator {
  const i = indicator('I1', 'O1');
  for (const f of fields) delete i[f];
  return i;
}

const run = (indicators: Indicator[]) =>
  check.check({ workbook: tocWorkbook(CHAIN, { indicators }), asOf: '2026-01-01' });

describe('toc-indicator-incomplete', () => {
  it.each([
    ['no baseline', without('baseline'), 'baseline', /has no baseline\./],
    ['no target', without('target'), 'target', /has no target\./],
    ['no target date', without('targetDate'), 'targetDate', /has no target date\./],
    ['no source', without('source'), 'source', /has no source\./],
    ['no frequency', without('frequency'), 'frequency', /has no frequency\./],
    ['a source of only spaces', { ...indicator('I1', 'O1'), source: '   ' }, 'source', /has no source\./],
    [
      'several missing, listed in order',
      without('frequency', 'baseline', 'source'),
      'baseline',
      /has no baseline, source or frequency\./,
    ],
  ])('flags %s', (_, ind, field, message) => {
    const findings = run([ind]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ref).toEqual({ collection: 'indicators', index: 0, field });
    expect(findings[0]!.message).toMatch(message);
  });

  it.each([
    ['a complete indicator', [indicator('I1', 'O1')]],
    [
      'a complete indicator without an owner or baseline date (not required)',
      [without('owner', 'baselineDate')],
    ],
    ['a baseline of zero is a baseline', [indicator('I1', 'O1', { baseline: 0 })]],
    ['a target of zero is a target', [indicator('I1', 'O1', { direction: 'Decrease', target: 0 })]],
    ['no indicators', []],
  ])('stays silent for %s', (_, indicators) => {
    expect(run(indicators)).toEqual([]);
  });
});
