import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { indicatorEvidence } from '../../core/measures/indicator-evidence';
import { measurementValue } from '../../core/measures/measurement-value';
import { progress } from '../../core/measures/progress';
import { projectPayments } from '../../core/measures/project-payments';
import { rate } from '../../core/measures/rate';
import type { Workbook } from '../../core/model/schema';
import { evaluateDashboard, formatCell, NOT_EVALUATED, serialToIso } from './dashboard-evaluation';

describe('the Dashboard template, evaluated by a real spreadsheet engine (HyperFormula)', () => {
  const { headers, rows } = evaluateDashboard(demoWorkbook, DEMO_AS_OF);
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

describe('the Dashboard as Sheets shows it, with the number formats Set up writes', () => {
  const { headers, rows, formats } = evaluateDashboard(demoWorkbook, DEMO_AS_OF);
  const shown = (id: string, header: string) => {
    const r = demoWorkbook.indicators.findIndex((i) => i.id === id);
    const c = headers.indexOf(header);
    return formatCell(rows[r]![c]!, formats[r]![c]!);
  };
  const latest = (id: string) =>
    demoWorkbook.measurements
      .filter((m) => m.indicator === id)
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
      .at(-1)!;

  it("shows a share's latest value as a percentage, and its trend in percentage points a quarter", () => {
    const figure = measurementValue(latest('I2'), 'Percent')!;
    expect(shown('I2', 'Latest value')).toBe(`${(figure * 100).toFixed(1)}%`);
    expect(shown('I2', 'Latest value')).toBe('73.0%');
    expect(shown('I2', 'Trend per quarter')).toMatch(/^\+\d+\.\d pp$/);
  });

  it('shows a count whole, a figure with a decimal, and progress and rates as percentages', () => {
    expect(shown('I1', 'Latest value')).toBe(String(latest('I1').value));
    expect(shown('I7', 'Latest value')).toBe(latest('I7').value!.toFixed(1));
    expect(shown('I1', 'Trend per quarter')).toMatch(/^[+-]\d+\.\d$/);
    expect(shown('I2', 'Progress')).toMatch(/^\d+%$/);
    expect(shown('I5', 'Lower (95%)')).toMatch(/^\d+%$/);
    expect(shown('I2', 'Latest period')).toBe('30/09/2026');
  });

  it('shows payments in the currency of the Payments tab', () => {
    expect(shown('I2', 'Earned so far')).toBe('£23,160');
    expect(shown('I1', 'Earned so far')).toBe('');
  });
});

describe('payments on the Dashboard, evaluated by HyperFormula, against core', () => {
  const uncapped: Workbook = {
    ...demoWorkbook,
    contracts: demoWorkbook.contracts.map((c) => ({
      ...c,
      metrics: c.metrics.map(({ cap: _cap, achieved: _achieved, ...m }) => m),
    })),
  };
  const cases: [string, Workbook, string][] = [
    ['the demo contract, whose caps bind', demoWorkbook, DEMO_AS_OF],
    ['no caps, achieved counted from the Data tab', uncapped, DEMO_AS_OF],
    [
      'no Frequency: periods as far apart as the data usually are',
      { ...uncapped, indicators: uncapped.indicators.map(({ frequency: _f, ...i }) => i) },
      DEMO_AS_OF,
    ],
    [
      'monthly periods, part-way through the data',
      { ...uncapped, indicators: uncapped.indicators.map((i) => ({ ...i, frequency: 'Monthly' as const })) },
      '2026-06-15',
    ],
    ['a contract that has ended: what was achieved', uncapped, '2027-05-01'],
  ];

  it.each(cases)('%s', (_, workbook, asOf) => {
    const { headers, rows } = evaluateDashboard(workbook, asOf);
    const projection = projectPayments(workbook.contracts[0]!, workbook, asOf);
    const earned = headers.indexOf('Earned so far');
    const projected = headers.indexOf('Projected payment');
    for (const [r, indicator] of workbook.indicators.entries()) {
      const metric = workbook.contracts[0]!.metrics.find((m) => m.indicator === indicator.id);
      const row = rows[r]!;
      if (!metric) {
        expect([row[earned], row[projected]], indicator.id).toEqual(['', '']);
        continue;
      }
      const own = projection.metrics.find((m) => m.indicator === indicator.id)!;
      const price = metric.price;
      const cap = metric.cap ?? Number.POSITIVE_INFINITY;
      expect(row[earned], indicator.id).toBeCloseTo(Math.min(own.achievedSoFar, cap) * price, 6);
      expect(row[projected], indicator.id).toBeCloseTo(own.amount, 6);
    }
  });
});
