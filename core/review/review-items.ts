import staleData from '../checks/workbook/toc-stale-data';
import type { IndicatorEvidence } from '../measures/evidence-types';
import { formatValue } from '../measures/format';
import type { Status } from '../measures/status';
import { workbookEvidence } from '../measures/workbook-evidence';
import type { Indicator, TocNode, Workbook } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import type { LogRow } from './log';
import { type Movement, movementSince } from './movement';

export const REVIEW_KINDS = ['status', 'overdue', 'untested-assumption', 'decision-due'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Something the quarterly review should talk about, with what the team's answer to it is about. */
export interface ReviewItem {
  kind: ReviewKind;
  /** The indicator's or theory-of-change item's ID: what a log row answering it is about. */
  about: string;
  /** The indicator's name or the item's statement. */
  title: string;
  /** Why it needs a conversation, in plain English. */
  reason: string;
  /** The indicator that would show whether a change worked, when there is an obvious one. */
  watch?: string;
  /** For a decision due: the log row, and whether its indicator moved since. */
  decision?: LogRow;
  movement?: Movement;
}

export interface ReviewOptions {
  /** The review's day, ISO. */
  asOf: string;
}

const NEEDS_TALK: readonly Status[] = ['At risk', 'Off track', 'Missed'];

function statusReason(indicator: Indicator, evidence: IndicatorEvidence, currency?: string): string {
  const show = (v: number) => formatValue(v, indicator.unit, currency);
  const latest = evidence.latest!;
  const target =
    indicator.target !== undefined && indicator.targetDate
      ? ` against a target of ${show(indicator.target)} by ${formatLongDate(indicator.targetDate)}`
      : '';
  const was = evidence.status === 'Missed' ? 'missed its target' : `is ${evidence.status!.toLowerCase()}`;
  return `${indicator.id} ${was}: its latest figure is ${show(latest.value)} for the period ending ${formatLongDate(latest.periodEnd)}${target}. What is getting in the way, and what will we change?`;
}

function statusItems(workbook: Workbook, asOf: string): ReviewItem[] {
  const evidence = workbookEvidence(workbook, asOf);
  return workbook.indicators.flatMap((indicator, index) => {
    const entry = evidence[index]!;
    // Data that gives no status (two rows for one period) is the check sidebar's to report.
    if (!('evidence' in entry) || !entry.evidence.status || !NEEDS_TALK.includes(entry.evidence.status))
      return [];
    return [
      {
        kind: 'status',
        about: indicator.id,
        title: indicator.name,
        reason: statusReason(indicator, entry.evidence, workbook.organisation.currency),
        watch: indicator.id,
      },
    ];
  });
}

/** Overdue means what the toc-stale-data rule means by it: its findings are the review's items. */
function overdueItems(workbook: Workbook, asOf: string): ReviewItem[] {
  return staleData.check({ workbook, asOf }).flatMap((finding) => {
    const indicator = finding.ref ? workbook.indicators[finding.ref.index] : undefined;
    if (!indicator) return [];
    return [
      {
        kind: 'overdue',
        about: indicator.id,
        title: indicator.name,
        reason: finding.message,
        watch: indicator.id,
      },
    ];
  });
}

function escaped(id: string): string {
  return id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the assumption names an indicator by its ID, as a word of its own ("tested by I4"). */
function namedIndicator(assumption: string, indicators: readonly Indicator[]): boolean {
  return indicators.some((i) => new RegExp(`(^|[^\\w-])${escaped(i.id)}($|[^\\w-])`, 'i').test(assumption));
}

function untestedItems(workbook: Workbook): ReviewItem[] {
  return workbook.nodes.flatMap((node: TocNode) => {
    const assumption = node.assumptions?.trim();
    if (!assumption || namedIndicator(assumption, workbook.indicators)) return [];
    const targets = workbook.links.filter((l) => l.from === node.id).map((l) => l.to);
    if (targets.length === 0) return [];
    return [
      {
        kind: 'untested-assumption',
        about: node.id,
        title: node.statement,
        reason: `${node.id} leads to ${targets.join(', ')} on the assumption "${assumption}", and no indicator tests it. Is it still holding? Name the indicator that tests it in the Assumptions cell ("tested by I4"), or add one.`,
      },
    ];
  });
}

/** A decision is closed by a later row about the same item dated on or after its review date. */
function isClosed(row: LogRow, log: readonly LogRow[]): boolean {
  return log.some((other) => other !== row && other.about === row.about && other.date >= row.reviewBy!);
}

function decisionItems(workbook: Workbook, log: readonly LogRow[], asOf: string): ReviewItem[] {
  return log.flatMap((row) => {
    if (!row.reviewBy || row.reviewBy > asOf || isClosed(row, log)) return [];
    const title =
      workbook.indicators.find((i) => i.id === row.about)?.name ??
      workbook.nodes.find((n) => n.id === row.about)?.statement ??
      row.about;
    const decided = `On ${formatLongDate(row.date)} we decided: "${row.change ?? row.found}"${row.owner ? ` (${row.owner})` : ''}. Its review date, ${formatLongDate(row.reviewBy)}, has come.`;
    const movement = row.watch ? movementSince(workbook, row.watch, row.date, asOf) : undefined;
    return [
      {
        kind: 'decision-due',
        about: row.about,
        title,
        reason: movement ? `${decided} ${movement.sentence}` : `${decided} No indicator to watch was named.`,
        ...(row.watch ? { watch: row.watch } : {}),
        decision: row,
        ...(movement ? { movement } : {}),
      },
    ];
  });
}

/**
 * What the quarterly review needs to talk about on `asOf`, kind by kind: indicators at risk, off track or missed;
 * data overdue; assumptions on the theory of change's links that no indicator tests; decisions whose review date
 * has come, each with whether its watched indicator moved since.
 */
export function reviewItems(
  workbook: Workbook,
  log: readonly LogRow[],
  { asOf }: ReviewOptions,
): ReviewItem[] {
  return [
    ...statusItems(workbook, asOf),
    ...overdueItems(workbook, asOf),
    ...untestedItems(workbook),
    ...decisionItems(workbook, log, asOf),
  ];
}
