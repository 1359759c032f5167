import { describe, expect, it } from 'vitest';
import { differenceOfRates } from '../measures/difference-of-rates';
import { emptyWorkbook, type Indicator, type Measurement, type Workbook } from '../model/schema';
import type { LogRow } from './log';
import { movementSince } from './movement';
import { reviewItems } from './review-items';

const AS_OF = '2026-07-15';

function share(id: string, baseline: number, target: number, targetDate: string): Indicator {
  return {
    id,
    outcome: 'O1',
    name: `${id} share`,
    unit: 'Percent',
    direction: 'Increase',
    baseline,
    baselineDate: '2025-01-01',
    target,
    targetDate,
    frequency: 'Quarterly',
  };
}

const counts = (indicator: string, periodEnd: string, achieved: number, outOf: number): Measurement => ({
  indicator,
  periodEnd,
  achieved,
  outOf,
});

const workbook: Workbook = {
  ...emptyWorkbook({ name: 'Test' }),
  nodes: [
    {
      id: 'A1',
      level: 'Activity',
      statement: 'Placements',
      assumptions: 'Employers keep offering placements',
    },
    {
      id: 'O1',
      level: 'Outcome',
      statement: 'Young people finish',
      assumptions: 'They keep coming (tested by I2)',
    },
    { id: 'IM1', level: 'Impact', statement: 'In work', assumptions: 'Jobs exist' },
  ],
  links: [
    { from: 'A1', to: 'O1' },
    { from: 'O1', to: 'IM1' },
  ],
  indicators: [
    share('I1', 0.5, 0.7, '2026-12-31'),
    {
      id: 'I2',
      outcome: 'O1',
      name: 'Sessions held',
      unit: 'Number',
      direction: 'Increase',
      baselineDate: '2025-01-01',
      frequency: 'Monthly',
    },
    share('I3', 0.5, 0.6, '2027-01-01'),
    {
      id: 'I4',
      outcome: 'O1',
      name: 'Confidence',
      unit: 'Score',
      direction: 'Increase',
      frequency: 'Quarterly',
    },
  ],
  measurements: [
    counts('I1', '2025-12-31', 30, 100),
    counts('I1', '2026-06-30', 60, 100),
    counts('I3', '2025-12-31', 55, 100),
    counts('I3', '2026-06-30', 58, 100),
    { indicator: 'I4', periodEnd: '2025-12-31', value: 3.1 },
    { indicator: 'I4', periodEnd: '2026-06-30', value: 3.6 },
  ],
};

const row = (n: number, fields: Omit<LogRow, 'row' | 'found'> & { found?: string }): LogRow => ({
  row: n,
  found: 'What we saw',
  ...fields,
});

const log: LogRow[] = [
  row(2, {
    date: '2026-01-15',
    about: 'I1',
    change: 'Add a second mentor session',
    reviewBy: '2026-06-30',
    watch: 'I1',
    owner: 'Sam',
  }),
  row(3, {
    date: '2026-01-10',
    about: 'O1',
    change: 'Phone people who miss a week',
    reviewBy: '2026-04-01',
    watch: 'I3',
  }),
  row(4, {
    date: '2026-07-01',
    about: 'I3',
    change: 'Move sessions to evenings',
    reviewBy: '2026-07-10',
    watch: 'I3',
  }),
  row(5, { date: '2026-01-01', about: 'I2', change: 'Count sessions monthly', reviewBy: '2026-03-01' }),
  row(6, { date: '2026-03-05', about: 'I2', found: 'Counting works now' }),
  row(7, { date: '2026-06-01', about: 'I4', change: 'New workbook', reviewBy: '2026-12-31', watch: 'I4' }),
  row(8, { date: '2026-01-20', about: 'A1', change: 'Ask employers early', reviewBy: '2026-07-01' }),
];

describe('reviewItems', () => {
  const items = reviewItems(workbook, log, { asOf: AS_OF });

  it('lists every kind of item, in kind order, and nothing that needs no conversation', () => {
    expect(items.map((i) => `${i.kind} ${i.about}`)).toEqual([
      'status I1',
      'overdue I2',
      'untested-assumption A1',
      'decision-due I1',
      'decision-due O1',
      'decision-due I3',
      'decision-due A1',
    ]);
  });

  it.each([
    [
      'status I1',
      'I1 is off track: its latest figure is 60% for the period ending 30 June 2026 against a target of 70% by 31 December 2026.',
    ],
    ['overdue I2', 'I2 has no data on the Data tab yet, and it is meant to be collected monthly'],
    [
      'untested-assumption A1',
      'A1 leads to O1 on the assumption "Employers keep offering placements", and no indicator tests it.',
    ],
    ['decision-due A1', 'No indicator to watch was named.'],
  ])('words %s plainly', (which, words) => {
    const item = items.find((i) => `${i.kind} ${i.about}` === which)!;
    expect(item.reason).toContain(words);
  });

  it('says a watched share moved when the interval of the change leaves out 0', () => {
    const item = items.find((i) => i.kind === 'decision-due' && i.about === 'I1')!;
    const expected = differenceOfRates(60, 100, 30, 100);
    expect(item.movement).toMatchObject({
      verdict: 'moved',
      difference: expected.difference,
      lower: expected.lower,
    });
    expect(item.movement!.lower).toBeGreaterThan(0);
    expect(item.reason).toContain('On 15 January 2026 we decided: "Add a second mentor session" (Sam).');
    expect(item.reason).toContain(
      'I1 moved from 30% (30 of 100, period ending 31 December 2025) to 60% (60 of 100, period ending 30 June 2026): +30 points, 95% interval',
    );
  });

  it('says too early to tell when the interval includes 0', () => {
    const item = items.find((i) => i.kind === 'decision-due' && i.about === 'O1')!;
    expect(item.movement!.verdict).toBe('too-early');
    expect(item.movement!.lower! < 0 && item.movement!.upper! > 0).toBe(true);
    expect(item.movement!.sentence).toMatch(
      /^Too early to tell: I3 went from 55% .* to 58% .*; the interval includes no change\.$/,
    );
  });

  it('says too early to tell when no period has ended since the decision', () => {
    const item = items.find((i) => i.kind === 'decision-due' && i.about === 'I3')!;
    expect(item.movement).toMatchObject({ verdict: 'too-early', before: { periodEnd: '2026-06-30' } });
    expect(item.movement!.sentence).toBe(
      'Too early to tell: no period of I3 has ended since the decision (1 July 2026); its last figure is for the period ending 30 June 2026.',
    );
  });

  it('leaves out a decision answered by a later row about the same item, and one not yet due', () => {
    expect(items.some((i) => i.about === 'I2' && i.kind === 'decision-due')).toBe(false);
    expect(items.some((i) => i.about === 'I4')).toBe(false);
  });
});

describe('movementSince', () => {
  it.each([
    [
      'a figure with no counts',
      'I4',
      '2026-01-01',
      'no-interval',
      'I4 went from 3.1 (period ending 31 December 2025) to 3.6',
    ],
    [
      'no figure before the decision',
      'I3',
      '2025-06-01',
      'too-early',
      'I3 has no figure on or before the decision',
    ],
    ['an indicator that is not there', 'I9', '2026-01-01', 'too-early', 'no indicator has the ID "I9"'],
  ])('%s', (_, id, decided, verdict, words) => {
    const movement = movementSince(workbook, id, decided, AS_OF);
    expect(movement.verdict).toBe(verdict);
    expect(movement.sentence).toContain(words);
  });

  it('ignores figures after the review date', () => {
    expect(movementSince(workbook, 'I1', '2026-01-15', '2026-06-29').verdict).toBe('too-early');
  });
});
