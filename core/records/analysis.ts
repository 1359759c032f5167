import { type Breakdown, type BreakdownRecord, breakdown } from '../measures/breakdown';
import { MeasureError } from '../measures/errors';
import { type MatchedChange, matchedChange, type StageScore } from '../measures/matched-change';
import type { PeriodResult, SourceResult, Unit } from './compute';

/** Why a measure gave no answer ("Only 1 of 3 participants has scores at both…"), in its own words. */
export interface NoAnswer {
  reason: string;
}

export interface PeriodAnalysis {
  periodEnd: string;
  /** A Change: the mean change over the participants matched in the period, with its paired t interval. */
  change?: MatchedChange | NoAnswer;
  /**
   * For a Share, an Average or a Change, each breakdown column's groups: each group's figure with its Wilson or t
   * interval, against everyone else (Newcombe's or Welch's interval, and "beyond chance" when it leaves out 0), with
   * groups under 5 people hidden.
   */
  breakdowns: { column: string; result: Breakdown | NoAnswer }[];
}

export interface AnalysisOptions {
  /** 0.95 unless set. */
  confidence?: number;
  /** The smallest group shown: 5 unless set. */
  minGroup?: number;
}

/** A measure's refusal is an answer for this period only: the other periods and columns are still analysed. */
function attempt<T>(measure: () => T): T | NoAnswer {
  try {
    return measure();
  } catch (error) {
    if (error instanceof MeasureError) return { reason: error.message };
    throw error;
  }
}

/** Each unit's figure as the breakdown takes it: 1 or 0 for a share, the score or change for a mean. */
function breakdownValue(result: SourceResult, unit: Unit): number | undefined {
  if (result.kind === 'Share') return unit.achieved ? 1 : 0;
  if (result.kind === 'Average' || result.kind === 'Change') return unit.value;
  return undefined;
}

/** The two stages by the names of the columns they come from, or plainly when those are alike. */
function stageNames(result: SourceResult): { from: string; to: string } {
  const { earlier, later } = result.matching ?? { earlier: '', later: '' };
  const alike = earlier.trim().toLowerCase() === later.trim().toLowerCase();
  return alike ? { from: 'earlier', to: 'later' } : { from: earlier, to: later };
}

/**
 * What the measures say about one period of one Sources row, from the per-participant values the records engine
 * placed in it: the change's interval, and each breakdown. Counts of rows and participants have neither.
 */
export function analysePeriod(
  result: SourceResult,
  period: PeriodResult,
  options: AnalysisOptions = {},
): PeriodAnalysis {
  const analysis: PeriodAnalysis = { periodEnd: period.periodEnd, breakdowns: [] };
  if (result.kind === 'Change') {
    const { from, to } = stageNames(result);
    const scores: StageScore[] = period.units.flatMap((u) => [
      { participant: u.id!, stage: from, score: u.before! },
      { participant: u.id!, stage: to, score: u.after! },
    ]);
    analysis.change = attempt(() => matchedChange(scores, { from, to, confidence: options.confidence }));
  }
  if (!period.units.some((u) => breakdownValue(result, u) !== undefined)) return analysis;
  result.breakdowns.forEach((column, b) => {
    const records: BreakdownRecord[] = period.units.map((u) => ({
      group: u.groups[b]?.trim() || 'Not recorded',
      value: breakdownValue(result, u)!,
    }));
    const measure = result.kind === 'Share' ? 'share' : 'mean';
    analysis.breakdowns.push({
      column,
      result: attempt(() =>
        breakdown(records, { measure, minGroup: options.minGroup, confidence: options.confidence }),
      ),
    });
  });
  return analysis;
}

/** Every period of a Sources row, analysed. */
export function analyseSource(result: SourceResult, options: AnalysisOptions = {}): PeriodAnalysis[] {
  return result.periods.map((period) => analysePeriod(result, period, options));
}
