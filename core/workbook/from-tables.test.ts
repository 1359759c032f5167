import { describe, expect, it } from 'vitest';
import { formatFinding } from '../checks/finding';
import { demoWorkbook } from '../demo/workbook';
import type { Cell } from './cells';
import { fromTables, type WorkbookTables } from './from-tables';
import { toTables } from './to-tables';

const TOC_HEAD = ['ID', 'Level', 'Term', 'Statement', 'Leads to', 'Assumptions'];
const IND_HEAD = [
  'ID',
  'Outcome',
  'Indicator',
  'Unit',
  'Direction',
  'Baseline',
  'Baseline date',
  'Target',
  'Target date',
  'Source',
  'Frequency',
  'Owner',
];
const DATA_HEAD = ['Indicator', 'Period end', 'Value', 'Achieved', 'Out of', 'Note'];
const PAY_HEAD = ['Outcome metric', 'Indicator', 'Price', 'Cap', 'Achieved', 'Payment'];

const tocRows: Cell[][] = [
  TOC_HEAD,
  ['A1', 'Activity', '', 'Mentoring', 'O1', ''],
  ['O1', 'Outcome', 'Short', 'Confidence grows', 'IM1', 'Mentors stay'],
  ['IM1', 'Impact', '', 'Fewer young people NEET', '', ''],
];
const indicatorRow: Cell[] = [
  'I1',
  'O1',
  'Confidence score',
  'Score',
  'Increase',
  24,
  '30/09/2024',
  29,
  '31/03/2027',
  'Survey',
  'Quarterly',
  'Lead',
];

function tables(overrides: WorkbookTables = {}): WorkbookTables {
  return {
    'Theory of change': tocRows,
    Indicators: [IND_HEAD, indicatorRow],
    Data: [DATA_HEAD, ['I1', new Date(2025, 2, 31), 25, '', '', '']],
    Payments: [PAY_HEAD, ['Entered work', 'I1', 800, 100, 12, '']],
    ...overrides,
  };
}

const messages = (t: WorkbookTables) => fromTables(t).problems.map(formatFinding);

describe('fromTables: reading a good workbook', () => {
  it('reads every tab', () => {
    const result = fromTables(tables(), { organisation: { name: 'Northfield' } });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.workbook).toEqual({
      schemaVersion: 1,
      organisation: { name: 'Northfield' },
      nodes: [
        { id: 'A1', level: 'Activity', statement: 'Mentoring' },
        {
          id: 'O1',
          level: 'Outcome',
          term: 'Short',
          statement: 'Confidence grows',
          assumptions: 'Mentors stay',
        },
        { id: 'IM1', level: 'Impact', statement: 'Fewer young people NEET' },
      ],
      links: [
        { from: 'A1', to: 'O1' },
        { from: 'O1', to: 'IM1' },
      ],
      indicators: [
        {
          id: 'I1',
          outcome: 'O1',
          name: 'Confidence score',
          unit: 'Score',
          direction: 'Increase',
          baseline: 24,
          baselineDate: '2024-09-30',
          target: 29,
          targetDate: '2027-03-31',
          source: 'Survey',
          frequency: 'Quarterly',
          owner: 'Lead',
        },
      ],
      measurements: [{ indicator: 'I1', periodEnd: '2025-03-31', value: 25 }],
      contracts: [
        {
          name: 'Outcomes contract',
          metrics: [{ metric: 'Entered work', indicator: 'I1', price: 800, cap: 100, achieved: 12 }],
        },
      ],
    });
  });

  it('finds columns by header whatever their order, case and spacing, ignoring extra columns and notes in brackets', () => {
    const shuffled: Cell[][] = [
      ['my notes', 'statement', ' LEADS  TO ', 'Level (Input, Activity, ...)', 'id'],
      ['x', 'Mentoring', 'O1', 'activity', 'A1'],
      ['', 'Confidence grows', '', 'Outcome', 'O1'],
    ];
    const result = fromTables({ 'Theory of change': shuffled });
    expect(result.problems).toEqual([]);
    expect(result.workbook.nodes).toEqual([
      { id: 'A1', level: 'Activity', statement: 'Mentoring' },
      { id: 'O1', level: 'Outcome', statement: 'Confidence grows' },
    ]);
    expect(result.workbook.links).toEqual([{ from: 'A1', to: 'O1' }]);
  });

  it('skips blank rows and blank rows above the header, and keeps row numbers right', () => {
    const broken = [...indicatorRow];
    broken[7] = 'tbc';
    const result = fromTables(tables({ Indicators: [['', ''], IND_HEAD, ['', '', ''], broken] }));
    expect(result.problems.map(formatFinding)).toEqual([
      'Indicators!H4: Target must be a number, found "tbc".',
    ]);
  });

  it('infers the direction when it is blank, from the baseline and target', () => {
    const row = [...indicatorRow];
    row[4] = '';
    row[5] = 22;
    row[7] = 16;
    expect(fromTables(tables({ Indicators: [IND_HEAD, row] })).workbook.indicators[0]!.direction).toBe(
      'Decrease',
    );
    row[7] = 30;
    expect(fromTables(tables({ Indicators: [IND_HEAD, row] })).workbook.indicators[0]!.direction).toBe(
      'Increase',
    );
  });

  it('takes a blank unit as Number', () => {
    const row = [...indicatorRow];
    row[3] = '';
    expect(fromTables(tables({ Indicators: [IND_HEAD, row] })).workbook.indicators[0]!.unit).toBe('Number');
  });

  it('groups payment rows into contracts by the Contract column, with contract-wide values on the first row', () => {
    const head = [...PAY_HEAD, 'Contract', 'Contract start', 'Contract end', 'Total cap'];
    const result = fromTables(
      tables({
        Payments: [
          head,
          ['Entered work', 'I1', 800, 100, 12, '', 'City', '01/04/2025', '31/03/2027', 50000],
          ['Completed', '', 100, '', 30, '', 'County', '', '', ''],
          ['Sustained work', '', 1400, 40, 5, '', 'City', '', '31/03/2027', ''],
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.workbook.contracts).toEqual([
      {
        name: 'City',
        start: '2025-04-01',
        end: '2027-03-31',
        totalCap: 50000,
        metrics: [
          { metric: 'Entered work', indicator: 'I1', price: 800, cap: 100, achieved: 12 },
          { metric: 'Sustained work', price: 1400, cap: 40, achieved: 5 },
        ],
      },
      { name: 'County', metrics: [{ metric: 'Completed', price: 100, achieved: 30 }] },
    ]);
  });

  it('round-trips the demo workbook exactly', () => {
    const result = fromTables(toTables(demoWorkbook), { organisation: demoWorkbook.organisation });
    expect(result.problems).toEqual([]);
    expect(result.workbook).toEqual(demoWorkbook);
  });
});

describe('fromTables: every problem named by its cell', () => {
  it.each<[string, WorkbookTables, string[]]>([
    [
      'a missing required column (one error naming all of them)',
      tables({
        Indicators: [
          ['ID', 'Unit'],
          ['I1', 'Score'],
        ],
      }),
      [
        'Indicators!A1: The Indicators tab has no "Outcome", "Indicator" columns in its header row (row 1); add them, or run Set up impact workbook to repair the tab.',
      ],
    ],
    [
      'a column given twice',
      tables({
        Data: [
          [...DATA_HEAD, 'value'],
          ['I1', '31/03/2025', 25, '', '', '', 26],
        ],
      }),
      ['Data!G1: There are two "Value" columns (the other is Data!C1); rename or remove one.'],
    ],
    [
      'no theory of change tab',
      { Indicators: [IND_HEAD] },
      [
        "'Theory of change'!A1: There is no Theory of change tab, or it is empty; run Set up impact workbook from the Impact Lens menu.",
      ],
    ],
    [
      'a target that is not a number',
      tables({
        Indicators: [IND_HEAD, indicatorRow, ['I2', 'O1', 'Second', 'Score', 'Increase', 1, '', 'tbc']],
      }),
      ['Indicators!H3: Target must be a number, found "tbc".'],
    ],
    [
      'an impossible date',
      tables({ Data: [DATA_HEAD, ['I1', '31/02/2025', 25]] }),
      [
        'Data!B2: Period end must be a date such as 31/03/2026, found "31/02/2025" (February 2025 has no day 31).',
      ],
    ],
    [
      'a US-style date in a UK sheet',
      tables({ Data: [DATA_HEAD, ['I1', '12/31/2025', 25]] }),
      [
        'Data!B2: Period end must be a date such as 31/03/2026, found "12/31/2025" (dates are read day/month/year, and 31 is not a month; did you mean 31/12/2025?).',
      ],
    ],
    [
      'a level that is not one of the list',
      tables({ 'Theory of change': [...tocRows, ['G1', 'Goal', '', 'Something', '', '']] }),
      [
        '\'Theory of change\'!B5: Level must be one of Input, Activity, Output, Outcome, Impact, found "Goal" (choose one of Input, Activity, Output, Outcome, Impact).',
      ],
    ],
    [
      'a row with no ID and no statement',
      tables({ 'Theory of change': [...tocRows, ['', 'Outcome', 'Short', '', '', 'note']] }),
      ["'Theory of change'!A5: ID is missing.", "'Theory of change'!D5: Statement is missing."],
    ],
    [
      'a missing period end',
      tables({ Data: [DATA_HEAD, ['I1', '', 25]] }),
      ['Data!B2: Period end is missing; a date such as 31/03/2026.'],
    ],
    [
      'a negative count',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', -2, 10]] }),
      ['Data!D2: Achieved must not be negative, found -2.'],
    ],
    [
      'a duplicate theory of change ID',
      tables({ 'Theory of change': [...tocRows, ['O1', 'Outcome', 'Long', 'Again', '', '']] }),
      [
        "'Theory of change'!A5: ID \"O1\" is used twice: it is also at 'Theory of change'!A3. Give each row its own ID.",
      ],
    ],
    [
      'a link to an unknown ID',
      tables({ 'Theory of change': [...tocRows.slice(0, 3), ['IM1', 'Impact', '', 'Fewer NEET', 'O9', '']] }),
      ['\'Theory of change\'!E4: Leads to "O9", but no row of the theory of change has that ID.'],
    ],
    [
      'an indicator for an unknown outcome',
      tables({ Indicators: [IND_HEAD, ['I1', 'O7', ...indicatorRow.slice(2)]] }),
      [
        'Indicators!B2: Outcome "O7" is not an ID in the theory of change; use the ID of the outcome this indicator measures.',
      ],
    ],
    [
      'a duplicate indicator ID',
      tables({ Indicators: [IND_HEAD, indicatorRow, indicatorRow] }),
      [
        'Indicators!A3: Indicator ID "I1" is used twice: it is also at Indicators!A2. Give each indicator its own ID.',
      ],
    ],
    [
      'a measurement for an unknown indicator',
      tables({ Data: [DATA_HEAD, ['I9', '31/03/2025', 25]] }),
      [
        'Data!A2: Indicator "I9" is not an ID on the Indicators tab; add the indicator there or correct the ID.',
      ],
    ],
    [
      'two values for one period',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', 25], ['I1', '2025-03-31', 26]] }),
      [
        'Data!B3: I1 already has a value for the period ending 31 March 2025, at Data!B2; keep one row per indicator and period.',
      ],
    ],
    [
      'a data row with no figure',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', '', '', 'forgot']] }),
      ['Data!C2: There is no Value, and no Achieved and Out of: enter the figure for this period.'],
    ],
    [
      'achieved without out of',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', 12, '']] }),
      ['Data!E2: Achieved is 12 but Out of is blank: enter how many could have achieved it.'],
    ],
    [
      'out of without achieved',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', '', 12]] }),
      ['Data!D2: Out of is 12 but Achieved is blank: enter how many achieved it.'],
    ],
    [
      'achieved above out of',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', 13, 12]] }),
      ['Data!D2: Achieved (13) is more than Out of (12).'],
    ],
    [
      'out of zero',
      tables({ Data: [DATA_HEAD, ['I1', '31/03/2025', '', 0, 0]] }),
      ['Data!E2: Out of is 0: there is no rate to compute. Leave Achieved and Out of blank instead.'],
    ],
    [
      'a target date before the baseline date',
      tables({
        Indicators: [
          IND_HEAD,
          ['I1', 'O1', 'Score', 'Score', 'Increase', 24, '31/03/2027', 29, '30/09/2024'],
        ],
      }),
      ['Indicators!I2: Target date 30 September 2024 is not after the baseline date 31 March 2027.'],
    ],
    [
      'a payment row for an unknown indicator',
      tables({ Payments: [PAY_HEAD, ['Entered work', 'I9', 800, 100, 12, '']] }),
      [
        'Payments!B2: Indicator "I9" is not an ID on the Indicators tab; leave it blank or use an existing ID.',
      ],
    ],
    [
      'a payment row with no price',
      tables({ Payments: [PAY_HEAD, ['Entered work', 'I1', '', 100, 12, '']] }),
      ['Payments!C2: Price is missing; a number.'],
    ],
    [
      'contract values that disagree between rows',
      tables({
        Payments: [
          [...PAY_HEAD, 'Contract', 'Contract start', 'Contract end', 'Total cap'],
          ['A', '', 1, '', '', '', 'City', '', '31/03/2027', 100],
          ['B', '', 1, '', '', '', 'City', '', '31/03/2028', ''],
        ],
      }),
      [
        'Payments!I3: Contract end differs from the one given earlier for "City" (31 March 2027); give it once, on the contract\'s first row.',
      ],
    ],
    [
      'a contract that ends before it starts',
      tables({
        Payments: [
          [...PAY_HEAD, 'Contract', 'Contract start', 'Contract end'],
          ['A', '', 1, '', '', '', 'City', '01/04/2027', '31/03/2027'],
        ],
      }),
      ['Payments!I2: Contract end 31 March 2027 is not after its start 1 April 2027.'],
    ],
  ])('reports %s', (_, input, expected) => {
    const result = fromTables(input);
    expect(result.problems.map(formatFinding)).toEqual(expected);
    expect(result.ok).toBe(false);
  });

  it('reports every problem at once, not just the first', () => {
    const result = fromTables(
      tables({
        Indicators: [
          IND_HEAD,
          ['I1', 'O1', 'Score', 'Grade', 'Up', 'low', 'soon', 'high', 'later', '', 'Weekly'],
        ],
      }),
    );
    expect(result.problems.map((p) => p.place)).toEqual([
      'Indicators!D2',
      'Indicators!E2',
      'Indicators!F2',
      'Indicators!G2',
      'Indicators!H2',
      'Indicators!I2',
      'Indicators!K2',
    ]);
  });

  it('does not blame other rows for a row it could not read', () => {
    // I1's row is broken; the Data and Payments rows that use I1 are fine and must not be reported.
    const broken = [...indicatorRow];
    broken[7] = 'tbc';
    expect(messages(tables({ Indicators: [IND_HEAD, broken] }))).toEqual([
      'Indicators!H2: Target must be a number, found "tbc".',
    ]);
  });

  it('gives each problem its cell, for the sidebar to select, as a data-error finding', () => {
    const [problem] = fromTables(tables({ Data: [DATA_HEAD, ['I9', '31/03/2025', 25]] })).problems;
    expect(problem).toEqual({
      checkId: 'data-error',
      severity: 'error',
      message:
        'Indicator "I9" is not an ID on the Indicators tab; add the indicator there or correct the ID.',
      place: 'Data!A2',
      cell: { tab: 'Data', row: 2, column: 1 },
      docs: 'docs/workbook.md',
    });
  });
});

describe('fromTables: judgements are workbook rules, not the reader’s', () => {
  it.each<[string, WorkbookTables]>([
    [
      'a percent baseline and target typed as whole numbers (toc-percent-above-one)',
      tables({
        Indicators: [IND_HEAD, ['I1', 'O1', 'EET rate', 'Percent', 'Increase', 45, '', 60]],
        Data: [DATA_HEAD],
      }),
    ],
    [
      'a percent value above 100% (toc-percent-above-one)',
      tables({
        Indicators: [IND_HEAD, ['I1', 'O1', 'EET rate', 'Percent', 'Increase', 0.45, '', 0.6]],
        Data: [DATA_HEAD, ['I1', '31/03/2025', 62]],
      }),
    ],
    [
      'a direction that contradicts the baseline and target (toc-direction-against-target)',
      tables({ Indicators: [IND_HEAD, ['I1', 'O1', 'Weeks to a job', 'Number', 'Increase', 22, '', 16]] }),
    ],
    [
      'a term on an activity (toc-term-not-outcome)',
      tables({ 'Theory of change': [...tocRows, ['A2', 'Activity', 'Short', 'Workshops', '', '']] }),
    ],
  ])('reads %s without a problem', (_, input) => {
    const result = fromTables(input);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reads percentages written as fractions or with a % sign as fractions', () => {
    const result = fromTables(
      tables({
        Indicators: [IND_HEAD, ['I1', 'O1', 'EET rate', 'Percent', 'Increase', '45%', '', 0.6]],
        Data: [DATA_HEAD, ['I1', '31/03/2025', '62%'], ['I1', '30/06/2025', 1]],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.workbook.indicators[0]!.baseline).toBe(0.45);
    expect(result.workbook.measurements[0]!.value).toBe(0.62);
  });

  it('places each item kept after a duplicate was left out on its own row', () => {
    const result = fromTables(
      tables({
        'Theory of change': [
          TOC_HEAD,
          ['A1', 'Activity', '', 'Mentoring', 'O1', ''],
          ['A1', 'Activity', '', 'Again', '', ''],
          ['O1', 'Outcome', 'Short', 'Confidence', '', ''],
        ],
      }),
    );
    expect(result.problems.map((p) => p.place)).toEqual(["'Theory of change'!A3"]);
    const o1 = result.workbook.nodes.findIndex((n) => n.id === 'O1');
    expect(result.locate({ collection: 'nodes', index: o1, field: 'id' }).place).toBe(
      "'Theory of change'!A4",
    );
  });
});

describe('fromTables: the user’s own columns', () => {
  it('does not read a row as data when only a column of the user’s own has something in it', () => {
    const result = fromTables(
      tables({
        'Theory of change': [
          [...TOC_HEAD, 'My notes'],
          ...tocRows.slice(1),
          ['', '', '', '', '', '', 'ask Sam about O2'],
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.workbook.nodes).toHaveLength(3);
  });
});

describe('fromTables: a sheet of thousands of bad rows', () => {
  it('words the first hundred problems and counts the rest', () => {
    const rows = Array.from({ length: 3_000 }, () => ['I9', 'tbc', 'x']);
    const { ok, problems } = fromTables(tables({ Data: [DATA_HEAD, ...rows] }));
    expect(ok).toBe(false);
    expect(problems).toHaveLength(101);
    expect(formatFinding(problems[100]!)).toMatch(/^and more: [\d,]+ more problems like these/);
  });
});
