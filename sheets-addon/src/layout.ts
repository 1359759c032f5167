import { CLAIM_COLUMNS, CLAIMS_TAB, RECORDED_STATUSES } from '../../core/claims/columns';
import { FUNDERS_COLUMNS, FUNDERS_TAB } from '../../core/funders/columns';
import { ANSWERS_COLUMNS } from '../../core/library/team';
import { DIRECTIONS, FREQUENCIES, LEVELS, TERMS, UNITS } from '../../core/model/vocabulary';
import { COUNT_KINDS } from '../../core/records/kinds';
import { LEARNING_LOG_COLUMNS, LEARNING_LOG_TAB } from '../../core/review/columns';
import { columnLetters, quoteTab } from '../../core/workbook/places';
import {
  AGE_BANDS,
  type ColumnSpec,
  DATA_COLUMNS,
  DESTINATIONS,
  FROM_RECORDS_COLUMN,
  INDICATOR_COLUMNS,
  normaliseHeader,
  PAYMENT_COLUMNS,
  RECORD_COLUMNS,
  SOURCE_COLUMNS,
  TAB,
  TOC_COLUMNS,
  YES_NO,
} from '../../core/workbook/tabs';

/** How Set up dresses a column: width, number format, dropdown or ID check, and the help shown on a wrong value. */
export interface ColumnLayout {
  header: string;
  width: number;
  format?: string;
  choices?: readonly string[];
  /** The column must hold an ID from this tab's ID column (validated against the IDs that exist). */
  idsFrom?: string;
  /** The column names a tab: its dropdown lists the spreadsheet's tabs as Set up finds them. */
  tabNames?: boolean;
}

export interface TabLayout {
  name: string;
  /** A1-safe name for the tab's named range: ImpactIndicators. */
  rangeName: string;
  columns: ColumnLayout[];
}

const DATE = 'dd/mm/yyyy';
const COUNT = '#,##0';
const MONEY = '£#,##0';
const FIGURE = '#,##0.##';

function layout(specs: ColumnSpec[], extra: Record<string, Omit<ColumnLayout, 'header'>>): ColumnLayout[] {
  return specs.map((spec) => ({ header: spec.header, ...(extra[spec.key] ?? { width: 120 }) }));
}

export const TOC_LAYOUT: TabLayout = {
  name: TAB.toc,
  rangeName: 'ImpactTheoryOfChange',
  columns: layout(TOC_COLUMNS, {
    id: { width: 60 },
    level: { width: 90, choices: LEVELS },
    term: { width: 80, choices: TERMS },
    statement: { width: 380 },
    leadsTo: { width: 110 },
    assumptions: { width: 300 },
  }),
};

export const INDICATOR_LAYOUT: TabLayout = {
  name: TAB.indicators,
  rangeName: 'ImpactIndicators',
  columns: layout(INDICATOR_COLUMNS, {
    id: { width: 60 },
    outcome: { width: 80, idsFrom: TAB.toc },
    name: { width: 320 },
    unit: { width: 90, choices: UNITS },
    direction: { width: 90, choices: DIRECTIONS },
    baseline: { width: 80, format: FIGURE },
    baselineDate: { width: 100, format: DATE },
    target: { width: 80, format: FIGURE },
    targetDate: { width: 100, format: DATE },
    source: { width: 240 },
    frequency: { width: 100, choices: FREQUENCIES },
    owner: { width: 140 },
  }),
};

export const DATA_LAYOUT: TabLayout = {
  name: TAB.data,
  rangeName: 'ImpactData',
  columns: layout(DATA_COLUMNS, {
    indicator: { width: 80, idsFrom: TAB.indicators },
    periodEnd: { width: 100, format: DATE },
    value: { width: 80, format: FIGURE },
    achieved: { width: 80, format: COUNT },
    outOf: { width: 80, format: COUNT },
    note: { width: 320 },
  }).concat({ header: FROM_RECORDS_COLUMN.header, width: 110 }),
};

export const PAYMENT_LAYOUT: TabLayout = {
  name: TAB.payments,
  rangeName: 'ImpactPayments',
  columns: layout(PAYMENT_COLUMNS, {
    metric: { width: 300 },
    indicator: { width: 80, idsFrom: TAB.indicators },
    price: { width: 90, format: MONEY },
    cap: { width: 70, format: COUNT },
    achieved: { width: 80, format: COUNT },
    payment: { width: 100, format: MONEY },
    contract: { width: 200 },
    start: { width: 110, format: DATE },
    end: { width: 110, format: DATE },
    totalCap: { width: 100, format: MONEY },
  }),
};

export const SOURCES_LAYOUT: TabLayout = {
  name: TAB.sources,
  rangeName: 'ImpactSources',
  columns: layout(SOURCE_COLUMNS, {
    indicator: { width: 80, idsFrom: TAB.indicators },
    tab: { width: 110, tabNames: true },
    idColumn: { width: 90 },
    dateColumn: { width: 130 },
    window: { width: 90 },
    count: { width: 100, choices: COUNT_KINDS },
    value: { width: 220 },
    laterValue: { width: 160 },
    eligible: { width: 180 },
    condition: { width: 200 },
    breakdown1: { width: 100 },
    breakdown2: { width: 100 },
    lastPeriod: { width: 100, format: DATE },
  }),
};

/** The template's own records: Set up makes the tab with these columns, and dresses those a tab of that name has. */
export const RECORDS_LAYOUT: TabLayout = {
  name: TAB.records,
  rangeName: 'ImpactRecords',
  columns: layout(RECORD_COLUMNS, {
    id: { width: 90 },
    start: { width: 100, format: DATE },
    end: { width: 100, format: DATE },
    completed: { width: 90, choices: YES_NO },
    scoreStart: { width: 90, format: FIGURE },
    scoreEnd: { width: 90, format: FIGURE },
    cvAndPlan: { width: 90, choices: YES_NO },
    destination: { width: 120, choices: DESTINATIONS },
    destinationStart: { width: 110, format: DATE },
    eetAt6Months: { width: 90, choices: YES_NO },
    inWorkAt26Weeks: { width: 100, choices: YES_NO },
    ageBand: { width: 80, choices: AGE_BANDS },
    site: { width: 110 },
  }),
};

/** The contract's view of the Payments: one row per outcome claimed or to claim (docs/claims.md). */
export const CLAIMS_LAYOUT: TabLayout = {
  name: CLAIMS_TAB,
  rangeName: 'ImpactClaims',
  columns: layout(CLAIM_COLUMNS, {
    metric: { width: 260 },
    achieved: { width: 100, format: DATE },
    recorded: { width: 90, choices: RECORDED_STATUSES },
    recordedOn: { width: 100, format: DATE },
  }),
};

/** The tabs Update data from records reads its definitions from, and the template's records. */
export const RECORD_TAB_LAYOUTS: readonly TabLayout[] = [SOURCES_LAYOUT, RECORDS_LAYOUT];

/** What the team learned and decided at each review (docs/review.md); the Quarterly review sidebar adds rows. */
export const LEARNING_LOG_LAYOUT: TabLayout = {
  name: LEARNING_LOG_TAB,
  rangeName: 'ImpactLearningLog',
  columns: LEARNING_LOG_COLUMNS.map(({ key, header }) => ({
    header,
    ...{
      date: { width: 100, format: DATE },
      about: { width: 80 },
      found: { width: 300 },
      why: { width: 260 },
      change: { width: 260 },
      owner: { width: 120 },
      reviewBy: { width: 100, format: DATE },
      watch: { width: 90, idsFrom: TAB.indicators },
    }[key],
  })),
};

/** The team's answer library (docs/library.md): anyone on the team adds a row; the extension reads it through the link. */
export const ANSWERS_LAYOUT: TabLayout = {
  name: 'Answers',
  rangeName: 'ImpactAnswers',
  columns: (
    [
      ['question', 300],
      ['help', 220],
      ['kind', 100],
      ['limit', 90],
      ['answer', 420],
      ['funder', 180],
      ['portal', 160],
      ['date', 100],
    ] as const
  ).map(([key, width]) => ({
    header: ANSWERS_COLUMNS[key],
    width,
    ...(key === 'date' ? { format: DATE } : {}),
  })),
};

/** Each funder outcome and the indicators that evidence it (docs/reports.md); Draft report… reads it. */
export const FUNDERS_LAYOUT: TabLayout = {
  name: FUNDERS_TAB,
  rangeName: 'ImpactFunders',
  columns: FUNDERS_COLUMNS.map(({ key, header }) => ({
    header,
    ...{
      funder: { width: 180 },
      grant: { width: 160 },
      periodStart: { width: 100, format: DATE },
      periodEnd: { width: 100, format: DATE },
      reportingDates: { width: 200 },
      outcome: { width: 280 },
      indicators: { width: 110 },
      words: { width: 70, format: '0' },
    }[key],
  })),
};

export const DATA_TAB_LAYOUTS: readonly TabLayout[] = [
  TOC_LAYOUT,
  INDICATOR_LAYOUT,
  DATA_LAYOUT,
  PAYMENT_LAYOUT,
];

/** Where each column of a tab is in the user's sheet (they may have moved them): header → 1-based column. */
export type ColumnMap = Map<string, number>;

export function columnMapOf(headerRow: readonly unknown[], tab: TabLayout): ColumnMap {
  const map: ColumnMap = new Map();
  headerRow.forEach((cell, i) => {
    const found = tab.columns.find((c) => normaliseHeader(String(cell ?? '')) === normaliseHeader(c.header));
    if (found && !map.has(found.header)) map.set(found.header, i + 1);
  });
  return map;
}

/**
 * A whole column ("Data!$B:$B"), quoted as Sheets wants it. Whole columns, not "B2:B": every spreadsheet engine reads
 * them, and the header row never matches an ID or a date, so it drops out of every lookup.
 */
export function columnRef(tab: string, column: number): string {
  const letters = columnLetters(column);
  return `${quoteTab(tab)}!$${letters}:$${letters}`;
}
