import type { Frequency, Indicator, Measurement, Workbook } from '../model/schema';
import { addDays, formatLongDate } from '../util/calendar';
import { citeEvidence } from './cite-evidence';
import { MeasureError, quoteNumber, requireDate, requireWholeNumber } from './errors';
import type {
  EvidenceCompleteness,
  EvidenceOptions,
  EvidenceRate,
  EvidenceTrend,
  IndicatorEvidence,
  LatestFigure,
} from './evidence-types';
import { expectedProgress } from './expected-progress';
import { indicatorHistory, type NumberedMeasurement, numberedMeasurements } from './indicator-history';
import { measurementCounts, measurementValue } from './measurement-value';
import { addMonths, MONTHS_PER_PERIOD, periodEndsAfter } from './period-ends';
import { progress } from './progress';
import { rate } from './rate';
import { status } from './status';
import { type TrendUnit, trend } from './trend';

export const DEFAULT_EVIDENCE_WINDOW = 4;
const CONFIDENCE = 0.95;

const TREND_PER: Record<Frequency, TrendUnit> = {
  Monthly: 'month',
  Quarterly: 'quarter',
  // There is no "per term" unit; a month reads more naturally than a third of a year.
  Termly: 'month',
  Annually: 'year',
};

type Point = LatestFigure;

function valuedPoints(indicator: Indicator, history: readonly Measurement[]): Point[] {
  return history.flatMap((m) => {
    const value = measurementValue(m, indicator.unit);
    return value === undefined ? [] : [{ value, periodEnd: m.periodEnd }];
  });
}

function progressOf(indicator: Indicator, latest: Point | undefined, notes: string[]): number | undefined {
  const { baseline, target } = indicator;
  if (baseline === undefined || target === undefined) {
    notes.push(
      `${indicator.id} has no ${baseline === undefined ? 'baseline' : 'target'}, so progress cannot be measured.`,
    );
    return undefined;
  }
  if (baseline === target) {
    notes.push(
      `${indicator.id}'s target equals its baseline (${quoteNumber(target)}), so progress cannot be measured.`,
    );
    return undefined;
  }
  return latest ? progress(baseline, target, latest.value) : undefined;
}

/**
 * A figure says where things stood at the end of its period, so its pace is judged on that date. Judging it
 * against the pace expected on the as-of date would call an indicator behind only because its next figure is
 * not due yet (a yearly figure, eleven months on). Once the target date has passed, the as-of date is used, so
 * that a target with no figure showing it met reads Missed.
 */
function statusOf(
  indicator: Indicator,
  latest: Point | undefined,
  asOf: string,
  notes: string[],
): Pick<IndicatorEvidence, 'status' | 'statusAsOf' | 'expectedProgress'> {
  const { baseline, target, baselineDate, targetDate } = indicator;
  if (!latest || baseline === undefined || target === undefined || baseline === target) return {};
  if (!baselineDate || !targetDate) {
    notes.push(
      `${indicator.id} has no ${baselineDate ? 'target date' : 'baseline date'}, so its status cannot be judged.`,
    );
    return {};
  }
  if (targetDate <= baselineDate) {
    notes.push(
      `${indicator.id}'s target date is not after its baseline date, so its status cannot be judged.`,
    );
    return {};
  }
  const statusAsOf = asOf > targetDate ? asOf : latest.periodEnd;
  return {
    status: status({
      baseline,
      target,
      actual: latest.value,
      start: baselineDate,
      end: targetDate,
      asOf: statusAsOf,
    }),
    statusAsOf,
    expectedProgress: expectedProgress(baselineDate, targetDate, statusAsOf),
  };
}

function trendOf(indicator: Indicator, points: readonly Point[], window: number): EvidenceTrend | undefined {
  const recent = points.slice(-window);
  if (recent.length < 2) return undefined;
  const per = indicator.frequency ? TREND_PER[indicator.frequency] : 'month';
  return {
    slope: trend(
      recent.map((p) => p.value),
      recent.map((p) => p.periodEnd),
      per,
    ),
    per,
    from: recent[0]!.periodEnd,
    to: recent[recent.length - 1]!.periodEnd,
    periods: recent.length,
  };
}

/** The first day the pooled periods cover: known from the frequency, or from the period before the first. */
function firstDayOf(
  firstEnd: string,
  frequency: Frequency | undefined,
  previousEnd: string | undefined,
): string | undefined {
  if (frequency) return addDays(addMonths(firstEnd, -MONTHS_PER_PERIOD[frequency]), 1);
  return previousEnd === undefined ? undefined : addDays(previousEnd, 1);
}

/**
 * Achieved and Out of added up over the last `window` periods that have them, with the Wilson interval of the
 * pooled share. Pooling gives the interval a sample big enough to mean something; a single quarter's 9 of 14
 * says little.
 */
function pooledRate(
  indicator: Indicator,
  history: readonly Measurement[],
  window: number,
): EvidenceRate | undefined {
  const counted = history.flatMap((m) => {
    const counts = measurementCounts(m);
    return counts ? [{ ...counts, periodEnd: m.periodEnd }] : [];
  });
  const recent = counted.slice(-window);
  if (recent.length === 0) return undefined;
  const achieved = recent.reduce((total, r) => total + r.achieved, 0);
  const outOf = recent.reduce((total, r) => total + r.outOf, 0);
  if (outOf === 0) return undefined;
  const firstPeriodEnd = recent[0]!.periodEnd;
  const before = counted[counted.length - recent.length - 1]?.periodEnd;
  const from = firstDayOf(firstPeriodEnd, indicator.frequency, before);
  return {
    ...rate(achieved, outOf, CONFIDENCE),
    achieved,
    outOf,
    confidence: CONFIDENCE,
    ...(from ? { from } : {}),
    to: recent[recent.length - 1]!.periodEnd,
    firstPeriodEnd,
    periods: recent.length,
  };
}

/**
 * Periods due between the baseline date (or, without one, the period before the first figure) and the as-of
 * date, by the indicator's frequency, against the periods that have a figure. Period ends are matched by count,
 * not by date, so that a figure dated the 30th of a 31-day month still counts for its period.
 */
function completenessOf(
  indicator: Indicator,
  history: readonly Measurement[],
  asOf: string,
  notes: string[],
): EvidenceCompleteness | undefined {
  if (!indicator.frequency) {
    notes.push(`${indicator.id} has no frequency, so how complete its data is cannot be judged.`);
    return undefined;
  }
  const months = MONTHS_PER_PERIOD[indicator.frequency];
  const first = history[0]?.periodEnd;
  const after =
    indicator.baselineDate && indicator.baselineDate <= asOf
      ? indicator.baselineDate
      : first !== undefined
        ? addMonths(first, -months)
        : undefined;
  if (after === undefined) return undefined;
  const expected = periodEndsAfter(after, indicator.frequency, asOf).length;
  if (expected === 0) return undefined;
  const found = history.filter((m) => m.periodEnd > after && m.periodEnd <= asOf).length;
  if (found > expected) {
    notes.push(
      `${indicator.id} has ${found} figures where ${expected} ${indicator.frequency.toLowerCase()} periods were due: check its frequency.`,
    );
  }
  const present = Math.min(found, expected);
  return { present, expected, share: present / expected, after, upTo: asOf };
}

/** The evidence for one indicator from its own measurements: the shared core of both evidence functions. */
export function evidenceFor(
  indicator: Indicator,
  rows: readonly NumberedMeasurement[],
  asOf: string,
  options: EvidenceOptions = {},
  currency?: string,
): IndicatorEvidence {
  const on = requireDate(asOf, 'As-of date');
  const window = requireWholeNumber(options.window ?? DEFAULT_EVIDENCE_WINDOW, 'Window', 1);
  const history = indicatorHistory(rows)
    .map((row) => row.measurement)
    .filter((m) => m.periodEnd <= on);
  const notes: string[] = [];
  const points = valuedPoints(indicator, history);
  const latest = points[points.length - 1];
  if (!latest) notes.push(`${indicator.id} has no figures on or before ${formatLongDate(on)}.`);
  const made = progressOf(indicator, latest, notes);
  const trendFigure = trendOf(indicator, points, window);
  const rateFigure = pooledRate(indicator, history, window);
  const completenessFigure = completenessOf(indicator, history, on, notes);
  const evidence: Omit<IndicatorEvidence, 'citation'> = {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    asOf: on,
    ...(latest ? { latest: { value: latest.value, periodEnd: latest.periodEnd } } : {}),
    ...(made !== undefined ? { progress: made } : {}),
    ...statusOf(indicator, latest, on, notes),
    ...(trendFigure ? { trend: trendFigure } : {}),
    ...(rateFigure ? { rate: rateFigure } : {}),
    ...(completenessFigure ? { completeness: completenessFigure } : {}),
    notes,
  };
  const citation = citeEvidence(indicator, evidence, currency);
  return citation ? { ...evidence, citation } : evidence;
}

/**
 * What the workbook shows about one indicator on `asOf`: its latest figure, progress and status (baseline date
 * to target date), trend and pooled rate over the last `window` periods, how complete its data is, and a line to
 * cite. Figures dated after `asOf` are ignored. Throws MeasureError when the data cannot give an honest answer
 * (two rows for one period, Achieved above Out of).
 */
export function indicatorEvidence(
  workbook: Workbook,
  indicatorId: string,
  asOf: string,
  options: EvidenceOptions = {},
): IndicatorEvidence {
  const indicator = workbook.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    throw new MeasureError(`No indicator has the ID "${indicatorId}": check the Indicators tab.`);
  }
  return evidenceFor(
    indicator,
    numberedMeasurements(workbook.measurements, indicatorId),
    asOf,
    options,
    workbook.organisation.currency,
  );
}
