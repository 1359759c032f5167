import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../checks/engine';
import { evidenceContext } from '../checks/evidence';
import { ANSWER_RULES } from '../checks/registry-answer';
import { DEMO_AS_OF, demoRecordsTable, demoSourcesTable } from '../demo/records';
import { demoWorkbook } from '../demo/workbook';
import { breakdown } from '../measures/breakdown';
import { formatShare, formatValue } from '../measures/format';
import { indicatorEvidence } from '../measures/indicator-evidence';
import { matchedChange } from '../measures/matched-change';
import { type Indicator, type Measurement, SCHEMA_VERSION, type Workbook } from '../model/schema';
import { analysePeriod, type PeriodAnalysis } from '../records/analysis';
import { readSources } from '../records/source';
import { computeAll } from '../records/update';
import { LOCAL_DAYS } from '../workbook/cells';
import { type ExplainOptions, type Explanation, explainIndicator, tocPosition } from './explain';

const QUARTERS = [
  '2025-03-31',
  '2025-06-30',
  '2025-09-30',
  '2025-12-31',
  '2026-03-31',
  '2026-06-30',
  '2026-09-30',
  '2026-12-31',
];
const AS_OF = '2027-01-31';

function workbookWith(
  indicator: Partial<Indicator>,
  measurements: Omit<Measurement, 'indicator'>[],
): Workbook {
  return {
    schemaVersion: SCHEMA_VERSION,
    organisation: { name: 'Test' },
    nodes: [
      { id: 'A1', level: 'Activity', statement: 'Mentoring', assumptions: 'Mentors stay a year' },
      {
        id: 'O1',
        level: 'Outcome',
        term: 'Medium',
        statement: 'Young people find work',
        assumptions: 'Jobs nearby',
      },
      { id: 'IM1', level: 'Impact', statement: 'Fewer young people out of work' },
    ],
    links: [
      { from: 'A1', to: 'O1' },
      { from: 'O1', to: 'IM1' },
    ],
    indicators: [
      {
        id: 'K',
        outcome: 'O1',
        name: 'Share of leavers in work',
        unit: 'Percent',
        direction: 'Increase',
        baseline: 0.4,
        baselineDate: '2024-12-31',
        target: 0.6,
        targetDate: '2027-12-31',
        frequency: 'Quarterly',
        ...indicator,
      },
    ],
    measurements: measurements.map((m) => ({ indicator: 'K', ...m })),
    contracts: [],
  };
}

const counts = (pairs: [number, number][]) =>
  pairs.map(([achieved, outOf], q) => ({ periodEnd: QUARTERS[q]!, achieved, outOf }));
const values = (list: number[]) => list.map((value, q) => ({ periodEnd: QUARTERS[q]!, value }));

const participants = (group: string, n: number, achieved: number) =>
  Array.from({ length: n }, (_, i) => ({ group, value: i < achieved ? 1 : 0 }));

/** South is below the rest beyond chance; West has 3 people and is hidden, with East so that West cannot be worked out. */
const BY_AREA: PeriodAnalysis = {
  periodEnd: '2026-12-31',
  breakdowns: [
    {
      column: 'Area',
      result: breakdown(
        [
          ...participants('North', 30, 15),
          ...participants('South', 30, 6),
          ...participants('East', 12, 6),
          ...participants('West', 3, 2),
          ...participants('Central', 14, 7),
        ],
        { measure: 'share' },
      ),
    },
  ],
};

const SCORES = [
  ['P1', 20, 26],
  ['P2', 18, 21],
  ['P3', 25, 24],
  ['P4', 22, 30],
  ['P5', 22, 25],
  ['P6', 19, 23],
] as const;
const CHANGE: PeriodAnalysis = {
  periodEnd: '2026-12-31',
  change: matchedChange(
    SCORES.flatMap(([participant, start, end]) => [
      { participant, stage: 'start', score: start },
      { participant, stage: 'end', score: end },
    ]),
    { from: 'start', to: 'end' },
  ),
  breakdowns: [],
};

interface Case {
  name: string;
  workbook: Workbook;
  options?: Partial<ExplainOptions>;
  facts: Partial<Explanation>;
  says: string[];
  never?: string[];
}

const cases: Case[] = [
  {
    name: 'a share: pooled rate with n and interval, against the four quarters before',
    workbook: workbookWith(
      {},
      counts([
        [8, 20],
        [9, 20],
        [10, 22],
        [9, 20],
        [11, 21],
        [12, 22],
        [12, 21],
        [13, 22],
      ]),
    ),
    facts: {
      status: 'On track',
      freshness: { latestPeriod: '2026-12-31', daysSince: 31, staleAfterDays: 137, stale: false },
    },
    says: [
      '56% of leavers in work (48 of 86, 95% CI 45–66%), January 2026 – December 2026.',
      'That is up 12 points on the 4 quarters before (44%, 36 of 82): a change that chance alone could explain.',
      'Over the 4 quarters to 31 December 2026 the trend is up 2.3 points a quarter.',
      'Status: on track for the target. The figure for the quarter ending 31 December 2026, 59% (13 of 22, 95% CI 39–77%), is 95% of the way between the baseline (40%) and the target (60% by 31 December 2027); a steady path would be 67% of the way by 31 December 2026.',
    ],
  },
  {
    name: 'a count: the latest value with its baseline and target, and the trend in its own unit',
    workbook: workbookWith(
      { unit: 'Number', name: 'Young people enrolled', baseline: 20, target: 40 },
      values([20, 22, 25, 24, 27, 30, 29, 33]),
    ),
    facts: { status: 'On track', latest: { value: 33, periodEnd: '2026-12-31' } },
    says: [
      'Young people enrolled: 33 (quarter ending 31 December 2026; baseline 20 in December 2024, target 40 by December 2027).',
      'Over the 4 quarters to 31 December 2026 the trend is up 1.7 a quarter.',
      'The latest figure is 65% of the way between the baseline (20) and the target (40 by 31 December 2027)',
    ],
    never: ['points', 'CI'],
  },
  {
    name: 'a mean change: matched participants, the paired interval, beyond chance only when it leaves out zero',
    workbook: workbookWith(
      { unit: 'Score', name: 'Change in confidence score', baseline: 1, target: 5 },
      values([2, 2.5, 3, 2.8, 3.1, 3.3, 3.6, 23 / 6]),
    ),
    options: { analysis: CHANGE },
    facts: { change: { ...CHANGE.change!, periodEnd: '2026-12-31' } },
    says: [
      'Among the 6 participants scored at both start and end in the quarter ending 31 December 2026, scores rose by 3.83 points on average (95% CI 0.6 to 7), beyond chance.',
    ],
  },
  {
    name: 'no data: says so, gives no figure, and is stale once a period and a half has passed',
    workbook: workbookWith({}, []),
    facts: { freshness: { staleAfterDays: 137, stale: true } },
    says: [
      'Share of leavers in work: no figures on or before 31 January 2027.',
      'No figure has been recorded yet, though it is collected quarterly.',
    ],
    never: ['trend', 'Status', 'CI'],
  },
  {
    name: 'one period only: the rate and its interval, and no trend or comparison yet',
    workbook: workbookWith({}, counts([[9, 20]])),
    options: { asOf: '2025-04-30' },
    facts: { freshness: { latestPeriod: '2025-03-31', daysSince: 30, staleAfterDays: 137, stale: false } },
    says: [
      '45% of leavers in work (9 of 20, 95% CI 26–66%), January 2025 – March 2025.',
      'Only one period has a figure, so there is no trend yet.',
    ],
    never: ['points on', 'trend is'],
  },
  {
    name: 'a figure that moved away from its target, and one that reached it, never "% of the way"',
    workbook: workbookWith(
      { unit: 'Number', name: 'Young people in work', baseline: 20, target: 40 },
      values([20, 19, 18, 17, 16, 15, 14, 15]),
    ),
    facts: { status: 'Off track' },
    says: [
      'Status: off track for the target. The latest figure has moved away from the target (40 by 31 December 2027): it is on the far side of the baseline (20); a steady path would be 67% of the way by 31 December 2026.',
    ],
    never: ['of the way between'],
  },
  {
    name: 'a target met',
    workbook: workbookWith({ unit: 'Number', baseline: 20, target: 40 }, values([25, 30, 35, 41])),
    options: { asOf: '2026-01-31' },
    facts: { status: 'Met' },
    says: [
      'Status: the target is met. The latest figure has reached the target (40 by 31 December 2027), from the baseline (20).',
    ],
    never: ['steady path'],
  },
  {
    name: 'a stale indicator: how old its latest figure is, judged as toc-stale-data judges it',
    workbook: workbookWith({ unit: 'Number', baseline: 20, target: 40 }, values([20, 22, 25, 24])),
    facts: { freshness: { latestPeriod: '2025-12-31', daysSince: 396, staleAfterDays: 137, stale: true } },
    says: ['The latest figure is 396 days old, and it is collected quarterly: a newer one is due.'],
  },
  {
    name: 'a breakdown: the group beyond chance named with n and interval, the hidden groups never named',
    workbook: workbookWith(
      {},
      counts([
        [12, 20],
        [11, 20],
        [12, 21],
        [13, 22],
        [11, 20],
        [12, 20],
        [12, 21],
        [31, 89],
      ]),
    ),
    options: { analysis: BY_AREA },
    facts: {},
    says: [
      'In the quarter ending 31 December 2026, by area, South was below the rest, beyond chance: 20% (6 of 30, 95% CI 10–37%).',
    ],
    never: ['West', 'East', 'North', 'Central'],
  },
];

describe('explainIndicator', () => {
  it.each(cases)('$name', ({ workbook, options, facts, says, never = [] }) => {
    const explained = explainIndicator(workbook, 'K', { asOf: AS_OF, ...options });
    expect(explained).toMatchObject(facts);
    for (const words of says) expect(explained.paragraph).toContain(words);
    for (const words of never) expect(explained.paragraph).not.toContain(words);
  });

  it('gives the trend of a share per quarter in percentage points, whatever the frequency', () => {
    const monthly = workbookWith(
      { frequency: 'Monthly' },
      ['2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31'].map((periodEnd, k) => ({
        periodEnd,
        achieved: 10 + k,
        outOf: 20,
      })),
    );
    const { trend } = explainIndicator(monthly, 'K', { asOf: AS_OF });
    // 5 points a month, least squares over month ends of uneven length: close to 15 a quarter.
    expect(trend?.inPoints).toBe(true);
    expect(trend?.perQuarter).toBeCloseTo(15, 0);
  });

  it('names an ID the workbook does not have', () => {
    expect(() => explainIndicator(workbookWith({}, []), 'Z9', { asOf: AS_OF })).toThrow(
      'No indicator has the ID "Z9"',
    );
  });
});

describe('tocPosition', () => {
  it('gives what leads to the step and what it leads to, each link with the assumptions it rests on', () => {
    const workbook = workbookWith({}, []);
    expect(tocPosition(workbook, workbook.indicators[0]!)).toEqual({
      step: { id: 'O1', level: 'Outcome', statement: 'Young people find work' },
      from: [{ id: 'A1', level: 'Activity', statement: 'Mentoring', assumptions: 'Mentors stay a year' }],
      to: [
        {
          id: 'IM1',
          level: 'Impact',
          statement: 'Fewer young people out of work',
          assumptions: 'Jobs nearby',
        },
      ],
    });
  });
});

describe('the demo organisation, explained', () => {
  const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
  const computed = computeAll({
    sources: readSources(demoSourcesTable(), context),
    indicators: demoWorkbook.indicators,
    tables: new Map([['Records', demoRecordsTable()]]),
    asOf: DEMO_AS_OF,
    ...context,
  });
  const engine = new AnswerEngine({
    rules: ANSWER_RULES,
    evidence: evidenceContext(demoWorkbook, DEMO_AS_OF),
  });

  it.each(demoWorkbook.indicators.map((i) => i.id))(
    '%s: every period analysed passes the answer checks',
    (id) => {
      const result = computed.results.find((r) => r.indicator === id);
      const analyses = result ? result.periods.map((p) => analysePeriod(result, p)) : [undefined];
      for (const analysis of analyses) {
        const { paragraph } = explainIndicator(demoWorkbook, id, { asOf: DEMO_AS_OF, analysis });
        for (const kind of ['outcomes', 'summary', 'measurement'] as const) {
          const findings = engine.update({
            key: `${id} ${kind}`,
            text: paragraph,
            question: { kind, label: 'What difference has your work made?', limit: null },
          });
          expect(
            findings.filter((f) => f.severity !== 'info').map((f) => `${f.checkId}: ${f.message}`),
            paragraph,
          ).toEqual([]);
        }
      }
    },
  );

  it.each(demoWorkbook.indicators.map((i) => i.id))('%s: the paragraph gives the measures’ figures', (id) => {
    const evidence = indicatorEvidence(demoWorkbook, id, DEMO_AS_OF);
    const indicator = demoWorkbook.indicators.find((i) => i.id === id)!;
    const { paragraph } = explainIndicator(demoWorkbook, id, { asOf: DEMO_AS_OF });
    expect(paragraph).toContain(evidence.citation!);
    if (evidence.rate) {
      const { rate } = evidence;
      expect(paragraph).toContain(`${formatShare(rate.rate)} `);
      expect(paragraph).toContain(
        `(${rate.achieved} of ${rate.outOf}, 95% CI ${formatShare(rate.lower).replace('%', '')}–${formatShare(rate.upper)})`,
      );
    }
    if (evidence.progress !== undefined) {
      expect(paragraph).toContain(
        `${formatShare(evidence.progress)} of the way between the baseline (${formatValue(indicator.baseline!, indicator.unit)})`,
      );
    }
  });
});
