// The Explain sidebar's own code, bundled into Explain.html by build.ts (<!-- script: … -->), never into Code.js:
// the server only reads the tabs, and the page explains with core. It gives the page text to show, so that the
// page's script only places it.
import { formatFinding } from '../../core/checks/finding';
import {
  type Explanation,
  explainIndicator,
  meanWithInterval,
  shareWithInterval,
} from '../../core/insight/explain';
import { MeasureError } from '../../core/measures/errors';
import { formatFigure, formatShare, formatValue, monthYear, periodEnding } from '../../core/measures/format';
import type { Workbook } from '../../core/model/schema';
import { analysePeriod, type PeriodAnalysis } from '../../core/records/analysis';
import { readSources } from '../../core/records/source';
import { computeAll } from '../../core/records/update';
import { formatLongDate } from '../../core/util/calendar';
import { LOCAL_DAYS } from '../../core/workbook/cells';
import type { ExplainInput } from './explain-input';
import { readSentWorkbook } from './sent-workbook';

export interface Fact {
  label: string;
  value: string;
}

export interface StepView {
  text: string;
  assumptions: string;
}

export interface BreakdownView {
  caption: string;
  rows: { group: string; figure: string; comparison: string }[];
  note: string;
}

export interface ExplainView {
  indicators: { id: string; name: string }[];
  indicatorId: string;
  /** Shown instead of an explanation: no indicators, none chosen, or data that cannot be explained. */
  message: string;
  title: string;
  facts: Fact[];
  toc: { step: string; from: StepView[]; to: StepView[] };
  breakdowns: BreakdownView[];
  notes: string[];
  paragraph: string;
}

const CONTEXT = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;

/** The records' analysis of the latest period the indicator's Sources row computes, or why there is none. */
function latestAnalysis(
  workbook: Workbook,
  input: ExplainInput,
  indicatorId: string,
): { analysis?: PeriodAnalysis; notes: string[] } {
  if (!input.records) return { notes: [] };
  const { sources, tab, table } = input.records;
  const computed = computeAll({
    sources: readSources(sources, CONTEXT),
    indicators: workbook.indicators,
    tables: new Map([[tab, table]]),
    asOf: input.asOf,
    ...CONTEXT,
  });
  const notes = computed.problems.slice(0, 3).map(formatFinding);
  const result = computed.results.find((r) => r.indicator === indicatorId);
  const last = result?.periods[result.periods.length - 1];
  if (!result || !last) return { notes };
  return { analysis: analysePeriod(result, last), notes };
}

function rateFact(e: Explanation): Fact | undefined {
  if (e.rate) {
    const { rate } = e;
    const span = rate.from
      ? `${monthYear(rate.from)} – ${monthYear(rate.to)}`
      : `to ${formatLongDate(rate.to)}`;
    return {
      label: 'Rate',
      value: `${shareWithInterval(rate.rate, rate.achieved, rate.outOf, rate.lower, rate.upper)}, ${span}`,
    };
  }
  if (e.change && !('reason' in e.change)) {
    const c = e.change;
    return {
      label: 'Mean change',
      value: meanWithInterval({ figure: c.meanChange, n: c.matched, lower: c.lower, upper: c.upper }),
    };
  }
  if (e.mean)
    return {
      label: 'Mean',
      value: `${meanWithInterval(e.mean)}, ${periodEnding(undefined, e.mean.periodEnd)}`,
    };
  return undefined;
}

function trendWords(e: Explanation): string {
  if (!e.trend) return e.latest ? 'Needs two periods with figures.' : '—';
  const per = formatFigure(e.trend.perQuarter, 1);
  const unit = e.trend.inPoints ? ' points' : '';
  return `${e.trend.perQuarter > 0 ? '+' : ''}${per}${unit} a quarter, over ${e.trend.periods} periods to ${formatLongDate(e.trend.to)}`;
}

function freshnessWords(e: Explanation): string {
  const f = e.freshness;
  const judged =
    f.stale === undefined
      ? 'not judged: the indicator has no frequency'
      : f.stale
        ? `stale: nothing newer within ${f.staleAfterDays} days`
        : `up to date (stale after ${f.staleAfterDays} days)`;
  if (f.latestPeriod === undefined) return `No figures yet; ${judged}.`;
  return `Latest period ends ${formatLongDate(f.latestPeriod)}, ${f.daysSince} days ago; ${judged}.`;
}

function factsOf(e: Explanation, workbook: Workbook): Fact[] {
  const indicator = workbook.indicators.find((i) => i.id === e.indicatorId)!;
  const facts: (Fact | undefined)[] = [
    { label: 'Status', value: e.status ?? 'Not judged' },
    {
      label: 'Progress',
      value:
        e.progress === undefined
          ? '—'
          : `${formatShare(e.progress)} of the way from baseline to target${e.expectedProgress === undefined ? '' : ` (a steady path: ${formatShare(e.expectedProgress)})`}`,
    },
    {
      label: 'Latest',
      value: e.latest
        ? `${e.latest.counts ? shareWithInterval(e.latest.value, e.latest.counts.achieved, e.latest.counts.outOf, e.latest.counts.lower, e.latest.counts.upper) : formatValue(e.latest.value, e.unit, workbook.organisation.currency)}, ${periodEnding(indicator.frequency, e.latest.periodEnd)}`
        : '—',
    },
    { label: 'Trend', value: trendWords(e) },
    rateFact(e),
    { label: 'Data', value: freshnessWords(e) },
  ];
  return facts.filter((f): f is Fact => f !== undefined);
}

function stepText(step: { id: string; level: string; statement: string }): string {
  return `${step.id} (${step.level}): ${step.statement}`;
}

function breakdownViews(e: Explanation): BreakdownView[] {
  return e.breakdowns.map((b) => {
    const caption = `By ${b.column.toLowerCase()}, period ending ${formatLongDate(b.periodEnd)}`;
    if ('reason' in b.result) return { caption, rows: [], note: b.result.reason };
    const { measure } = b.result;
    return {
      caption,
      rows: b.result.groups.map((g) => ({
        group: g.group,
        figure:
          measure === 'share'
            ? shareWithInterval(g.figure, Math.round(g.figure * g.n), g.n, g.lower, g.upper)
            : meanWithInterval(g),
        comparison: !g.comparison.compared
          ? g.comparison.reason
          : (g.comparison.flag ?? 'within chance of the rest'),
      })),
      note: b.result.suppressed.note,
    };
  });
}

const EMPTY: Omit<ExplainView, 'indicators' | 'indicatorId' | 'message'> = {
  title: '',
  facts: [],
  toc: { step: '', from: [], to: [] },
  breakdowns: [],
  notes: [],
  paragraph: '',
};

/** The page's view of what the server read: the indicator explained, or a message saying why not. */
export function explainView(input: ExplainInput): ExplainView {
  const { workbook, problems } = readSentWorkbook(input);
  const indicators = workbook.indicators.map((i) => ({ id: i.id, name: i.name }));
  const indicatorId = indicators.some((i) => i.id === input.indicatorId) ? input.indicatorId : '';
  const base = { ...EMPTY, indicators, indicatorId };
  if (indicators.length === 0) {
    return {
      ...base,
      message:
        'This workbook has no indicators yet. Add one on the Indicators tab (or use Add demo data to see an example), then open Explain again.',
    };
  }
  if (indicatorId === '') {
    return {
      ...base,
      message: 'Choose an indicator, or select its row on the Indicators, Data or Dashboard tab.',
    };
  }
  try {
    const { analysis, notes } = latestAnalysis(workbook, input, indicatorId);
    const e = explainIndicator(workbook, indicatorId, {
      asOf: input.asOf,
      ...(analysis ? { analysis } : {}),
    });
    return {
      ...base,
      message: '',
      title: `${e.indicatorId}: ${e.name}`,
      facts: factsOf(e, workbook),
      toc: {
        step: e.toc.step ? stepText(e.toc.step) : 'Its Outcome names no step of the theory of change.',
        from: e.toc.from.map((s) => ({ text: stepText(s), assumptions: s.assumptions ?? '' })),
        to: e.toc.to.map((s) => ({ text: stepText(s), assumptions: s.assumptions ?? '' })),
      },
      breakdowns: breakdownViews(e),
      notes: [...e.notes, ...notes, ...problems.slice(0, 3).map(formatFinding)],
      paragraph: e.paragraph,
    };
  } catch (error) {
    if (!(error instanceof MeasureError)) throw error;
    return { ...base, message: `This indicator cannot be explained yet: ${error.message}` };
  }
}

Object.assign(globalThis, { ImpactLensExplain: { view: explainView } });
