import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import { emptyWorkbook, type Indicator, type Measurement, type Workbook } from '../model/schema';
import { MeasureError } from './errors';
import { indicatorEvidence } from './indicator-evidence';
import { rate } from './rate';

function workbookWith(
  indicator: Partial<Indicator>,
  measurements: Omit<Measurement, 'indicator'>[],
): Workbook {
  const full: Indicator = {
    id: 'X1',
    outcome: 'O1',
    name: 'Share of leavers in work six months on',
    unit: 'Percent',
    direction: 'Increase',
    baseline: 0.4,
    baselineDate: '2025-03-31',
    target: 0.6,
    targetDate: '2026-03-31',
    frequency: 'Quarterly',
    ...indicator,
  };
  return {
    ...emptyWorkbook(),
    indicators: [full],
    measurements: measurements.map((m) => ({ indicator: full.id, ...m })),
  };
}

describe('indicatorEvidence on the demo workbook', () => {
  it('gives I5 its latest figure, progress, status, trend, pooled rate, completeness and citation', () => {
    const e = indicatorEvidence(demoWorkbook, 'I5', DEMO_AS_OF);
    expect(e.latest).toEqual({ value: 16 / 27, periodEnd: '2026-09-30' });
    // (16/27 − 0.45) / (0.60 − 0.45)
    expect(e.progress).toBeCloseTo((16 / 27 - 0.45) / 0.15, 14);
    // Judged at the figure's own period end: 730 of the 912 days from baseline to target date.
    expect(e.statusAsOf).toBe('2026-09-30');
    expect(e.expectedProgress).toBeCloseTo(730 / 912, 14);
    expect(e.status).toBe('On track');
    expect(e.trend).toMatchObject({ per: 'quarter', from: '2025-12-31', to: '2026-09-30', periods: 4 });
    // Last four quarters pooled: 13 + 16 + 17 + 16 of 25 + 28 + 29 + 27.
    expect(e.rate).toEqual({
      ...rate(62, 109),
      achieved: 62,
      outOf: 109,
      confidence: 0.95,
      from: '2025-10-01',
      to: '2026-09-30',
      firstPeriodEnd: '2025-12-31',
      periods: 4,
    });
    expect(e.completeness).toEqual({
      present: 8,
      expected: 8,
      share: 1,
      after: '2024-09-30',
      upTo: DEMO_AS_OF,
    });
    expect(e.citation).toBe(
      '57% of leavers in education, employment or training six months after leaving (62 of 109, 95% CI 48–66%), October 2025 – September 2026',
    );
    expect(e.notes).toEqual([]);
  });

  // Every citation checked by reading it: each should paste into an application as it stands.
  it.each([
    [
      'I1',
      'Young people enrolled in the quarter: 39 (quarter ending 30 September 2026; baseline 28 in September 2024, target 40 by March 2027)',
    ],
    [
      'I2',
      '72% of starters who complete the 12-week programme (109 of 151, 95% CI 65–79%), October 2025 – September 2026',
    ],
    [
      'I3',
      'Average self-efficacy score at the end of the programme (General Self-Efficacy Scale, 10 to 40): 27.4 (quarter ending 31 March 2026; baseline 24.1 in September 2024, target 29 by March 2027)',
    ],
    [
      'I4',
      '83% of completers with a CV and a written job-search plan (90 of 109, 95% CI 74–89%), October 2025 – September 2026',
    ],
    [
      'I6',
      '65% of those who started a job still in work 26 weeks later (33 of 51, 95% CI 51–76%), October 2025 – September 2026',
    ],
    [
      'I7',
      'Average weeks from enrolment to a first job, course or apprenticeship: 18.1 (quarter ending 30 September 2026; baseline 22 in September 2024, target 16 by March 2027)',
    ],
    [
      'I8',
      'Work placements completed in the quarter: 11 (period ending 30 September 2026; baseline 6 in September 2024, target 12 by March 2027)',
    ],
  ])('cites %s as: %s', (id, citation) => {
    expect(indicatorEvidence(demoWorkbook, id, DEMO_AS_OF).citation).toBe(citation);
  });

  it('shows the lapsed survey (I3): six of eight quarters, latest in March 2026', () => {
    const e = indicatorEvidence(demoWorkbook, 'I3', DEMO_AS_OF);
    expect(e.completeness).toMatchObject({ present: 6, expected: 8, share: 0.75 });
    expect(e.latest?.periodEnd).toBe('2026-03-31');
  });

  it('judges a decreasing indicator (I7, weeks to a job) the right way round', () => {
    const e = indicatorEvidence(demoWorkbook, 'I7', DEMO_AS_OF);
    expect(e.progress).toBeCloseTo((18.1 - 22) / (16 - 22), 14);
    expect(e.trend!.slope).toBeLessThan(0);
    expect(e.status).toBe('At risk');
  });

  it('says why completeness is missing for I8, which has no frequency', () => {
    const e = indicatorEvidence(demoWorkbook, 'I8', DEMO_AS_OF);
    expect(e.completeness).toBeUndefined();
    expect(e.notes).toEqual(['I8 has no frequency, so how complete its data is cannot be judged.']);
  });

  it('gives the same answer whatever order the data rows are in', () => {
    const shuffled = { ...demoWorkbook, measurements: [...demoWorkbook.measurements].reverse() };
    for (const id of ['I1', 'I5', 'I7']) {
      expect(indicatorEvidence(shuffled, id, DEMO_AS_OF)).toEqual(
        indicatorEvidence(demoWorkbook, id, DEMO_AS_OF),
      );
    }
  });

  it('ignores figures dated after the as-of date', () => {
    const e = indicatorEvidence(demoWorkbook, 'I5', '2025-12-31');
    expect(e.latest).toEqual({ value: 13 / 25, periodEnd: '2025-12-31' });
    expect(e.rate).toMatchObject({ achieved: 47, outOf: 92, from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('indicatorEvidence rules', () => {
  it('works a Percent figure out from Achieved and Out of when Value is blank', () => {
    const wb = workbookWith({}, [{ periodEnd: '2025-06-30', achieved: 9, outOf: 20 }]);
    expect(indicatorEvidence(wb, 'X1', '2025-07-15').latest).toEqual({
      value: 0.45,
      periodEnd: '2025-06-30',
    });
  });

  it('pools only the last `window` periods', () => {
    const wb = workbookWith({}, [
      { periodEnd: '2025-06-30', achieved: 1, outOf: 10 },
      { periodEnd: '2025-09-30', achieved: 5, outOf: 10 },
      { periodEnd: '2025-12-31', achieved: 6, outOf: 10 },
    ]);
    const e = indicatorEvidence(wb, 'X1', '2026-01-31', { window: 2 });
    expect(e.rate).toMatchObject({ achieved: 11, outOf: 20, from: '2025-07-01', periods: 2 });
    expect(e.citation).toBe(
      '55% of leavers in work six months on (11 of 20, 95% CI 34–74%), July 2025 – December 2025',
    );
  });

  it('calls a target not met by its date Missed, judged on the as-of date', () => {
    const wb = workbookWith({}, [{ periodEnd: '2026-03-31', value: 0.55 }]);
    const e = indicatorEvidence(wb, 'X1', '2026-05-01');
    expect(e.status).toBe('Missed');
    expect(e.statusAsOf).toBe('2026-05-01');
  });

  it('calls a figure far behind its pace Off track', () => {
    // Half way through the year (183 of 366 days) but only 10% of the way from 40% to 60%.
    const wb = workbookWith({}, [{ periodEnd: '2025-09-30', value: 0.42 }]);
    const e = indicatorEvidence(wb, 'X1', '2025-10-15');
    expect(e.status).toBe('Off track');
    expect(e.expectedProgress).toBeCloseTo(183 / 365, 12);
  });

  it('cites a Percent figure without counts with its period, baseline and target', () => {
    const wb = workbookWith({}, [{ periodEnd: '2025-09-30', value: 0.5 }]);
    expect(indicatorEvidence(wb, 'X1', '2025-10-15').citation).toBe(
      '50% of leavers in work six months on (quarter ending 30 September 2025; baseline 40% in March 2025, target 60% by March 2026)',
    );
  });

  it('explains each figure it cannot give', () => {
    const wb = workbookWith({ baseline: undefined, frequency: undefined }, []);
    const e = indicatorEvidence(wb, 'X1', '2025-10-15');
    expect(e).toMatchObject({ indicatorId: 'X1', notes: expect.any(Array) });
    expect(e.latest).toBeUndefined();
    expect(e.citation).toBeUndefined();
    expect(e.notes).toEqual([
      'X1 has no figures on or before 15 October 2025.',
      'X1 has no baseline, so progress cannot be measured.',
      'X1 has no frequency, so how complete its data is cannot be judged.',
    ]);
  });

  it('refuses two rows for one period, naming both', () => {
    const wb = workbookWith({}, [
      { periodEnd: '2025-06-30', achieved: 9, outOf: 20 },
      { periodEnd: '2025-09-30', value: 0.5 },
      { periodEnd: '2025-06-30', value: 0.58 },
    ]);
    expect(() => indicatorEvidence(wb, 'X1', '2025-12-31')).toThrow(
      new MeasureError(
        'X1 has two rows for the period ending 30 June 2025: data entries 1 (9 of 20) and 3 (0.58). Keep one row per indicator and period.',
      ),
    );
  });

  it('refuses an indicator that is not there', () => {
    expect(() => indicatorEvidence(demoWorkbook, 'I99', DEMO_AS_OF)).toThrow(
      'No indicator has the ID "I99": check the Indicators tab.',
    );
  });
});
