import { formatMoney } from '../measures/format';
import type { Frequency, Indicator, Workbook } from '../model/schema';

/**
 * The cost of measuring: each indicator's collection (its method, read from the Indicators tab's Source, and its
 * Frequency) priced with unit costs the user sets. Hours per collection are defaults a team can override; they are
 * the staff time for one round (preparing, collecting, chasing, entering and checking), not analysis of the year.
 */

export const METHODS = [
  'survey',
  'interview',
  'records',
  'observation',
  'focus group',
  'external evaluation',
] as const;
export type Method = (typeof METHODS)[number];

/** Staff hours for one round of collection, by method (docs/costing.md explains each figure). */
export const DEFAULT_HOURS: Readonly<Record<Method, number>> = {
  survey: 6,
  interview: 10,
  records: 2,
  observation: 6,
  'focus group': 8,
  'external evaluation': 4,
};

export const COLLECTIONS_PER_YEAR: Readonly<Record<Frequency, number>> = {
  Monthly: 12,
  Quarterly: 4,
  Termly: 3,
  Annually: 1,
};

/** Unit costs; money in the workbook's currency. */
export interface UnitCosts {
  /** A staff hour with on-costs. */
  staffHour: number;
  /** A survey tool's licence for a year, paid once if any indicator is collected by survey. */
  surveyLicence: number;
  /** An external evaluator for a year, paid once if any indicator is collected by external evaluation. */
  externalEvaluation: number;
  /** Hours per collection, by method, where they differ from DEFAULT_HOURS. */
  hours: Partial<Record<Method, number>>;
  /** An indicator's method where its Source does not say it, by indicator ID. */
  methods: Partial<Record<string, Method>>;
  /** The money's currency code (GBP) where the workbook does not give one. */
  currency?: string;
}

export const DEFAULT_COSTS: UnitCosts = {
  staffHour: 18,
  surveyLicence: 300,
  externalEvaluation: 5000,
  hours: {},
  methods: {},
};

// First match wins: "follow-up calls … checked against payslips" is an interview, not records.
const METHOD_WORDS: readonly [Method, RegExp][] = [
  ['external evaluation', /\b(?:external|independent)\s+evaluat|\bevaluator\b/i],
  ['focus group', /\bfocus\s+groups?\b/i],
  ['survey', /\b(?:surveys?|questionnaires?|scales?|polls?)\b/i],
  ['interview', /\b(?:interviews?|calls?|follow[-\s]?ups?|phone|telephone|conversations?)\b/i],
  ['observation', /\b(?:observ\w*|visits?)\b/i],
  [
    'records',
    /\b(?:records?|registers?|systems?|database|crm|checklists?|logs?|attendance|enrolment|administrative|admin|sign[-\s]?off|data)\b/i,
  ],
];

/** The method an indicator's Source names, or undefined when it names none. */
export function methodOf(source: string | undefined): Method | undefined {
  if (!source?.trim()) return undefined;
  return METHOD_WORDS.find(([, words]) => words.test(source))?.[0];
}

export interface IndicatorCost {
  indicatorId: string;
  name: string;
  owner?: string;
  /** Undefined when neither the Source nor the costs name a method: the indicator is not costed. */
  method?: Method;
  frequency?: Frequency;
  collectionsPerYear: number;
  hoursPerYear: number;
  staffCostPerYear: number;
}

export interface PlanCost {
  currency?: string;
  indicators: IndicatorCost[];
  staffHour: number;
  hoursPerYear: number;
  staffCostPerYear: number;
  surveyLicence: number;
  externalEvaluation: number;
  totalPerYear: number;
  /** IDs of indicators with no method, left out of the totals. */
  notCosted: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function indicatorCost(indicator: Indicator, costs: UnitCosts): IndicatorCost {
  const method = costs.methods[indicator.id] ?? methodOf(indicator.source);
  // No frequency: one collection a year, the least a plan can mean.
  const collectionsPerYear = indicator.frequency ? COLLECTIONS_PER_YEAR[indicator.frequency] : 1;
  const hoursPerYear = method ? (costs.hours[method] ?? DEFAULT_HOURS[method]) * collectionsPerYear : 0;
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    ...(indicator.owner ? { owner: indicator.owner } : {}),
    ...(method ? { method } : {}),
    ...(indicator.frequency ? { frequency: indicator.frequency } : {}),
    collectionsPerYear,
    hoursPerYear,
    staffCostPerYear: round2(hoursPerYear * costs.staffHour),
  };
}

/** Hours and money a year for each indicator's collection, and in all. */
export function mePlanCost(workbook: Workbook, costs: Partial<UnitCosts> = {}): PlanCost {
  const unit: UnitCosts = { ...DEFAULT_COSTS, ...costs };
  const currency = workbook.organisation.currency || unit.currency;
  const indicators = workbook.indicators.map((i) => indicatorCost(i, unit));
  const uses = (m: Method) => indicators.some((i) => i.method === m);
  const hoursPerYear = round2(indicators.reduce((s, i) => s + i.hoursPerYear, 0));
  const staffCostPerYear = round2(hoursPerYear * unit.staffHour);
  const surveyLicence = uses('survey') ? unit.surveyLicence : 0;
  const externalEvaluation = uses('external evaluation') ? unit.externalEvaluation : 0;
  return {
    ...(currency ? { currency } : {}),
    indicators,
    staffHour: unit.staffHour,
    hoursPerYear,
    staffCostPerYear,
    surveyLicence,
    externalEvaluation,
    totalPerYear: round2(staffCostPerYear + surveyLicence + externalEvaluation),
    notCosted: indicators.filter((i) => !i.method).map((i) => i.indicatorId),
  };
}

/** The plan's cost over a grant of `years` (a fraction for part of a year). */
export const perGrant = (cost: PlanCost, years: number) => round2(cost.totalPerYear * years);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the money buys, as a budget line lists it: "62 staff hours, survey licence". */
function items(cost: PlanCost): string {
  return [
    plural(Math.round(cost.hoursPerYear), 'staff hour'),
    ...(cost.surveyLicence > 0 ? ['survey licence'] : []),
    ...(cost.externalEvaluation > 0 ? ['external evaluation'] : []),
  ].join(', ');
}

/** "Monitoring and evaluation: £2,350 a year (62 staff hours, survey licence)". */
export function meBudgetLine(cost: PlanCost): string {
  return `Monitoring and evaluation: ${formatMoney(cost.totalPerYear, cost.currency)} a year (${items(cost)})`;
}

function methodList(cost: PlanCost): string {
  const used = METHODS.filter((m) => cost.indicators.some((i) => i.method === m));
  const names = used.map((m) => (m === 'records' ? 'case records' : `${m}s`));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A paragraph a grant writer can paste under the budget line: what is measured, how, how often, and what the money
 * pays for. Plain figures only, so that it passes the answer checks.
 */
export function meJustification(cost: PlanCost, workbook: Workbook): string {
  const costed = cost.indicators.filter((i) => i.method);
  const outcomes = new Set(
    workbook.indicators.filter((i) => costed.some((c) => c.indicatorId === i.id)).map((i) => i.outcome),
  );
  const money = (n: number) => formatMoney(n, cost.currency);
  const parts = [
    `Monitoring and evaluation costs ${money(cost.totalPerYear)} a year.`,
    `It pays for collecting ${plural(costed.length, 'indicator')} across ${plural(outcomes.size, 'step')} of our theory of change, using ${methodList(cost)}.`,
    `Collection takes ${plural(Math.round(cost.hoursPerYear), 'staff hour')} a year (${money(cost.staffCostPerYear)}).`,
  ];
  if (cost.surveyLicence > 0) parts.push(`A survey licence costs ${money(cost.surveyLicence)} a year.`);
  if (cost.externalEvaluation > 0)
    parts.push(`An external evaluator costs ${money(cost.externalEvaluation)} a year.`);
  if (costed.length > 0 && costed.every((i) => i.owner))
    parts.push('Each indicator has a named owner, so the data is collected on time and reported to you.');
  return parts.join(' ');
}

/** The plan's cost as the answer checks read it (EvidenceContext.meCost): no-me-budget suggests it. */
export const meCostEvidence = (cost: PlanCost) => ({
  perYear: cost.totalPerYear,
  ...(cost.currency ? { currency: cost.currency } : {}),
});
