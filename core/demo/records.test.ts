import { describe, expect, it } from 'vitest';
import { readSources } from '../records/source';
import { computeAll } from '../records/update';
import { addDays } from '../util/calendar';
import { LOCAL_DAYS } from '../workbook/cells';
import { DEMO_AS_OF, demoParticipants, demoRecordsTable, demoSourcesTable } from './records';
import { demoWorkbook } from './workbook';

/** The demo's figures as they were typed before its Data was computed from its records: hundreds of answers cite them. */
const TYPED = {
  I1: [31, 33, 36, 35, 38, 41, 37, 39],
  I2: [
    [17, 29],
    [20, 31],
    [23, 33],
    [24, 36],
    [25, 35],
    [28, 38],
    [29, 41],
    [27, 37],
  ],
  I3: [25.0, 25.6, 26.3, 26.1, 27.0, 27.4],
  I4: [
    [12, 17],
    [15, 20],
    [17, 23],
    [19, 24],
    [20, 25],
    [23, 28],
    [24, 29],
    [23, 27],
  ],
  I5: [
    [8, 17],
    [10, 20],
    [11, 23],
    [13, 24],
    [13, 25],
    [16, 28],
    [17, 29],
    [16, 27],
  ],
  I6: [
    [4, 8],
    [5, 9],
    [6, 10],
    [7, 11],
    [7, 12],
    [8, 12],
    [9, 13],
    [9, 14],
  ],
  I7: [21.5, 21, 20.2, 19.8, 19.5, 18.9, 18.6, 18.1],
  I8: [5, 7, 8, 8, 9, 10, 10, 11],
};

const QUARTERS = [
  '2024-12-31',
  '2025-03-31',
  '2025-06-30',
  '2025-09-30',
  '2025-12-31',
  '2026-03-31',
  '2026-06-30',
  '2026-09-30',
];

function computed() {
  const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
  return computeAll({
    sources: readSources(demoSourcesTable(), context),
    indicators: demoWorkbook.indicators,
    tables: new Map([['Records', demoRecordsTable()]]),
    asOf: DEMO_AS_OF,
    ...context,
  });
}

describe('the demo organisation’s records', () => {
  it('has over 300 participants, the same on every run', () => {
    const table = demoRecordsTable();
    expect(table.length - 1).toBeGreaterThanOrEqual(300);
    expect(demoRecordsTable()).toEqual(table);
  });

  it('compute, by the code Update data from records runs, exactly the figures the demo has always had', () => {
    const out = computed();
    expect(out.problems).toEqual([]);
    const figures = Object.fromEntries(
      out.results.map((r) => [
        r.indicator,
        r.periods.map((p) => ('value' in p.figure ? p.figure.value : [p.figure.achieved, p.figure.outOf])),
      ]),
    );
    const { I8, ...fromRecords } = TYPED;
    expect(figures).toEqual(fromRecords);
    for (const r of out.results)
      expect(r.periods.map((p) => p.periodEnd)).toEqual(QUARTERS.slice(0, r.periods.length));
  });

  it('are the demo workbook’s Data: I1 to I7 computed, I8 typed, every figure where it was', () => {
    const byIndicator = (id: string) =>
      demoWorkbook.measurements
        .filter((m) => m.indicator === id)
        .map((m) => m.value ?? [m.achieved, m.outOf]);
    for (const [id, series] of Object.entries(TYPED)) expect(byIndicator(id)).toEqual(series);
    expect(
      demoWorkbook.measurements.filter((m) => m.note).map((m) => `${m.indicator} ${m.periodEnd}`),
    ).toEqual(['I1 2026-06-30', 'I5 2024-12-31']);
  });

  it('hold together as a register would: nothing after the day the demo is looked at, outcomes after their causes', () => {
    for (const p of demoParticipants()) {
      for (const date of [p.start, p.end, p.destinationStart])
        if (date) expect(date <= DEMO_AS_OF).toBe(true);
      if (p.end) expect(p.end > p.start).toBe(true);
      if (p.completed === 'Yes') expect(p.end).toBe(addDays(p.start, 84));
      if (p.eetAt6Months === 'Yes') {
        expect(p.destinationStart! > p.end!).toBe(true);
        expect(p.destinationStart! <= addDays(p.end!, 182)).toBe(true);
      }
      if (p.inWorkAt26Weeks) expect(addDays(p.destinationStart!, 182) <= DEMO_AS_OF).toBe(true);
      if (p.scoreEnd !== undefined) expect(p.completed).toBe('Yes');
    }
  });

  it('give every per-participant value the measures need, with the age band and site of each', () => {
    const i5 = computed().results.find((r) => r.indicator === 'I5')!;
    const last = i5.periods.at(-1)!;
    expect(last.units).toHaveLength(27);
    expect(last.units.filter((u) => u.achieved)).toHaveLength(16);
    expect(new Set(last.units.map((u) => u.groups[0]))).toEqual(new Set(['16–17', '18–21', '22–24']));
  });
});
