import { addMonths } from '../measures/period-ends';
import { addDays, dayNumber, isoFromDayNumber } from '../util/calendar';
import type { Cell } from '../workbook/cells';
import { AGE_BANDS, RECORD_COLUMNS, SOURCE_COLUMNS } from '../workbook/tabs';

/**
 * Northfield Youth Futures' participants: one record per young person who started the 12-week programme from
 * January 2024 to September 2026, as the register stood on the day the demo is looked at. The records are made up,
 * deterministically, so that the demo's Sources rows compute from them exactly the figures of its Data tab (the
 * plan below is those figures, cohort by cohort); core/demo/records.test.ts holds the generator to that.
 */

/** The day the demo is looked at: eight quarters of data in, one month after the last quarter closed. */
export const DEMO_AS_OF = '2026-10-31';

/** The last period the demo's Sources rows compute: its records run on into October, a quarter not yet over. */
const LAST_PERIOD = '2026-09-30';

export interface DemoParticipant {
  id: string;
  start: string;
  end?: string;
  completed?: 'Yes' | 'No';
  scoreStart?: number;
  scoreEnd?: number;
  cvAndPlan?: 'Yes' | 'No';
  destination?: 'Job' | 'Apprenticeship' | 'Course';
  destinationStart?: string;
  eetAt6Months?: 'Yes' | 'No';
  inWorkAt26Weeks?: 'Yes' | 'No';
  ageBand: (typeof AGE_BANDS)[number];
  site: string;
}

/** Quarter q ends `q` quarters after 30 September 2024: quarter 1 is October to December 2024, the demo's first. */
const quarterEnd = (q: number) => addMonths('2024-09-30', 3 * q);
const quarterStart = (q: number) => addDays(quarterEnd(q - 1), 1);

/** Quarters of starters, from January–March 2024 (two before the baseline) to the last, July–September 2026. */
const FIRST_COHORT = -2;
const LAST_COHORT = 8;

/** By cohort (start quarter), from FIRST_COHORT: the demo's Data, moved to the quarter its starters started. */
const PLAN = {
  // I1 in the quarter they start; I2's Out of a quarter later, when their 12 weeks are up.
  starters: [24, 27, 29, 31, 33, 36, 35, 38, 41, 37, 39],
  // I2's Achieved, and I4's and I5's Out of.
  completers: [15, 17, 17, 20, 23, 24, 25, 28, 29, 27],
  // I4's Achieved.
  cvAndPlan: [11, 13, 12, 15, 17, 19, 20, 23, 24, 23],
  // I5's Achieved.
  eetAt6Months: [8, 9, 8, 10, 11, 13, 13, 16, 17, 16],
  // I3: how many completers answered the end survey, and their scores' total (the mean times the count). The survey
  // lapsed in spring 2026, so the last two cohorts' completers have none.
  endSurvey: [
    [12, 288],
    [13, 316],
    [15, 375],
    [15, 384],
    [20, 526],
    [20, 522],
    [22, 594],
    [25, 685],
  ],
  // Of each cohort's completers in work or learning at six months, how many started it in the quarter they left;
  // the rest started in the quarter after.
  destinationSameQuarter: [4, 4, 4, 5, 5, 6, 6, 8, 8, 8],
} as const;

/** By destination quarter, from -1 (April–June 2024) to 9 (October 2026). */
const DESTINATIONS = {
  // I6's Out of two quarters later, when their 26 weeks are up; after quarter 6, windows still open.
  jobs: [8, 9, 10, 11, 12, 12, 13, 14, 12, 13, 5],
  // I6's Achieved.
  inWork: [4, 5, 6, 7, 7, 8, 9, 9],
  // I7, for quarters 1 to 8: how many started a destination, and the mean weeks from enrolment (its Value).
  starts: [14, 15, 15, 15, 16, 20, 20, 20],
  meanWeeks: [21.5, 21, 20.2, 19.8, 19.5, 18.9, 18.6, 18.1],
} as const;

const SITES = ['Northfield', 'Eastbrook', 'City centre'] as const;

/** A small seeded generator (mulberry32): the same records on every run and in every runtime. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const between = (next: () => number, low: number, high: number) =>
  low + Math.floor(next() * (high - low + 1));

/** `count` whole scores from 10 to 40 that add up to `total`, spread around their mean. */
function scoresAddingTo(count: number, total: number, next: () => number): number[] {
  const base = Math.floor(total / count);
  const scores = Array.from({ length: count }, (_, i) => base + (i < total - base * count ? 1 : 0));
  for (let i = 0; i + 1 < count; i += 2) {
    const spread = between(next, 0, 4);
    scores[i]! += spread;
    scores[i + 1]! -= spread;
  }
  return shuffled(scores, next);
}

interface Member {
  person: DemoParticipant;
  earliest: number;
  latest: number;
  day: number;
}

/** Start dates spread across a cohort's quarter, late enough that 12 weeks on is in the next quarter. */
function startDates(cohort: number, count: number, next: () => number): string[] {
  const first = dayNumber(quarterStart(cohort)) + 10;
  const last = dayNumber(quarterEnd(cohort)) - 3;
  const span = last - first + 1;
  return Array.from({ length: count }, (_, i) =>
    isoFromDayNumber(first + Math.min(span - 1, Math.floor(((i + next()) * span) / count))),
  );
}

function cohortOf(cohort: number, next: () => number): DemoParticipant[] {
  const i = cohort - FIRST_COHORT;
  const people: DemoParticipant[] = startDates(cohort, PLAN.starters[i]!, next).map((start) => ({
    id: '',
    start,
    ageBand: AGE_BANDS[next() < 0.2 ? 0 : next() < 0.65 ? 1 : 2]!,
    site: SITES[between(next, 0, SITES.length - 1)]!,
    ...(next() < 0.96 ? { scoreStart: between(next, 14, 30) } : {}),
  }));
  const asOf = dayNumber(DEMO_AS_OF);
  const order = shuffled(people, next);
  // The last cohort is still on the programme on the day the demo is looked at, but for those whose 12 weeks are up.
  const finished = cohort === LAST_COHORT ? order.filter((p) => dayNumber(p.start) + 84 <= asOf) : order;
  const completers = PLAN.completers[i] ?? Math.round(finished.length * 0.7);
  finished.slice(0, completers).forEach((p) => {
    p.completed = 'Yes';
    p.end = addDays(p.start, 84);
  });
  for (const p of order) {
    if (p.completed) continue;
    const end = dayNumber(p.start) + between(next, 14, 70);
    // Of those still within their 12 weeks, only some have left yet.
    const onProgramme = dayNumber(p.start) + 84 > asOf;
    if (onProgramme && (end > asOf || next() < 0.7)) continue;
    p.completed = 'No';
    p.end = isoFromDayNumber(end);
  }
  const done = shuffled(
    people.filter((p) => p.completed === 'Yes'),
    next,
  );
  const cv = PLAN.cvAndPlan[i] ?? Math.round(done.length * 0.8);
  done.forEach((p, k) => {
    p.cvAndPlan = k < cv ? 'Yes' : 'No';
  });
  const survey = PLAN.endSurvey[i];
  if (survey) {
    const scores = scoresAddingTo(survey[0], survey[1], next);
    shuffled(done, next)
      .slice(0, survey[0])
      .forEach((p, k) => {
        p.scoreEnd = scores[k]!;
      });
  }
  if (cohort < LAST_COHORT) {
    const eet = PLAN.eetAt6Months[i]!;
    shuffled(done, next).forEach((p, k) => {
      p.eetAt6Months = k < eet ? 'Yes' : 'No';
    });
  }
  return people;
}

/** Destination starts in quarter `r`: a day inside it, 3 days from either end, so that 26 weeks on is in r + 2. */
function quarterInside(r: number): [number, number] {
  return [dayNumber(quarterStart(r)) + 3, dayNumber(quarterEnd(r)) - 3];
}

/** Who starts a job, apprenticeship or course in each quarter, and when. */
function destinationMembers(people: DemoParticipant[], next: () => number): Map<number, Member[]> {
  const members = new Map<number, Member[]>();
  const add = (r: number, person: DemoParticipant, earliest: number, latest: number) => {
    const [inside0, inside1] = quarterInside(r);
    const member = {
      person,
      earliest: Math.max(earliest, inside0),
      latest: Math.min(latest, inside1, dayNumber(DEMO_AS_OF)),
      day: 0,
    };
    if (member.earliest > member.latest) throw new Error(`demo: no day for a destination in quarter ${r}`);
    members.set(r, [...(members.get(r) ?? []), member]);
  };
  const cohortOfPerson = (p: DemoParticipant) => {
    for (let c = FIRST_COHORT; c <= LAST_COHORT; c++) if (p.start <= quarterEnd(c)) return c;
    return LAST_COHORT;
  };
  // Those in work or learning six months after completing started it within 26 weeks of leaving.
  for (let c = FIRST_COHORT; c < LAST_COHORT; c++) {
    const yes = people
      .filter((p) => cohortOfPerson(p) === c && p.eetAt6Months === 'Yes')
      .sort((a, b) => (a.start < b.start ? -1 : 1));
    const same = PLAN.destinationSameQuarter[c - FIRST_COHORT]!;
    yes.forEach((p, k) => {
      const end = dayNumber(p.end!);
      add(k < same ? c + 1 : c + 2, p, end + 7, end + 182);
    });
  }
  // Some who left early left for a job or course: enough of them to make up each quarter's starts.
  const needed = (r: number) => (r >= 1 && r <= 8 ? DESTINATIONS.starts[r - 1]! : DESTINATIONS.jobs[r + 1]!);
  const early = people.filter((p) => p.completed === 'No');
  for (let r = -1; r <= 8; r++) {
    const have = members.get(r)?.length ?? 0;
    const candidates = shuffled(
      early.filter((p) => {
        const c = cohortOfPerson(p);
        return (c === r - 1 || c === r - 2) && !p.destination && dayNumber(p.end!) + 7 <= quarterInside(r)[1];
      }),
      next,
    );
    for (const p of candidates.slice(0, Math.max(0, needed(r) - have))) {
      p.destination = 'Course';
      add(r, p, dayNumber(p.end!) + 7, Number.POSITIVE_INFINITY);
    }
  }
  return members;
}

/**
 * Days for each member of quarter `r`, near the mean the quarter's figure asks for, then moved a day at a time
 * within what each may be until the total is exact: I7 is the total over the count, divided once.
 */
function placeDays(r: number, members: Member[]): void {
  const starts = members.map((m) => dayNumber(m.person.start));
  const index = r - 1;
  const exact = index >= 0 && index < DESTINATIONS.starts.length;
  const target = exact ? Math.round(DESTINATIONS.meanWeeks[index]! * 7 * members.length) : undefined;
  const meanDays = target === undefined ? 140 : target / members.length;
  members.forEach((m, k) => {
    m.day = Math.min(m.latest, Math.max(m.earliest, Math.round(starts[k]! + meanDays)));
  });
  if (target === undefined) return;
  if (members.length !== DESTINATIONS.starts[index])
    throw new Error(`demo: quarter ${r} has ${members.length} starts`);
  let gap = target - members.reduce((sum, m, k) => sum + m.day - starts[k]!, 0);
  while (gap !== 0) {
    const before = gap;
    for (const m of members) {
      if (gap > 0 && m.day < m.latest) {
        m.day++;
        gap--;
      } else if (gap < 0 && m.day > m.earliest) {
        m.day--;
        gap++;
      }
      if (gap === 0) break;
    }
    if (gap === before) throw new Error(`demo: quarter ${r} cannot reach its mean`);
  }
}

function assignDestinations(members: Map<number, Member[]>, next: () => number): void {
  const asOf = dayNumber(DEMO_AS_OF);
  for (const [r, list] of members) {
    placeDays(r, list);
    const jobs = DESTINATIONS.jobs[r + 1]!;
    const inWork = DESTINATIONS.inWork[r + 1];
    list.forEach((m, k) => {
      const p = m.person;
      p.destinationStart = isoFromDayNumber(m.day);
      p.destination = k < jobs ? 'Job' : k % 2 === 0 ? 'Apprenticeship' : 'Course';
      if (p.destination !== 'Job') return;
      if (inWork !== undefined) p.inWorkAt26Weeks = k < inWork ? 'Yes' : 'No';
      else if (m.day + 182 <= asOf) p.inWorkAt26Weeks = next() < 0.65 ? 'Yes' : 'No';
    });
  }
}

let made: DemoParticipant[] | undefined;

/** The demo's participants, oldest start first, with IDs in that order. */
export function demoParticipants(): DemoParticipant[] {
  if (made) return made;
  const next = random(20_240_101);
  const people: DemoParticipant[] = [];
  for (let c = FIRST_COHORT; c <= LAST_COHORT; c++) people.push(...cohortOf(c, next));
  assignDestinations(destinationMembers(people, next), next);
  people.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  people.forEach((p, k) => {
    p.id = `NYF-${String(k + 1).padStart(4, '0')}`;
  });
  made = people;
  return people;
}

/** The Records tab, dates as ISO text. */
export function demoRecordsTable(): Cell[][] {
  const date = (iso: string | undefined): Cell => iso ?? '';
  const rows = demoParticipants().map(
    (p): Record<(typeof RECORD_COLUMNS)[number]['key'], Cell> => ({
      id: p.id,
      start: date(p.start),
      end: date(p.end),
      completed: p.completed ?? '',
      scoreStart: p.scoreStart ?? '',
      scoreEnd: p.scoreEnd ?? '',
      cvAndPlan: p.cvAndPlan ?? '',
      destination: p.destination ?? '',
      destinationStart: date(p.destinationStart),
      eetAt6Months: p.eetAt6Months ?? '',
      inWorkAt26Weeks: p.inWorkAt26Weeks ?? '',
      ageBand: p.ageBand,
      site: p.site,
    }),
  );
  return [RECORD_COLUMNS.map((c) => c.header), ...rows.map((row) => RECORD_COLUMNS.map((c) => row[c.key]))];
}

type SourceCells = Partial<Record<(typeof SOURCE_COLUMNS)[number]['key'], string>>;

const EVERY_SOURCE: SourceCells = {
  tab: 'Records',
  idColumn: 'ID',
  breakdown1: 'Age band',
  breakdown2: 'Site',
};

/**
 * The demo's Sources rows: I1 to I7 are computed from the Records tab. I8 (work placements) has no records there,
 * and no Frequency, so it stays typed.
 */
const DEMO_SOURCES: SourceCells[] = [
  { indicator: 'I1', dateColumn: 'Start date', count: 'Participants' },
  {
    indicator: 'I2',
    dateColumn: 'Start date',
    window: '12 weeks',
    count: 'Share',
    condition: 'Completed = Yes',
  },
  {
    indicator: 'I3',
    dateColumn: 'End date',
    count: 'Average',
    value: 'Self-efficacy at end',
    eligible: 'Completed = Yes',
  },
  {
    indicator: 'I4',
    dateColumn: 'Start date',
    window: '12 weeks',
    count: 'Share',
    eligible: 'Completed = Yes',
    condition: 'CV and plan = Yes',
  },
  {
    indicator: 'I5',
    dateColumn: 'End date',
    count: 'Share',
    eligible: 'Completed = Yes',
    condition: 'EET at 6 months = Yes',
  },
  {
    indicator: 'I6',
    dateColumn: 'Destination start',
    window: '26 weeks',
    count: 'Share',
    eligible: 'Destination = Job',
    condition: 'In work at 26 weeks = Yes',
  },
  {
    indicator: 'I7',
    dateColumn: 'Destination start',
    count: 'Average',
    value: 'weeks from Start date to Destination start',
  },
];

/** The Sources tab, Last period as ISO text. */
export function demoSourcesTable(): Cell[][] {
  const last: Cell = LAST_PERIOD;
  return [
    SOURCE_COLUMNS.map((c) => c.header),
    ...DEMO_SOURCES.map((source) =>
      SOURCE_COLUMNS.map((c) =>
        c.key === 'lastPeriod' ? last : ({ ...EVERY_SOURCE, ...source }[c.key] ?? ''),
      ),
    ),
  ];
}
