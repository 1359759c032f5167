import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoRecordsTable, demoSourcesTable } from '../demo/records';
import { demoWorkbook } from '../demo/workbook';
import { rate } from '../measures/rate';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { SOURCE_COLUMNS } from '../workbook/tabs';
import { analysePeriod, analyseSource } from './analysis';
import { readSources } from './source';
import { computeAll } from './update';

const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;

function demoResult(indicator: string) {
  const out = computeAll({
    sources: readSources(demoSourcesTable(), context),
    indicators: demoWorkbook.indicators,
    tables: new Map([['Records', demoRecordsTable()]]),
    asOf: DEMO_AS_OF,
    ...context,
  });
  return out.results.find((r) => r.indicator === indicator)!;
}

describe('analysePeriod', () => {
  it('breaks a share down by each breakdown column, every person in a group or hidden with the small ones', () => {
    const i5 = demoResult('I5');
    const last = i5.periods.at(-1)!;
    const analysis = analysePeriod(i5, last);
    expect(analysis.breakdowns.map((b) => b.column)).toEqual(['Age band', 'Site']);
    for (const { result } of analysis.breakdowns) {
      if ('reason' in result) throw new Error(result.reason);
      expect(result.people).toBe(27);
      expect(result.groups.reduce((n, g) => n + g.n, 0) + result.suppressed.people).toBe(27);
      expect(result.whole).toMatchObject({ n: 27, figure: 16 / 27, lower: rate(16, 27).lower });
      for (const g of result.groups) {
        const own = last.units.filter(
          (u) => u.groups[result === analysis.breakdowns[0]!.result ? 0 : 1] === g.group,
        );
        expect(g.figure).toBe(own.filter((u) => u.achieved).length / own.length);
      }
    }
  });

  it('gives a mean its t interval by group, and leaves counts alone', () => {
    const i3 = demoResult('I3');
    const [first] = analyseSource(i3);
    const bySite = first!.breakdowns[1]!.result;
    if ('reason' in bySite) throw new Error(bySite.reason);
    expect(bySite.measure).toBe('mean');
    expect(bySite.whole!.figure).toBeCloseTo(25, 10);
    expect(analyseSource(demoResult('I1'))[0]).toEqual({ periodEnd: '2024-12-31', breakdowns: [] });
  });

  it('gives a matched change its paired interval, and says why when too few are matched', () => {
    const header = ['ID', 'Date', 'Before', 'After'];
    const rows: Cell[][] = [
      header,
      ['A', '2025-01-10', 20, 26],
      ['B', '2025-02-10', 18, 21],
      ['C', '2025-03-10', 25, 24],
      ['D', '2025-03-12', 22, 30],
      ['E', '2025-05-12', 22, 25],
    ];
    const sources: Cell[][] = [
      SOURCE_COLUMNS.map((c) => c.header),
      SOURCE_COLUMNS.map(
        (c) =>
          ({
            indicator: 'K',
            tab: 'Records',
            idColumn: 'ID',
            dateColumn: 'Date',
            count: 'Change',
            value: 'Before',
            laterValue: 'After',
          })[c.key as string] ?? '',
      ),
    ];
    const out = computeAll({
      sources: readSources(sources, context),
      indicators: [
        {
          id: 'K',
          outcome: 'O',
          name: 'K',
          unit: 'Score',
          direction: 'Increase',
          frequency: 'Quarterly',
          baselineDate: '2024-12-31',
        },
      ],
      tables: new Map([['Records', rows]]),
      asOf: '2025-07-31',
      ...context,
    });
    const [q1, q2] = analyseSource(out.results[0]!);
    expect(q1!.change).toMatchObject({ from: 'Before', to: 'After', matched: 4, meanChange: 4 });
    const change = q1!.change as { lower: number; upper: number };
    expect(change.lower).toBeLessThan(4);
    expect(change.upper).toBeGreaterThan(4);
    expect(q2!.change).toEqual({
      reason: 'Only 1 of 1 participants has scores at both Before and After: a change needs at least two.',
    });
  });
});
