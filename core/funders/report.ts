import { AnswerEngine } from '../checks/engine';
import { evidenceContext } from '../checks/evidence';
import type { Finding } from '../checks/finding';
import { ANSWER_RULES } from '../checks/registry-answer';
import { type Explanation, explainIndicator } from '../insight/explain';
import type { Status } from '../measures/status';
import type { Workbook } from '../model/schema';
import type { PeriodAnalysis } from '../records/analysis';
import type { LogRow } from '../review/log';
import { countWords } from '../text/count';
import { sentences } from '../text/sentences';
import { addDays, formatLongDate } from '../util/calendar';
import type { Funder, FunderOutcome } from './read';

/**
 * A funder's report drafted from the organisation's own evidence: one section per funder outcome, each built from
 * the explanations of the indicators mapped to it (core/insight/explain.ts), the Learning log, and nothing else.
 * Every paragraph is checked as an answer to the funder's question, so the findings can be shown beside it.
 */

export interface DraftOptions {
  /** The funder's name, as the Funders tab gives it. */
  funder: string;
  /** The last day the report covers: figures dated after it are left out. */
  periodEnd: string;
  /** Today: the report never uses a figure from after it. */
  asOf: string;
  /** The records' analysis of an indicator's latest period, when records compute it. */
  analysisFor?: (indicatorId: string) => PeriodAnalysis | undefined;
}

export interface ReportParagraph {
  text: string;
  words: number;
  /** The answer checks' findings on the paragraph, as the extension shows them. */
  findings: Finding[];
}

export interface ReportSection {
  /** The Funders row the outcome is on. */
  row: number;
  heading: string;
  indicators: string[];
  paragraphs: ReportParagraph[];
  words: number;
  /** The section's word limit from the Funders tab; absent for none. */
  limit?: number;
  /** Sentences left out to keep within the limit. */
  leftOut: number;
  /** Indicators at risk, off track or missed. */
  slipped: string[];
  /** Slipped indicators the Learning log says nothing about. */
  unexplained: string[];
}

export interface DraftReport {
  funder: string;
  grant?: string;
  /** The first day the report covers: the day after the previous reporting date, or the grant's start. */
  periodStart?: string;
  periodEnd: string;
  /** The day the figures are as of: the period's end, or today if that is earlier. */
  figuresAsOf: string;
  sections: ReportSection[];
}

const SLIPPED: ReadonlySet<Status | undefined> = new Set<Status | undefined>([
  'At risk',
  'Off track',
  'Missed',
]);

const STATUS_WORDS: Readonly<Record<Status, string>> = {
  Met: 'has met its target',
  Missed: 'missed its target',
  'On track': 'is on track for its target',
  'At risk': 'is at risk of missing its target',
  'Off track': 'is off track for its target',
};

const sentence = (text: string) => {
  const trimmed = text.trim();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The start of the period a report ending on `periodEnd` covers. */
export function reportPeriodStart(funder: Funder, periodEnd: string): string | undefined {
  const previous = funder.reportingDates.filter((d) => d < periodEnd).at(-1);
  return previous ? addDays(previous, 1) : funder.periodStart;
}

/** The periods a funder can be reported on: each reporting date, and the grant's end. */
export function reportPeriods(funder: Funder): string[] {
  const ends = new Set(funder.reportingDates);
  if (funder.periodEnd) ends.add(funder.periodEnd);
  return [...ends].sort();
}

function explained(
  workbook: Workbook,
  id: string,
  asOf: string,
  options: DraftOptions,
): Explanation | undefined {
  if (!workbook.indicators.some((i) => i.id === id)) return undefined;
  const analysis = options.analysisFor?.(id);
  return explainIndicator(workbook, id, { asOf, ...(analysis ? { analysis } : {}) });
}

function progressParagraph(explanations: readonly Explanation[]): string {
  const parts = explanations.map((e) => {
    if (!e.status) return `${e.indicatorId} has no status yet: it needs a baseline, a target and a figure`;
    const way =
      e.progress !== undefined && e.expectedProgress !== undefined
        ? ` (${percent(e.progress)} of the way from baseline to target, where a steady path would be ${percent(e.expectedProgress)})`
        : '';
    return `${e.indicatorId} ${STATUS_WORDS[e.status]}${way}`;
  });
  return `Against what we promised: ${parts.join('; ')}.`;
}

function newestAbout(log: readonly LogRow[], id: string, asOf: string): LogRow | undefined {
  return log
    .filter((r) => r.about === id && r.date <= asOf)
    .reduce<LogRow | undefined>((newest, r) => (!newest || r.date >= newest.date ? r : newest), undefined);
}

function varianceNote(e: Explanation, note: LogRow | undefined): string {
  const slipped = `${e.indicatorId} ${STATUS_WORDS[e.status!]}`;
  if (!note) return `${slipped}: there is no note in the Learning log yet.`;
  const parts = [
    `${slipped}; the Learning log of ${formatLongDate(note.date)} says: ${sentence(note.found)}`,
  ];
  if (note.why) parts.push(`Why we think it happened: ${sentence(note.why)}`);
  if (note.change) parts.push(`What we are changing: ${sentence(note.change)}`);
  return parts.join(' ');
}

/** What the Learning log records in the period: each row a sentence that stands on its own, then its decision. */
function learnedParagraph(rows: readonly LogRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  return rows
    .map((r) => {
      const change = r.change ? ` We decided: ${sentence(r.change)}` : '';
      return `What we learned on ${formatLongDate(r.date)} about ${r.about}: ${sentence(r.found)}${change}`;
    })
    .join(' ');
}

/**
 * Keeps whole sentences only, within `limit` words: each round takes the next sentence of every paragraph, in
 * order, so that each paragraph keeps its opening sentences and none is cut mid-sentence. A paragraph stops at the
 * first sentence that does not fit, since later sentences lean on earlier ones ("That is up 7 points…").
 */
export function trimToWords(
  paragraphs: readonly string[],
  limit: number | undefined,
): { paragraphs: string[]; leftOut: number } {
  const split = paragraphs.map((p) =>
    sentences(p)
      .map((s) => s.text.trim())
      .filter(Boolean),
  );
  const total = split.reduce((n, s) => n + s.length, 0);
  if (limit === undefined) return { paragraphs: split.map((s) => s.join(' ')), leftOut: 0 };
  const kept = split.map(() => [] as string[]);
  const open = split.map(() => true);
  let budget = limit;
  for (let round = 0; open.some(Boolean); round++) {
    split.forEach((list, p) => {
      if (!open[p]) return;
      const next = list[round];
      const words = next === undefined ? Infinity : countWords(next);
      if (words > budget) open[p] = false;
      else {
        kept[p]!.push(next!);
        budget -= words;
      }
    });
  }
  const count = kept.reduce((n, s) => n + s.length, 0);
  return { paragraphs: kept.filter((s) => s.length > 0).map((s) => s.join(' ')), leftOut: total - count };
}

function section(
  workbook: Workbook,
  outcome: FunderOutcome,
  log: readonly LogRow[],
  period: { start?: string; end: string },
  options: DraftOptions,
  check: (key: string, text: string, label: string) => Finding[],
): ReportSection {
  const explanations = outcome.indicators.flatMap((id) => {
    const e = explained(workbook, id, period.end, options);
    return e ? [e] : [];
  });
  const slipped = explanations.filter((e) => SLIPPED.has(e.status));
  const notes = new Map(slipped.map((e) => [e.indicatorId, newestAbout(log, e.indicatorId, period.end)]));
  const used = new Set([...notes.values()].filter(Boolean));
  const learned = log.filter(
    (r) =>
      !used.has(r) &&
      r.date <= period.end &&
      (!period.start || r.date >= period.start) &&
      (outcome.indicators.includes(r.about) ||
        (r.watch !== undefined && outcome.indicators.includes(r.watch))),
  );
  const drafted = [
    ...explanations.map((e) => e.paragraph),
    ...(explanations.length > 0 ? [progressParagraph(explanations)] : []),
    ...slipped.map((e) => varianceNote(e, notes.get(e.indicatorId))),
    ...[learnedParagraph(learned)].filter((p): p is string => p !== undefined),
  ];
  const trimmed = trimToWords(drafted, outcome.words);
  const paragraphs = trimmed.paragraphs.map((text, i) => ({
    text,
    words: countWords(text),
    findings: check(`${outcome.row}:${i}`, text, outcome.outcome),
  }));
  return {
    row: outcome.row,
    heading: outcome.outcome,
    indicators: outcome.indicators,
    paragraphs,
    words: paragraphs.reduce((n, p) => n + p.words, 0),
    ...(outcome.words ? { limit: outcome.words } : {}),
    leftOut: trimmed.leftOut,
    slipped: slipped.map((e) => e.indicatorId),
    unexplained: slipped.filter((e) => !notes.get(e.indicatorId)).map((e) => e.indicatorId),
  };
}

/**
 * The report for one funder and the period ending on `periodEnd`: a section per outcome of that funder's, so the
 * same evidence reads in each funder's own terms. Throws if the Funders tab has no such funder.
 */
export function draftReport(
  workbook: Workbook,
  funders: readonly Funder[],
  log: readonly LogRow[],
  options: DraftOptions,
): DraftReport {
  const funder = funders.find((f) => f.name === options.funder);
  if (!funder) throw new Error(`The Funders tab has no funder "${options.funder}".`);
  const figuresAsOf = [options.periodEnd, options.asOf].sort()[0]!;
  const start = reportPeriodStart(funder, options.periodEnd);
  const engine = new AnswerEngine({ rules: ANSWER_RULES, evidence: evidenceContext(workbook, figuresAsOf) });
  const check = (key: string, text: string, label: string) =>
    engine.update({ key, text, question: { kind: 'outcomes', label, limit: null } });
  return {
    funder: funder.name,
    ...(funder.grant ? { grant: funder.grant } : {}),
    ...(start ? { periodStart: start } : {}),
    periodEnd: options.periodEnd,
    figuresAsOf,
    sections: funder.outcomes.map((o) =>
      section(workbook, o, log, { ...(start ? { start } : {}), end: figuresAsOf }, options, check),
    ),
  };
}
