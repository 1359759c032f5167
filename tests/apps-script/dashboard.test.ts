import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { indicatorEvidence } from '../../core/measures/indicator-evidence';
import { measurementValue } from '../../core/measures/measurement-value';
import { progress } from '../../core/measures/progress';
import { rate } from '../../core/measures/rate';
import { evaluateDashboard, NOT_EVALUATED, serialToIso } from './dashboard-evaluation';

describe('the Dashboard template, evaluated by a real spreadsheet engine (HyperFormula)', () => {
  const { headers, rows } = evaluateDashboard(demoWorkbook);
  const column = (name: string) => headers.indexOf(name);

  it('has no formula that fails: every cell is a value, blank by design, or not evaluated (Sparkline)', () => {
    for (const [r, row] of rows.entries()) {
      for (const [c, value] of row.entries()) {
        if (NOT_EVALUATED.has(headers[c]!)) continue;
        expect(String(value ?? ''), `${headers[c]} of ${row[0]} (row ${r + 2})`).not.toMatch(/^#/);
      }
    }
  });

  it.each(demoWorkbook.indicators.map((i, index) => [i.id, index] as const))(
    '%s: latest value, progress and status match core',
    (id, index) => {
      const row = rows[index]!;
      const indicator = demoWorkbook.indicators[index]!;
      expect(row[column('ID')]).toBe(id);
      expect(row[column('Indicator')]).toBe(indicator.name);
      const own = demoWorkbook.measurements
        .filter((m) => m.indicator === id)
        .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
      const latest = own[own.length - 1]!;
      expect(serialToIso(row[column('Latest period')] as number)).toBe(latest.periodEnd);
      expect(row[column('Latest value')]).toBeCloseTo(measurementValue(latest, indicator.unit)!, 10);
      expect(row[column('Progress')]).toBeCloseTo(
        progress(indicator.baseline!, indicator.target!, measurementValue(latest, indicator.unit)!),
        10,
      );
      const evidence = indicatorEvidence(demoWorkbook, id, DEMO_AS_OF);
      // Judged at the latest period, as the evidence summary judges it.
      expect(row[column('Status')]).toBe(evidence.status);
    },
  );

  it('rates: the last twelve months pooled, with the 95% Wilson interval', () => {
    const i5 = demoWorkbook.indicators.findIndex((i) => i.id === 'I5');
    const row = rows[i5]!;
    const recent = demoWorkbook.measurements.filter(
      (m) => m.indicator === 'I5' && m.periodEnd > '2025-09-30',
    );
    const achieved = recent.reduce((s, m) => s + m.achieved!, 0);
    const outOf = recent.reduce((s, m) => s + m.outOf!, 0);
    const expected = rate(achieved, outOf);
    expect(row[column('Rate (last 12 months)')]).toBeCloseTo(expected.rate, 10);
    expect(row[column('Lower (95%)')]).toBeCloseTo(expected.lower, 10);
    expect(row[column('Upper (95%)')]).toBeCloseTo(expected.upper, 10);
    // Counts have no rate: the cells stay blank rather than showing an error.
    expect(
      rows[demoWorkbook.indicators.findIndex((i) => i.id === 'I1')]![column('Rate (last 12 months)')],
    ).toBe('');
  });

  it('shows a trend per quarter for every indicator with at least two figures', () => {
    for (const row of rows) expect(typeof row[column('Trend per quarter')]).toBe('number');
  });
});
