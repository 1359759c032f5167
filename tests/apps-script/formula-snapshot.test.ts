// Every IMPACT_ formula over a broad grid of cells, through the built Code.js as Sheets calls it: what each one
// answers, or the message it throws, for single values, ranges, blanks, text, dates, bad and clashing arguments,
// with each optional argument given and left out. The record in __snapshots__ is what users see; a change to the
// formulas' code that changes any answer or any message shows up as a difference in it.
import { beforeAll, expect, it } from 'vitest';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

/** A date cell, made in the script's realm when the formula is called: a day, or a raw time (NaN, year 10000). */
class DateCell {
  constructor(
    readonly label: string,
    readonly time: () => number,
  ) {}
}

function day(iso: string): DateCell {
  const [y, m, d] = iso.split('-').map(Number);
  return new DateCell(`DATE(${iso})`, () => new Date(y!, m! - 1, d!).getTime());
}

const INVALID_DATE = new DateCell('an invalid date', () => Number.NaN);
const YEAR_10000 = new DateCell('a date in 10000', () => Date.UTC(10_000, 0, 1));

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** How an argument reads in the record: Sheets' array notation for ranges, JSON for text. */
function show(value: unknown): string {
  if (value instanceof DateCell) return value.label;
  if (Array.isArray(value)) {
    if (!value.some(Array.isArray)) return `list[${value.map(show).join(', ')}]`;
    return `{${value.map((row) => (Array.isArray(row) ? row.map(show).join(', ') : show(row))).join('; ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

type Call = (name: string, ...args: unknown[]) => unknown;
let call: Call;
let makeDate: (time: number) => Date;

beforeAll(async () => {
  const addon = await loadAddon(new FakeSpreadsheet());
  call = addon.call;
  makeDate = addon.makeDate;
});

function realise(value: unknown): unknown {
  if (value instanceof DateCell) return makeDate(value.time());
  if (Array.isArray(value)) return value.map(realise);
  return value;
}

const out: Record<string, unknown> = {};

/** Calls the formula and records its answer, or `{ error }` with what it threw. */
function record(name: string, ...args: unknown[]): void {
  const key = `${name}(${args.map(show).join(', ')})`;
  try {
    out[key] = call(name, ...args.map(realise));
  } catch (error) {
    const e = error as Error;
    out[key] = { error: e.name === 'MeasureError' ? e.message : `${e.name}: ${e.message}` };
  }
}

/** Every combination of one value from each pool, in order. */
function product(pools: readonly (readonly unknown[])[]): unknown[][] {
  return pools.reduce<unknown[][]>((combos, pool) => combos.flatMap((c) => pool.map((v) => [...c, v])), [[]]);
}

/** `base` with one argument changed, for each value of that argument's pool; and with two changed, for clashes. */
function variations(
  base: readonly unknown[],
  pools: readonly (readonly unknown[])[],
  pairs: boolean,
): unknown[][] {
  const found: unknown[][] = [];
  pools.forEach((pool, i) => {
    for (const v of pool) found.push(base.map((b, k) => (k === i ? v : b)));
  });
  if (!pairs) return found;
  for (let i = 0; i < pools.length; i++) {
    for (let j = i + 1; j < pools.length; j++) {
      for (const a of pools[i]!) {
        for (const b of pools[j]!) found.push(base.map((x, k) => (k === i ? a : k === j ? b : x)));
      }
    }
  }
  return found;
}

const NUMBERS = [0, 28, 40, -5, '1,200', '45%', '', 'tbc', true, day('2024-09-30'), 1e308, -1e308];

const DATES = [
  day('2024-09-30'),
  day('2027-03-31'),
  day('2024-01-01'),
  '2024-09-30',
  '31/03/2027',
  '30 September 2026',
  '31/02/2026',
  '03/31/2026',
  '31/3/26',
  45_565,
  '',
  'soon',
  true,
  INVALID_DATE,
  YEAR_10000,
];

function progressCases(): void {
  for (const args of product([NUMBERS, NUMBERS, NUMBERS])) record('IMPACT_PROGRESS', ...args);
  record(
    'IMPACT_PROGRESS',
    column([28, 40, 'tbc', '', 10, '£1,000']),
    column([40, 40, 50, '', 20, '£3,000']),
    column([37, 38, 39, '', 15, 2000]),
  );
  record('IMPACT_PROGRESS', 28, 40, column([28, '', 34, 40, 'n/a', 1e308]));
  record('IMPACT_PROGRESS', column([0, 10]), column([100, 20]), [
    [50, 60, ''],
    [15, 'n/a', 20],
  ]);
  record('IMPACT_PROGRESS', [[0, 10]], [[100], [20]], 50);
  record('IMPACT_PROGRESS', column([1, 2]), column([3, 4, 5]), column([6, 7, 8]));
  record('IMPACT_PROGRESS', [[1, 2]], [[3, 4, 5]], 1);
  record('IMPACT_PROGRESS', [], 40, 30);
  record('IMPACT_PROGRESS', [[1], [2, 3]], 40, 30);
  record('IMPACT_PROGRESS', [28, 29], 40, [30, 31]);
  record('IMPACT_PROGRESS', [[28]], [[40]], [[37]]);
  record('IMPACT_PROGRESS', column(['', 'tbc']), 40, column(['', 30]));
  record('IMPACT_PROGRESS', 'tbc', 40, column([30, '', 31]));
}

function statusCases(): void {
  const base = [0.55, 0.7, 9 / 14, day('2024-09-30'), day('2027-03-31'), day('2026-09-30'), 0.9, 0.75];
  const numbers = [0.7, -5, '', 'tbc', day('2024-09-30'), 1e308];
  const thresholds = [0.5, -0.1, 0.95, '80%', '', 'tbc'];
  const dates = [day('2024-01-01'), day('2027-04-01'), '31/02/2026', 45_565, 'soon', ''];
  // A blank as_of is today: asked only where every day from now on gives the same answer.
  const asOf = dates.filter((d) => d !== '');
  const pools = [numbers, numbers, numbers, dates, dates, asOf, thresholds, thresholds];
  for (const args of variations(base, pools, true)) record('IMPACT_STATUS', ...args);
  for (const args of product([[0.55, 0.7], DATES, DATES])) {
    record('IMPACT_STATUS', ...args.slice(0, 1), 0.7, 0.6, ...args.slice(1), day('2026-09-30'));
  }
  for (const when of DATES.filter((d) => d !== '')) {
    record('IMPACT_STATUS', 28, 40, 30, day('2024-09-30'), day('2027-03-31'), when);
  }
  record('IMPACT_STATUS', 0.55, 0.7, 9 / 14, day('2024-09-30'), day('2027-03-31'), day('2026-09-30'));
  record('IMPACT_STATUS', 0.55, 0.7, 9 / 14, day('2024-09-30'), day('2027-03-31'), day('2026-09-30'), 0.75);
  record('IMPACT_STATUS', 0.55, 0.7, 9 / 14, '2024-09-30', '31/03/2027', '30 September 2026');
  for (const left of [[], [''], ['', ''], ['', '', '']]) {
    record('IMPACT_STATUS', 28, 40, 30, day('2020-01-01'), day('2021-01-01'), ...left);
    record('IMPACT_STATUS', 28, 40, 41, day('2020-01-01'), day('2021-01-01'), ...left);
    record('IMPACT_STATUS', 28, 40, 30, day('2998-01-01'), day('2999-01-01'), ...left);
    record('IMPACT_STATUS', 28, 40, 20, day('2998-01-01'), day('2999-01-01'), ...left);
    record('IMPACT_STATUS', 28, 40, 30, day('2998-01-01'), day('2999-01-01'), ...left.slice(1), 'tbc');
  }
  record('IMPACT_STATUS', 28, 40, 30, 'soon', day('2999-01-01'));
  record('IMPACT_STATUS', 40, 40, 30, 'soon', day('2999-01-01'));
  record(
    'IMPACT_STATUS',
    28,
    40,
    column([41, 30, '', 35, 35, 'x', 36]),
    day('2024-09-30'),
    column([day('2027-03-31'), day('2027-03-31'), day('2027-03-31'), day('2024-01-01'), 'soon', 1, 2]),
    column(Array.from({ length: 7 }, () => day('2026-09-30'))),
  );
  record('IMPACT_STATUS', 28, 40, column([30, 31]), 'soon', day('2027-03-31'), day('2026-09-30'));
  record('IMPACT_STATUS', 28, 40, column(['', '']), 'soon', day('2027-03-31'), day('2026-09-30'));
  record('IMPACT_STATUS', 28, 40, column([30, 31]), day('2024-09-30'), day('2027-03-31'), column(['', '']));
  record(
    'IMPACT_STATUS',
    28,
    40,
    [[30, 35, 39]],
    day('2024-09-30'),
    day('2027-03-31'),
    day('2026-09-30'),
    [[0.9, 0.5, 'x']],
    column([0.75]),
  );
  record('IMPACT_STATUS', 28, 40, column([30, 31]), day('2024-09-30'), day('2027-03-31'), column([1, 2, 3]));
}

function rateCases(): void {
  const achieved = [0, 5, 20, 30, -1, '62', '', 'tbc', true, day('2024-09-30'), 1e308];
  const outOf = [20, 0, -3, '109', '', 'x', day('2024-09-30'), 1e308];
  const confidence = ['', 0.9, '90%', 95, 1, 0, 'high', -0.5];
  for (const [x, n] of product([achieved, outOf])) {
    record('IMPACT_RATE', x, n);
    for (const level of confidence) record('IMPACT_RATE', x, n, level);
  }
  record('IMPACT_RATE', 81, 263);
  record('IMPACT_RATE', 62, 109, 0.9);
  record('IMPACT_RATE', column([81, '', 30, 5, 'some', 0, -2]), column([263, 40, 20, 0, 10, 20, 'x']));
  record('IMPACT_RATE', column([81, 30]), 263, column([0.9, 95]));
  record('IMPACT_RATE', column([81, 30]), column([263, 40]), column(['', 'x']));
  record('IMPACT_RATE', column([81, 30]), 'x');
  record('IMPACT_RATE', column(['', '']), 'x');
  record('IMPACT_RATE', column([1, 2]), column([3, 4, 5]));
  record('IMPACT_RATE', [[1, 2]], [[3, 4]]);
  record('IMPACT_RATE', [[1, 2]], 10);
  record('IMPACT_RATE', 5, 10, [[0.9, 0.95]]);
  record('IMPACT_RATE', [[5]], [[10]], [[0.9]]);
  record('IMPACT_RATE', [], 10);
}

function trendCases(): void {
  const values = [
    column([38, 41, 37, 39]),
    column([10, '', 30, 20]),
    column(['', 10, '', 30]),
    column(['', '', '', '']),
    column([38, '', '', '']),
    column([38, 'tbc', 39, 40]),
    [[38, '41', ' 37 ', '39']],
    column([1e308, -1e308, 1e308, 0]),
    5,
    '',
    [
      [1, 2],
      [3, 4],
    ],
    [],
  ];
  const dates = [
    undefined,
    '',
    column([day('2025-12-31'), day('2026-03-31'), day('2026-06-30'), day('2026-09-30')]),
    column([day('2026-01-01'), day('2026-02-01'), day('2026-03-01')]),
    column([day('2026-01-01'), '', day('2026-03-01'), day('2026-04-01')]),
    column([day('2025-09-30'), day('2025-09-30'), day('2025-12-31'), day('2025-09-30')]),
    column([day('2026-01-01'), 'soon', 45_565, '2026-04-01']),
    column(['2026-01-01', '31/01/2026', '2 March 2026', '2026-04-01']),
    [[day('2026-01-01'), day('2026-02-01'), day('2026-03-01'), day('2026-04-01')]],
    day('2026-01-01'),
  ];
  const per = [
    undefined,
    '',
    'quarter',
    ' Months ',
    'day',
    'fortnight',
    5,
    column(['week', 'day']),
    [['year']],
  ];
  for (const [v, d, p] of product([values, dates, per])) {
    if (p !== undefined) record('IMPACT_TREND', v, d ?? '', p);
    else if (d !== undefined) record('IMPACT_TREND', v, d);
    else record('IMPACT_TREND', v);
  }
}

function forecastCases(): void {
  const values = [
    column([10, 20, 30]),
    column([10, '', 30]),
    column(['', '', '']),
    column([10, '', '']),
    column([10, 'x', 30]),
    column([1e308, -1e308, 1e308]),
    5,
  ];
  const dates = [
    '',
    column([day('2026-01-01'), day('2026-01-11'), day('2026-01-21')]),
    column([day('2026-01-01'), day('2026-01-11')]),
    column([day('2026-01-01'), day('2026-01-01'), day('2026-01-21')]),
    column([day('2026-01-01'), '', day('2026-01-21')]),
    column([day('2026-01-01'), 'soon', day('2026-01-21')]),
  ];
  const onDate = [
    day('2026-02-20'),
    '2026-02-20',
    '',
    46_000,
    'soon',
    INVALID_DATE,
    column([day('2026-01-01'), day('2026-01-11')]),
    [[day('2026-02-20')]],
  ];
  for (const args of product([values, dates, onDate])) record('IMPACT_FORECAST', ...args);
  record('IMPACT_FORECAST', column([10, 20]));
  record('IMPACT_FORECAST', column([10, 20]), column([day('2026-01-01'), day('2026-01-11')]));
  record('IMPACT_FORECAST', column(['', '']));
}

function paymentCases(): void {
  const achieved = [150, 0, -5, '150', '', 'tbc', day('2024-09-30')];
  const price = [800, '£800', -1, '', 'x'];
  const cap = [undefined, '', 140, -1, 'none'];
  const totalCap = [undefined, '', 1e6, '£1,000,000', 100, -5, 'lots', column([1, 2]), [[100_000]]];
  for (const [a, p, c, t] of product([achieved, price, cap, totalCap])) {
    if (t !== undefined) record('IMPACT_PAYMENT', a, p, c ?? '', t);
    else if (c !== undefined) record('IMPACT_PAYMENT', a, p, c);
    else record('IMPACT_PAYMENT', a, p);
  }
  const a = column([193, 104, 55]);
  const p = column([120, 800, 1400]);
  const c = column([240, 140, 70]);
  record('IMPACT_PAYMENT', a, p, c, 250_000);
  record('IMPACT_PAYMENT', a, p, c, 100_000);
  record('IMPACT_PAYMENT', a, p);
  record(
    'IMPACT_PAYMENT',
    column([193, '', 55, '']),
    column([120, 800, 1400, 5]),
    column([240, 140, '', '']),
  );
  record('IMPACT_PAYMENT', column(['', '']), column([1, 2]));
  record('IMPACT_PAYMENT', column(['', '']), column([1, 2]), '', 'lots');
  record('IMPACT_PAYMENT', column(['', '']), column([1, 2]), '', -5);
  record('IMPACT_PAYMENT', column(['', '']), column([1, 2]), '', column([1, 2]));
  record('IMPACT_PAYMENT', column(['', 193, -5]), column([1, 120, 800]));
  record('IMPACT_PAYMENT', column(['', 193, 5, '']), column([1, 120, -800, 1]));
  record('IMPACT_PAYMENT', column(['', '', 193, 5]), column([1, 1, 120, 800]), column(['', '', 'x', -1]));
  record('IMPACT_PAYMENT', column([193, 104]), column([120, 'tbc']));
  record('IMPACT_PAYMENT', column(['', -5, 3]), column([1, 120, 'tbc']));
  record('IMPACT_PAYMENT', column(['', 1e308, 1e308]), column([1, 10, 10]));
  record('IMPACT_PAYMENT', column(['', 1e308, 1e308]), column([1, 1, 1]));
  record('IMPACT_PAYMENT', column(['', 1e308, 1e308]), column([1, 1, 1]), '', -5);
  record('IMPACT_PAYMENT', a, column([1, 2]));
  record('IMPACT_PAYMENT', a, column([1, 2]), '', 'lots');
  record('IMPACT_PAYMENT', [[1, 2]], 3);
  record('IMPACT_PAYMENT', column([1, 2]), [[3, 4]]);
  record('IMPACT_PAYMENT', [], 3);
}

function sroiCases(): void {
  const base = [20, 10_000, 0.25, 0.2, 0.1, 0.2, 3, 60_000, 0.035];
  const share = [0, 1, 25, 1.5, -0.1, '25%', '', 'x'];
  const pools = [
    [0, -4, '20', '', 'x', true, 1e308],
    [-500, '£10,000', '', 'x', day('2024-09-30'), 1e308],
    share,
    share,
    share,
    share,
    [1, 0, 2.5, 100, 101, '3', '', 'x'],
    [0, -1, '60000', '£60,000', '', 'x', column([1, 2]), [[60_000]], 1e-300],
    [0, 0.05, 3.5, 1, -0.1, '5%', '', 'x', column([1, 2]), [[0.05]]],
  ];
  for (const args of variations(base, pools, false)) record('IMPACT_SROI', ...args);
  const clashes = [
    [-4, 'x'],
    [-500, 'x'],
    ['x', 25],
    [25, 'x'],
    [-0.1, 1.5],
    ['x', -1],
    [101, 'x'],
    [0, 'x'],
    [3.5, 'x'],
  ];
  for (const args of variations(base, clashes, true)) record('IMPACT_SROI', ...args);
  record('IMPACT_SROI', ...base.slice(0, 8));
  const outcomes = [
    [20, 10_000, 0.25, 0.2, 0.1, 0.2, 3],
    ['', '', '', '', '', '', ''],
    [15, 1_500, 0.4, 0.3, 0, 0.5, 2],
  ];
  const table = (rows: unknown[][]) => Array.from({ length: 7 }, (_, c) => rows.map((row) => [row[c]]));
  record('IMPACT_SROI', ...table(outcomes), 60_000);
  record('IMPACT_SROI', ...table(outcomes), 60_000, 0.05);
  record('IMPACT_SROI', ...table(outcomes), 'x');
  record('IMPACT_SROI', ...table(outcomes), 0);
  record('IMPACT_SROI', ...table(outcomes), column([1, 2]));
  record('IMPACT_SROI', ...table([outcomes[0]!, outcomes[1]!, [15, 1_500, 40, 0.3, 0, 0.5, 2]]), 60_000);
  record('IMPACT_SROI', ...table([outcomes[0]!, [15, 1_500, '', 0.3, 0, 0.5, 2]]), 60_000);
  record('IMPACT_SROI', ...table([outcomes[1]!, [15, 1_500, 'x', 0.3, 0, 0.5, 2], outcomes[0]!]), 'x');
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!, [15, 1_500, 0.1, 0.3, 0, 0.5, 0]]), 60_000);
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[0]!, [-15, 1_500, 0.1, 0.3, 0, 0.5, 2]]), 60_000, 3);
  record('IMPACT_SROI', ...table([outcomes[1]!, [1e308, 1e308, 0, 0, 0, 0, 1], outcomes[0]!]), 60_000);
  record(
    'IMPACT_SROI',
    ...table([outcomes[1]!, [1e308, 1e300, 0, 0, 0, 0, 1], [1e308, 1e300, 0, 0, 0, 0, 1]]),
    1,
  );
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!]), 60_000);
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!]), 'x');
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!]), 60_000, 'x');
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!]), 60_000, -0.5);
  record('IMPACT_SROI', ...table([outcomes[1]!, outcomes[1]!]), column([1, 2]));
  record('IMPACT_SROI', '', '', '', '', '', '', '', '');
  record('IMPACT_SROI', column([1, 2]), column([1, 2, 3]), 0, 0, 0, 0, 1, 100);
  record('IMPACT_SROI', column([1, 2]), column([1, 2, 3]), 0, 0, 0, 0, 1, column([1, 2]));
  record('IMPACT_SROI', [[1, 2]], 1, 0, 0, 0, 0, 1, 100);
}

function completenessCases(): void {
  const ranges = [
    column([31, 33, 30, 35, 36, 38, '', '']),
    [
      [0, '  ', day('2026-03-31')],
      ['n/a', '', false],
    ],
    column([1, 2, 3]),
    5,
    '',
    '  ',
    [],
    [1, '', 3],
    [[1], [2, 3]],
  ];
  const expected = [undefined, '', 8, '8', 2, 2.5, 0, -1, 'twelve', true, column([1, 2]), [[8]], 1e308];
  for (const [r, e] of product([ranges, expected])) {
    if (e === undefined) record('IMPACT_COMPLETENESS', r);
    else record('IMPACT_COMPLETENESS', r, e);
  }
}

function checkCases(): void {
  const vague = 'We will help young people feel better.';
  const specific =
    'By March 2027, 60% of the 120 young people we work with will be in work, up from 45% in 2024, measured by follow-up calls at six months.';
  const texts = [vague, specific, '', '  ', 42, true, day('2026-03-31'), column([vague, '', specific])];
  const questions = [
    undefined,
    '',
    'other',
    ' Outcome ',
    'budget',
    'Needs',
    'What difference will your project make? (max 30 words)',
    column(['other', 'outcomes', 'budget']),
    5,
  ];
  for (const [t, q] of product([texts, questions])) {
    if (q === undefined) record('IMPACT_CHECK', t);
    else record('IMPACT_CHECK', t, q);
  }
  record('IMPACT_CHECK', column([vague, vague]), column(['other', 'outcomes', 'budget']));
  record('IMPACT_CHECK', [[vague, specific]], 'outcomes');
  record('IMPACT_CHECK', [], 'outcomes');
}

it('gives the answers and messages recorded, for every formula over the grid', async () => {
  for (const cases of [
    progressCases,
    statusCases,
    rateCases,
    trendCases,
    forecastCases,
    paymentCases,
    sroiCases,
    completenessCases,
    checkCases,
  ])
    cases();
  expect(Object.keys(out).length).toBeGreaterThan(5_000);
  await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('__snapshots__/formula-values.json');
});
