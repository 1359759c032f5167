import staleDataRule, { staleAfterDays } from '../checks/workbook/toc-stale-data';
import {
  type Breakdown,
  type BreakdownGroup,
  type FigureWithInterval,
  HIGHER_BEYOND_CHANCE,
} from '../measures/breakdown';
import { differenceOfRates } from '../measures/difference-of-rates';
import { MeasureError } from '../measures/errors';
import type { EvidenceRate, IndicatorEvidence } from '../measures/evidence-types';
import { formatFigure, formatShare, formatValue, periodEnding, roundHalfAway } from '../measures/format';
import { DEFAULT_EVIDENCE_WINDOW, indicatorEvidence } from '../measures/indicator-evidence';
import type { MatchedChange } from '../measures/matched-change';
import { measurementCounts } from '../measures/measurement-value';
import { rate as wilsonRate } from '../measures/rate';
import type { Status } from '../measures/status';
import { DAYS_PER } from '../measures/trend';
import type { Frequency, Indicator, Level, TocNode, Workbook } from '../model/schema';
import type { NoAnswer, PeriodAnalysis } from '../records/analysis';
import { daysBetween, formatLongDate } from '../util/calendar';

/**
 * Everything Impact Lens can say about one indicator, and a paragraph a funder could read. Every figure comes
 * from the measures (core/measures) and, for breakdowns and a matched change, from the records' analysis of the
 * latest period (core/records/analysis.ts); nothing here computes a statistic of its own.
 */

export interface ExplainOptions {
  /** The day the explanation is for: figures dated after it are ignored. */
  asOf: string;
  /** What core/records/analysis.ts gives for the indicator's latest period, when it is computed from records. */
  analysis?: PeriodAnalysis;
  /** How many of the latest periods the trend and the pooled rate look at: 4 unless set. */
  window?: number;
}

/** One step of the theory of change beside the indicator's, and what must hold for the link between them. */
export interface LinkedStep {
  id: string;
  level: Level;
  statement: string;
  /** The assumptions on the link: the Assumptions of the step the link starts from. */
  assumptions?: string;
}

export interface TocPosition {
  /** The step the indicator measures; absent when its Outcome names no step. */
  step?: { id: string; level: Level; statement: string };
  /** Steps that lead to it. */
  from: LinkedStep[];
  /** Steps it leads to. */
  to: LinkedStep[];
}

export interface Freshness {
  latestPeriod?: string;
  daysSince?: number;
  /** toc-stale-data's limit for the indicator's frequency; absent without a frequency. */
  staleAfterDays?: number;
  /** As toc-stale-data judges it; undefined when the indicator has no frequency. */
  stale?: boolean;
}

export interface TrendPerQuarter {
  /** Change a quarter: percentage points for a Percent indicator, the indicator's unit otherwise. */
  perQuarter: number;
  inPoints: boolean;
  periods: number;
  from: string;
  to: string;
}

/** The pooled rate against the same number of periods just before it. */
export interface RateComparison {
  previous: EvidenceRate;
  /** Current minus previous share, with Newcombe's interval. */
  difference: number;
  lower: number;
  upper: number;
  beyondChance: boolean;
}

export interface ExplainedBreakdown {
  column: string;
  periodEnd: string;
  result: Breakdown | NoAnswer;
}

export interface LatestFigure {
  value: number;
  periodEnd: string;
  counts?: { achieved: number; outOf: number; lower: number; upper: number };
}

export interface Explanation {
  indicatorId: string;
  name: string;
  unit: Indicator['unit'];
  direction: Indicator['direction'];
  asOf: string;
  /** The latest period's figure; a share's counts and Wilson interval when its row has Achieved and Out of. */
  latest?: LatestFigure;
  status?: Status;
  progress?: number;
  expectedProgress?: number;
  trend?: TrendPerQuarter;
  /** A share pooled over the latest periods, with its Wilson interval. */
  rate?: EvidenceRate;
  rateComparison?: RateComparison;
  /** The records' latest period's mean change, matched by participant, with its paired t interval, or why none. */
  change?: (MatchedChange | NoAnswer) & { periodEnd: string };
  /** The latest period's mean with its t interval, for an Average computed from records. */
  mean?: FigureWithInterval & { periodEnd: string };
  freshness: Freshness;
  toc: TocPosition;
  breakdowns: ExplainedBreakdown[];
  /** Why a figure is missing, a sentence each. */
  notes: string[];
  paragraph: string;
}

const CONFIDENCE_WORDS = '95% CI';
const PERIOD_WORD: Record<Frequency, [one: string, many: string]> = {
  Monthly: ['month', 'months'],
  Quarterly: ['quarter', 'quarters'],
  Termly: ['term', 'terms'],
  Annually: ['year', 'years'],
};

// ——— Facts ———

function findIndicator(workbook: Workbook, indicatorId: string): Indicator {
  const indicator = workbook.indicators.find((i) => i.id === indicatorId);
  if (!indicator)
    throw new MeasureError(`No indicator has the ID "${indicatorId}": check the Indicators tab.`);
  return indicator;
}

function linkedStep(node: TocNode, assumptions: string | undefined): LinkedStep {
  const trimmed = assumptions?.trim();
  return {
    id: node.id,
    level: node.level,
    statement: node.statement,
    ...(trimmed ? { assumptions: trimmed } : {}),
  };
}

/** Where the indicator's step sits: what leads to it, what it leads to, and the assumptions on those links. */
export function tocPosition(workbook: Workbook, indicator: Indicator): TocPosition {
  const nodes = new Map(workbook.nodes.map((n) => [n.id, n]));
  const step = nodes.get(indicator.outcome);
  if (!step) return { from: [], to: [] };
  const from = workbook.links
    .filter((l) => l.to === step.id && nodes.has(l.from))
    .map((l) => nodes.get(l.from)!)
    .map((n) => linkedStep(n, n.assumptions));
  const to = workbook.links
    .filter((l) => l.from === step.id && nodes.has(l.to))
    .map((l) => linkedStep(nodes.get(l.to)!, step.assumptions));
  return { step: { id: step.id, level: step.level, statement: step.statement }, from, to };
}

function latestPeriodOf(workbook: Workbook, indicatorId: string, asOf: string): string | undefined {
  let latest: string | undefined;
  for (const m of workbook.measurements) {
    if (m.indicator === indicatorId && m.periodEnd <= asOf && (latest === undefined || m.periodEnd > latest))
      latest = m.periodEnd;
  }
  return latest;
}

/** How old the latest figure is, judged by toc-stale-data's own rule (and by its own run, so the two agree). */
export function freshnessOf(workbook: Workbook, indicator: Indicator, asOf: string): Freshness {
  const latestPeriod = latestPeriodOf(workbook, indicator.id, asOf);
  const age = latestPeriod === undefined ? {} : { latestPeriod, daysSince: daysBetween(latestPeriod, asOf) };
  if (!indicator.frequency) return age;
  const alone = { ...workbook, indicators: [indicator] };
  const stale = staleDataRule.check({ workbook: alone, asOf }).length > 0;
  return { ...age, staleAfterDays: staleAfterDays(indicator.frequency), stale };
}

/** The trend a quarter, whatever unit the evidence gave it in; percentage points for a share. */
export function trendPerQuarter(evidence: IndicatorEvidence): TrendPerQuarter | undefined {
  const { trend } = evidence;
  if (!trend) return undefined;
  const inPoints = evidence.unit === 'Percent';
  const perQuarter = (trend.slope / DAYS_PER[trend.per]) * DAYS_PER.quarter * (inPoints ? 100 : 1);
  return { perQuarter, inPoints, periods: trend.periods, from: trend.from, to: trend.to };
}

/** The period end just before the pooled rate's first period, among the periods that have counts. */
function periodBefore(workbook: Workbook, indicatorId: string, firstPeriodEnd: string): string | undefined {
  let before: string | undefined;
  for (const m of workbook.measurements) {
    if (m.indicator !== indicatorId || m.periodEnd >= firstPeriodEnd || !measurementCounts(m)) continue;
    if (before === undefined || m.periodEnd > before) before = m.periodEnd;
  }
  return before;
}

/** The pooled rate against as many periods just before it, when there are that many. */
export function compareWithPreviousRate(
  workbook: Workbook,
  evidence: IndicatorEvidence,
  window: number,
): RateComparison | undefined {
  const { rate } = evidence;
  if (!rate) return undefined;
  const end = periodBefore(workbook, evidence.indicatorId, rate.firstPeriodEnd);
  if (end === undefined) return undefined;
  const previous = indicatorEvidence(workbook, evidence.indicatorId, end, { window }).rate;
  if (!previous || previous.periods !== rate.periods) return undefined;
  const d = differenceOfRates(rate.achieved, rate.outOf, previous.achieved, previous.outOf, rate.confidence);
  return { previous, ...d, beyondChance: d.lower > 0 || d.upper < 0 };
}

/** The latest figure, with its own counts and interval when the period has them. */
export function latestFigure(workbook: Workbook, evidence: IndicatorEvidence): LatestFigure | undefined {
  const { latest } = evidence;
  if (!latest) return undefined;
  const row = workbook.measurements.find(
    (m) => m.indicator === evidence.indicatorId && m.periodEnd === latest.periodEnd,
  );
  const counts = row && evidence.unit === 'Percent' ? measurementCounts(row) : undefined;
  if (!counts || counts.outOf === 0 || row?.value !== undefined) return { ...latest };
  const { lower, upper } = wilsonRate(counts.achieved, counts.outOf);
  return { ...latest, counts: { ...counts, lower, upper } };
}

function breakdownsOf(analysis: PeriodAnalysis | undefined): ExplainedBreakdown[] {
  if (!analysis) return [];
  return analysis.breakdowns.map((b) => ({
    column: b.column,
    periodEnd: analysis.periodEnd,
    result: b.result,
  }));
}

/** An Average's mean for the period, from the first breakdown that has one: every breakdown holds everyone. */
function meanOf(analysis: PeriodAnalysis | undefined): Explanation['mean'] {
  if (!analysis || analysis.change) return undefined;
  for (const { result } of analysis.breakdowns) {
    if ('reason' in result || result.measure !== 'mean' || !result.whole) continue;
    return { ...result.whole, periodEnd: analysis.periodEnd };
  }
  return undefined;
}

// ——— Words ———

const sentenceCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const sentence = (text: string) => `${sentenceCase(text)}.`;

/** "41% (12 of 29, 95% CI 26–58%)": a share never without its count and interval. */
export function shareWithInterval(share: number, achieved: number, n: number, lower: number, upper: number) {
  return `${formatShare(share)} (${formatFigure(achieved)} of ${formatFigure(n)}, ${CONFIDENCE_WORDS} ${formatShare(lower).replace('%', '')}–${formatShare(upper)})`;
}

/** "27.14 (n = 14, 95% CI 25 to 29.2)": a mean never without its count and interval, as the citation rounds it. */
export function meanWithInterval(figure: FigureWithInterval): string {
  const bound = (v: number) => formatFigure(v, 1);
  return `${formatFigure(figure.figure)} (n = ${formatFigure(figure.n)}, ${CONFIDENCE_WORDS} ${bound(figure.lower)} to ${bound(figure.upper)})`;
}

function periodsPhrase(count: number, frequency: Frequency | undefined): string {
  const [one, many] = frequency ? PERIOD_WORD[frequency] : ['period', 'periods'];
  return count === 1 ? `the ${one}` : `the ${count} ${many}`;
}

/** "up 4 points on the 4 quarters before (53%, 50 of 94)", said as the rounded figures show it. */
export function describeRateComparison(c: RateComparison, frequency: Frequency | undefined): string {
  const points = roundHalfAway(c.difference * 100, 0);
  const before = `${periodsPhrase(c.previous.periods, frequency)} before (${formatShare(c.previous.rate)}, ${formatFigure(c.previous.achieved)} of ${formatFigure(c.previous.outOf)})`;
  const moved =
    points === 0
      ? `about the same as ${before}`
      : `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'} on ${before}`;
  const chance = c.beyondChance ? 'a change beyond chance' : 'a change that chance alone could explain';
  return points === 0 && !c.beyondChance ? `That is ${moved}` : `That is ${moved}: ${chance}`;
}

function describeTrend(
  t: TrendPerQuarter,
  frequency: Frequency | undefined,
  unit: Indicator['unit'],
): string {
  const rounded = roundHalfAway(t.perQuarter, 1);
  const over = `Over ${periodsPhrase(t.periods, frequency)} to ${formatLongDate(t.to)}`;
  if (rounded === 0) return `${over} the trend is level`;
  const size = t.inPoints
    ? `${formatFigure(Math.abs(rounded), 1)} point${Math.abs(rounded) === 1 ? '' : 's'}`
    : unit === 'Currency'
      ? formatValue(Math.abs(rounded), unit)
      : formatFigure(Math.abs(rounded), 1);
  return `${over} the trend is ${rounded > 0 ? 'up' : 'down'} ${size} a quarter`;
}

const STATUS_WORDS: Record<Status, string> = {
  Met: 'the target is met',
  'On track': 'on track for the target',
  'At risk': 'at risk of missing the target',
  'Off track': 'off track for the target',
  Missed: 'the target date has passed without the target being met',
};

/** The latest period's figure, said as a share with its count and interval when it has them. */
function latestInWords(latest: LatestFigure, indicator: Indicator): string {
  const { counts } = latest;
  const figure = counts
    ? shareWithInterval(latest.value, counts.achieved, counts.outOf, counts.lower, counts.upper)
    : formatValue(latest.value, indicator.unit);
  return `the figure for the ${periodEnding(indicator.frequency, latest.periodEnd)}, ${figure},`;
}

function describeStatus(
  indicator: Indicator,
  evidence: IndicatorEvidence,
  e: Omit<Explanation, 'paragraph'>,
): string | undefined {
  const { baseline, target, targetDate } = indicator;
  if (!e.status || !e.latest || e.progress === undefined || baseline === undefined) return undefined;
  if (target === undefined || !targetDate) return undefined;
  const show = (v: number) => formatValue(v, indicator.unit);
  const from = `the baseline (${show(baseline)})`;
  const to = `the target (${show(target)} by ${formatLongDate(targetDate)})`;
  const figure = e.rate ? latestInWords(e.latest, indicator) : 'the latest figure';
  const where =
    e.progress < 0
      ? `${figure} has moved away from ${to}: it is on the far side of ${from}`
      : e.progress >= 1
        ? `${figure} has reached ${to}, from ${from}`
        : `${figure} is ${formatShare(e.progress)} of the way between ${from} and ${to}`;
  const expected =
    e.expectedProgress !== undefined && evidence.statusAsOf && e.status !== 'Met' && e.status !== 'Missed'
      ? `; a steady path would be ${formatShare(e.expectedProgress)} of the way by ${formatLongDate(evidence.statusAsOf)}`
      : '';
  return `Status: ${STATUS_WORDS[e.status]}. ${sentenceCase(where)}${expected}`;
}

function describeChange(change: MatchedChange, periodEnd: string, frequency: Frequency | undefined): string {
  const bound = (v: number) => formatFigure(v, 1);
  const rounded = roundHalfAway(change.meanChange, 2);
  const moved =
    rounded === 0
      ? 'scores did not change on average'
      : `scores ${rounded > 0 ? 'rose' : 'fell'} by ${formatFigure(Math.abs(rounded))} points on average`;
  const beyond = change.lower > 0 || change.upper < 0;
  return `Among the ${formatFigure(change.matched)} participants scored at both ${change.from} and ${change.to} in the ${periodEnding(frequency, periodEnd)}, ${moved} (${CONFIDENCE_WORDS} ${bound(change.lower)} to ${bound(change.upper)})${beyond ? ', beyond chance' : ', within what chance alone could give'}`;
}

function groupFigure(group: BreakdownGroup, measure: Breakdown['measure']): string {
  if (measure === 'mean') return `mean ${meanWithInterval(group)}`;
  return shareWithInterval(
    group.figure,
    Math.round(group.figure * group.n),
    group.n,
    group.lower,
    group.upper,
  );
}

function describeBreakdown(b: ExplainedBreakdown, frequency: Frequency | undefined): string[] {
  if ('reason' in b.result) return [];
  const { result } = b;
  const by = b.column.trim().toLowerCase();
  const flagged = result.groups.filter((g) => g.comparison.compared && g.comparison.flag);
  const when = `In the ${periodEnding(frequency, b.periodEnd)}`;
  if (flagged.length === 0) {
    return result.groups.length < 2 ? [] : [`${when}, no ${by} differed from the rest beyond chance`];
  }
  // "above" and "below" rather than the flag's "higher" and "lower": "lower" reads as a promised change to the
  // answer checks, and a group's figure is no promise.
  return flagged.map((g) => {
    const side = g.comparison.compared && g.comparison.flag === HIGHER_BEYOND_CHANCE ? 'above' : 'below';
    return `${when}, by ${by}, ${g.group} was ${side} the rest, beyond chance: ${groupFigure(g, result.measure)}`;
  });
}

function describeFreshness(f: Freshness, frequency: Frequency | undefined): string | undefined {
  if (!f.stale || !frequency) return undefined;
  if (f.latestPeriod === undefined)
    return `No figure has been recorded yet, though it is collected ${frequency.toLowerCase()}`;
  return `The latest figure is ${f.daysSince} days old, and it is collected ${frequency.toLowerCase()}: a newer one is due`;
}

function headline(indicator: Indicator, evidence: IndicatorEvidence, asOf: string): string {
  if (evidence.citation) {
    const uncounted =
      indicator.unit === 'Percent' && !evidence.rate ? ', with no counts recorded to give an interval' : '';
    return `${evidence.citation}${uncounted}`;
  }
  return `${indicator.name}: no figures on or before ${formatLongDate(asOf)}`;
}

/**
 * A few plain sentences: the headline figure with its count and interval, its change on the periods before, the
 * trend, the status against the target, a matched change or mean from the records, the groups that differ beyond
 * chance, and a warning when the data is stale. A share is never written without its n and interval, "beyond
 * chance" only where an interval leaves out zero, and only the groups a breakdown shows (never one under its
 * suppression size) are named.
 */
export function explanationParagraph(
  indicator: Indicator,
  evidence: IndicatorEvidence,
  e: Omit<Explanation, 'paragraph'>,
): string {
  const { frequency } = indicator;
  const parts: (string | undefined)[] = [
    headline(indicator, evidence, e.asOf),
    e.rateComparison && describeRateComparison(e.rateComparison, frequency),
    e.trend && describeTrend(e.trend, frequency, indicator.unit),
    describeStatus(indicator, evidence, e),
    e.change && !('reason' in e.change) ? describeChange(e.change, e.change.periodEnd, frequency) : undefined,
    e.mean && `In the ${periodEnding(frequency, e.mean.periodEnd)} the mean was ${meanWithInterval(e.mean)}`,
    ...e.breakdowns.flatMap((b) => describeBreakdown(b, frequency)),
    describeFreshness(e.freshness, frequency),
  ];
  if (e.latest && !e.trend) parts.splice(1, 0, 'Only one period has a figure, so there is no trend yet');
  return parts
    .filter((p): p is string => p !== undefined)
    .map(sentence)
    .join(' ');
}

/**
 * What the workbook (and, when given, the records' analysis of the latest period) says about one indicator on
 * `options.asOf`. Throws MeasureError for an ID the workbook does not have, or data that cannot give an honest
 * answer (two rows for one period, Achieved above Out of).
 */
export function explainIndicator(
  workbook: Workbook,
  indicatorId: string,
  options: ExplainOptions,
): Explanation {
  const indicator = findIndicator(workbook, indicatorId);
  const window = options.window ?? DEFAULT_EVIDENCE_WINDOW;
  const evidence = indicatorEvidence(workbook, indicatorId, options.asOf, { window });
  const trend = trendPerQuarter(evidence);
  const rateComparison = compareWithPreviousRate(workbook, evidence, window);
  const mean = meanOf(options.analysis);
  const latest = latestFigure(workbook, evidence);
  const facts: Omit<Explanation, 'paragraph'> = {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    asOf: evidence.asOf,
    ...(latest ? { latest } : {}),
    ...(evidence.status ? { status: evidence.status } : {}),
    ...(evidence.progress !== undefined ? { progress: evidence.progress } : {}),
    ...(evidence.expectedProgress !== undefined ? { expectedProgress: evidence.expectedProgress } : {}),
    ...(trend ? { trend } : {}),
    ...(evidence.rate ? { rate: evidence.rate } : {}),
    ...(rateComparison ? { rateComparison } : {}),
    ...(options.analysis?.change
      ? { change: { ...options.analysis.change, periodEnd: options.analysis.periodEnd } }
      : {}),
    ...(mean ? { mean } : {}),
    freshness: freshnessOf(workbook, indicator, evidence.asOf),
    toc: tocPosition(workbook, indicator),
    breakdowns: breakdownsOf(options.analysis),
    notes: evidence.notes,
  };
  return { ...facts, paragraph: explanationParagraph(indicator, evidence, facts) };
}
