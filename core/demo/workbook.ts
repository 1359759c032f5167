import { formatFinding } from '../checks/finding';
import type { Contract, Indicator, Link, Measurement, TocNode, Workbook } from '../model/schema';
import { SCHEMA_VERSION } from '../model/vocabulary';
import { readSources } from '../records/source';
import { computeAll } from '../records/update';
import { LOCAL_DAYS } from '../workbook/cells';
import { DEMO_AS_OF, demoRecordsTable, demoSourcesTable } from './records';

/**
 * The demo organisation: a youth employment charity two years into a three-year outcomes contract. Its data is
 * realistic rather than flattering, and it has the weaknesses real workbooks have (an outcome nobody measures, an
 * outcome without a term, a survey that has not been repeated, an indicator with no source or frequency, an
 * activity linked to nothing) so that every face of Impact Lens has something honest to say about it.
 */

export { DEMO_AS_OF };

const QUARTERS = [
  '2024-12-31',
  '2025-03-31',
  '2025-06-30',
  '2025-09-30',
  '2025-12-31',
  '2026-03-31',
  '2026-06-30',
  '2026-09-30',
] as const;

const nodes: TocNode[] = [
  {
    id: 'A1',
    level: 'Activity',
    statement:
      'Outreach with schools, Jobcentre Plus and youth clubs to find young people aged 16 to 24 who are not in education, employment or training (NEET)',
    assumptions: 'Referral partners keep sending young people to us when their own caseloads are full',
  },
  {
    id: 'A2',
    level: 'Activity',
    statement: 'Weekly one-to-one mentoring for 12 weeks from a trained volunteer mentor',
    assumptions: 'We can recruit and keep enough volunteer mentors: one for every three young people',
  },
  {
    id: 'A3',
    level: 'Activity',
    statement: 'Employability workshops: CVs, applications and interview practice',
  },
  {
    id: 'A4',
    level: 'Activity',
    statement: 'Four-week work placements with local employers',
    assumptions: 'Local employers keep offering placements when recruitment is slow',
  },
  {
    id: 'A5',
    level: 'Activity',
    statement: 'Alumni evenings where former participants meet current ones',
  },
  {
    id: 'P1',
    level: 'Output',
    statement: 'Young people who are NEET enrol on the programme',
  },
  {
    id: 'P2',
    level: 'Output',
    statement: 'Young people complete the 12-week programme',
    assumptions: 'Travel costs are covered, so that distance does not decide who completes',
  },
  {
    id: 'P3',
    level: 'Output',
    statement: 'Young people complete a work placement',
  },
  {
    id: 'O1',
    level: 'Outcome',
    term: 'Short',
    statement: 'Young people feel more confident and better able to cope with setbacks',
  },
  {
    id: 'O2',
    level: 'Outcome',
    term: 'Short',
    statement: 'Young people have the skills to look for work: a CV, interview practice and a plan',
  },
  {
    id: 'O5',
    level: 'Outcome',
    statement: "Young people's wellbeing improves",
  },
  {
    id: 'O3',
    level: 'Outcome',
    term: 'Medium',
    statement: 'Young people move into education, employment or training within six months of leaving',
    assumptions: 'There are entry-level jobs and courses within reach by public transport',
  },
  {
    id: 'O4',
    level: 'Outcome',
    term: 'Long',
    statement: 'Young people stay in work: still employed 26 weeks after starting a job',
  },
  {
    id: 'IM1',
    level: 'Impact',
    statement: 'Fewer young people in the city are long-term NEET',
  },
];

const leadsTo: Record<string, string[]> = {
  A1: ['P1'],
  A2: ['P2', 'O1'],
  A3: ['P2', 'O2'],
  A4: ['P3'],
  P1: ['P2'],
  P2: ['O1', 'O2'],
  P3: ['O2', 'O3'],
  O1: ['O3'],
  O2: ['O3'],
  O5: ['O3'],
  O3: ['O4'],
  O4: ['IM1'],
};

const links: Link[] = nodes.flatMap((n) => (leadsTo[n.id] ?? []).map((to) => ({ from: n.id, to })));

const quarterly = { baselineDate: '2024-09-30', targetDate: '2027-03-31', frequency: 'Quarterly' } as const;

const indicators: Indicator[] = [
  {
    id: 'I1',
    outcome: 'P1',
    name: 'Young people enrolled in the quarter',
    unit: 'Number',
    direction: 'Increase',
    baseline: 28,
    target: 40,
    source: 'Enrolment records in the case management system',
    owner: 'Programme manager',
    ...quarterly,
  },
  {
    id: 'I2',
    outcome: 'P2',
    name: 'Share of starters who complete the 12-week programme',
    unit: 'Percent',
    direction: 'Increase',
    baseline: 0.58,
    target: 0.75,
    source: 'Attendance records in the case management system',
    owner: 'Programme manager',
    ...quarterly,
  },
  {
    id: 'I3',
    outcome: 'O1',
    name: 'Average self-efficacy score at the end of the programme (General Self-Efficacy Scale, 10 to 40)',
    unit: 'Score',
    direction: 'Increase',
    baseline: 24.1,
    target: 29,
    source: 'General Self-Efficacy Scale questionnaire at the start and end of the programme',
    owner: 'Impact and learning lead',
    ...quarterly,
  },
  {
    id: 'I4',
    outcome: 'O2',
    name: 'Share of completers with a CV and a written job-search plan',
    unit: 'Percent',
    direction: 'Increase',
    baseline: 0.7,
    target: 0.9,
    source: 'Mentor sign-off checklist',
    owner: 'Volunteer coordinator',
    ...quarterly,
  },
  {
    id: 'I5',
    outcome: 'O3',
    name: 'Share of leavers in education, employment or training six months after leaving',
    unit: 'Percent',
    direction: 'Increase',
    baseline: 0.45,
    target: 0.6,
    source: 'Follow-up calls six months after leaving, checked against payslips or enrolment letters',
    owner: 'Impact and learning lead',
    ...quarterly,
  },
  {
    id: 'I6',
    outcome: 'O4',
    name: 'Share of those who started a job still in work 26 weeks later',
    unit: 'Percent',
    direction: 'Increase',
    baseline: 0.55,
    target: 0.7,
    source: 'Employer and participant follow-up at 26 weeks',
    owner: 'Employer partnerships lead',
    ...quarterly,
  },
  {
    id: 'I7',
    outcome: 'O3',
    name: 'Average weeks from enrolment to a first job, course or apprenticeship',
    unit: 'Number',
    direction: 'Decrease',
    baseline: 22,
    target: 16,
    source: 'Enrolment and destination dates in the case management system',
    owner: 'Programme manager',
    ...quarterly,
  },
  {
    id: 'I8',
    outcome: 'P3',
    name: 'Work placements completed in the quarter',
    unit: 'Number',
    direction: 'Increase',
    baseline: 6,
    target: 12,
    baselineDate: '2024-09-30',
    targetDate: '2027-03-31',
    owner: 'Employer partnerships lead',
  },
];

type Series = readonly (number | readonly [achieved: number, outOf: number] | undefined)[];

/** What is typed on the Data tab: work placements have no records on the Records tab (and no Frequency). */
const typed: Record<string, Series> = {
  I8: [5, 7, 8, 8, 9, 10, 10, 11],
};

const notes: Record<string, string> = {
  'I1 2026-06-30': 'Two referral partners paused referrals during a restructure',
  'I5 2024-12-31': 'Six-month follow-up of the first cohort: small numbers',
};

function withNote(m: Measurement): Measurement {
  const note = notes[`${m.indicator} ${m.periodEnd}`];
  return note ? { ...m, note } : m;
}

/**
 * The Data rows the demo's Sources rows compute from its Records, by the same code as Update data from records,
 * as of the day the demo is looked at. The demo's records read without a problem; one that did not would be a bug.
 */
function fromRecords(): Map<string, Measurement[]> {
  const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
  const computed = computeAll({
    sources: readSources(demoSourcesTable(), context),
    indicators,
    tables: new Map([['Records', demoRecordsTable()]]),
    asOf: DEMO_AS_OF,
    ...context,
  });
  if (computed.problems.length > 0) {
    throw new Error(`The demo's records do not read: ${computed.problems.map(formatFinding).join('; ')}`);
  }
  return new Map(
    computed.results.map((r) => [
      r.indicator,
      r.periods.map((p): Measurement => ({ indicator: r.indicator, periodEnd: p.periodEnd, ...p.figure })),
    ]),
  );
}

function typedRows(indicator: string): Measurement[] {
  return (typed[indicator] ?? []).flatMap((v, q): Measurement[] => {
    if (v === undefined) return [];
    const periodEnd = QUARTERS[q]!;
    return [
      typeof v === 'number'
        ? { indicator, periodEnd, value: v }
        : { indicator, periodEnd, achieved: v[0], outOf: v[1] },
    ];
  });
}

const computed = fromRecords();

/** I1 to I7 from the records, I8 as typed; in the Data tab's order, indicator by indicator. */
const measurements: Measurement[] = indicators.flatMap((indicator) =>
  (computed.get(indicator.id) ?? typedRows(indicator.id)).map(withNote),
);

const achievedSoFar = (indicator: string): number =>
  measurements.filter((m) => m.indicator === indicator).reduce((sum, m) => sum + (m.achieved ?? 0), 0);

const contracts: Contract[] = [
  {
    name: 'City Youth Outcomes Partnership',
    start: '2024-10-01',
    end: '2027-03-31',
    totalCap: 250_000,
    metrics: [
      {
        metric: 'Completed the 12-week programme',
        indicator: 'I2',
        price: 120,
        cap: 240,
        achieved: achievedSoFar('I2'),
      },
      {
        metric: 'Entered education, employment or training',
        indicator: 'I5',
        price: 800,
        cap: 140,
        achieved: achievedSoFar('I5'),
      },
      {
        metric: 'Sustained employment for 26 weeks',
        indicator: 'I6',
        price: 1_400,
        cap: 70,
        achieved: achievedSoFar('I6'),
      },
    ],
  },
];

export const demoWorkbook: Workbook = {
  schemaVersion: SCHEMA_VERSION,
  organisation: { name: 'Northfield Youth Futures', currency: 'GBP' },
  nodes,
  links,
  indicators,
  measurements,
  contracts,
};
