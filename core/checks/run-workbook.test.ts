import { describe, expect, it, vi } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import { todayIso } from '../util/calendar';
import { fromTables } from '../workbook/from-tables';
import { defineRule } from './define';
import { WORKBOOK_RULES } from './registry-workbook';
import { checkWorkbook } from './run-workbook';
import { CHAIN, tocWorkbook } from './workbook/test-workbooks';

describe('checkWorkbook', () => {
  it('finds the demo workbook’s honest weaknesses, each at its cell', () => {
    const findings = checkWorkbook(demoWorkbook, { asOf: DEMO_AS_OF });
    const summary = findings.map((f) => `${f.checkId} ${f.place}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "toc-orphan 'Theory of change'!A6",
        "toc-missing-term 'Theory of change'!C12",
        "toc-outcome-without-indicator 'Theory of change'!A12",
        'toc-indicator-incomplete Indicators!J9',
        'toc-stale-data Indicators!A4',
      ]),
    );
    for (const f of findings) {
      expect(f.docs).toBe(`docs/checks/${f.checkId}.md`);
      expect(f.cell).toBeDefined();
    }
  });

  it('names the row the user actually has, when given the parser’s locator', () => {
    const tables = {
      'Theory of change': [['Statement', 'Level', 'ID', 'Leads to'], [], ['Mentoring', 'Activity', 'A1', '']],
    };
    const parsed = fromTables(tables);
    const [finding] = checkWorkbook(parsed.workbook, {
      asOf: '2026-01-01',
      locate: parsed.locate,
      disabled: ['toc-no-path-to-impact'],
    });
    expect(finding).toMatchObject({ checkId: 'toc-orphan', place: "'Theory of change'!C3" });
  });

  it('contains a check that throws: one internal-error finding naming it, the rest still run', () => {
    const broken = defineRule({
      family: 'workbook',
      id: 'toc-broken',
      severity: 'warning',
      summary: 'Throws',
      check() {
        throw new Error('boom');
      },
    });
    const onCheckError = vi.fn();
    const findings = checkWorkbook(tocWorkbook(`${CHAIN}; A9 Activity`), {
      asOf: '2026-01-01',
      rules: [broken, ...WORKBOOK_RULES],
      onRuleError: onCheckError,
    });
    expect(findings[0]).toMatchObject({ checkId: 'internal-error', severity: 'error' });
    expect(findings[0]!.message).toContain('toc-broken failed (boom)');
    expect(findings.some((f) => f.checkId === 'toc-orphan')).toBe(true);
    expect(onCheckError).toHaveBeenCalledWith('toc-broken', expect.any(Error));
  });

  it('skips disabled checks and puts errors before warnings', () => {
    const workbook = tocWorkbook('A1 Activity > O1; O1 Outcome > A1; A9 Activity');
    const all = checkWorkbook(workbook, { asOf: '2026-01-01' });
    expect(all[0]!.severity).toBe('error');
    const some = checkWorkbook(workbook, {
      asOf: '2026-01-01',
      disabled: ['toc-cycle', 'toc-missing-term'],
    });
    expect(some.map((f) => f.checkId)).not.toContain('toc-cycle');
    expect(some.map((f) => f.checkId)).not.toContain('toc-missing-term');
    expect(some.length).toBeGreaterThan(0);
  });

  it('judges as of today unless told otherwise', () => {
    expect(todayIso(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26');
  });
});
