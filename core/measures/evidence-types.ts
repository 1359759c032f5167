import type { Direction, Unit } from '../model/schema';
import type { RateInterval } from './rate';
import type { Status } from './status';
import type { TrendUnit } from './trend';

export interface EvidenceOptions {
  /** How many of the latest periods the trend and the pooled rate look at. */
  window?: number;
}

export interface LatestFigure {
  value: number;
  periodEnd: string;
}

export interface EvidenceTrend {
  /** Change in the value per `per`, by least squares over the window's periods. */
  slope: number;
  per: TrendUnit;
  from: string;
  to: string;
  periods: number;
}

export interface EvidenceRate extends RateInterval {
  achieved: number;
  outOf: number;
  confidence: number;
  /** First day of the first pooled period, when the frequency or an earlier period tells it. */
  from?: string;
  /** Last pooled period end. */
  to: string;
  firstPeriodEnd: string;
  periods: number;
}

export interface EvidenceCompleteness {
  present: number;
  expected: number;
  share: number;
  /** Periods counted are those ending after this date … */
  after: string;
  /** … and on or before this one (the as-of date). */
  upTo: string;
}

/** What the workbook shows about one indicator on one date: every face cites these figures. */
export interface IndicatorEvidence {
  indicatorId: string;
  name: string;
  unit: Unit;
  direction: Direction;
  asOf: string;
  latest?: LatestFigure;
  progress?: number;
  /** The share of the way a straight path from baseline to target had covered by `statusAsOf`. */
  expectedProgress?: number;
  status?: Status;
  /** The date pace is judged at: the latest figure's period end, or the as-of date once the target date has passed. */
  statusAsOf?: string;
  trend?: EvidenceTrend;
  rate?: EvidenceRate;
  completeness?: EvidenceCompleteness;
  /** One line a grant writer can paste. */
  citation?: string;
  /** Why a figure above is missing, a sentence each. */
  notes: string[];
}
