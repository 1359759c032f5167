import {
  emptyWorkbook,
  type Indicator,
  LEVELS,
  type Level,
  type Term,
  type Workbook,
} from '../../model/schema';

/**
 * Builds a small workbook for tests from lines such as `O1 Outcome/Short > O2, IM1`: an ID, a level with an
 * optional term, then what it leads to. Used by table tests only.
 */
export function tocWorkbook(spec: string, extra: Partial<Omit<Workbook, 'nodes' | 'links'>> = {}): Workbook {
  const workbook = { ...emptyWorkbook({ name: 'Test organisation' }), ...extra };
  for (const line of spec
    .split(/[\n;]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [head = '', tail = ''] = line.split('>');
    const [id = '', levelTerm = ''] = head.trim().split(/\s+/);
    const [level, term] = levelTerm.split('/') as [Level, Term | undefined];
    if (!LEVELS.includes(level)) throw new Error(`bad level in test spec: ${line}`);
    workbook.nodes.push({ id, level, ...(term ? { term } : {}), statement: `Statement of ${id}` });
    for (const to of tail
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean))
      workbook.links.push({ from: id, to });
  }
  return workbook;
}

/** A complete indicator for `outcome`, to be overridden field by field. */
export function indicator(id: string, outcome: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    id,
    outcome,
    name: `Indicator ${id}`,
    unit: 'Number',
    direction: 'Increase',
    baseline: 10,
    baselineDate: '2025-01-01',
    target: 20,
    targetDate: '2026-12-31',
    source: 'Case records',
    frequency: 'Quarterly',
    ...overrides,
  };
}

export const CHAIN =
  'A1 Activity > P1; P1 Output > O1; O1 Outcome/Short > O2; O2 Outcome/Long > IM1; IM1 Impact';
