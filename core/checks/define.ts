import type { IndicatorEvidence } from '../measures/evidence-types';
import type { Workbook } from '../model/schema';
import type { Limit, QuestionKind } from '../questions/types';
import type { TextAnalysis } from '../text/analysis';
import type { CountRule } from '../text/count';
import type { Span } from '../text/spans';

export type Severity = 'error' | 'warning' | 'info';

/** Most important first: how every face sorts findings. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Where a check's page is, for every face's "learn more" link (answer and workbook checks alike). */
export function docsPath(checkId: string): string {
  return `docs/checks/${checkId}.md`;
}

/** The message of the `internal-error` finding that stands in for a check that threw. */
export function internalErrorMessage(checkId: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `The check ${checkId} failed (${reason}); the other checks still ran. Please report this.`;
}

export interface QuestionInfo {
  kind: QuestionKind;
  label: string;
  limit: Limit | null;
}

/** One answer on the page: what the user typed in one field, and the question it answers. */
export interface Answer {
  key: string;
  text: string;
  question: QuestionInfo;
}

export interface AnalysedAnswer extends Answer {
  analysis: TextAnalysis;
}

/** The user's own theory of change and data, with the figures computed from it. */
export interface EvidenceContext {
  workbook: Workbook;
  asOf: string;
  /** Per indicator id; an indicator whose data could not be summarised is absent. */
  evidence: ReadonlyMap<string, IndicatorEvidence>;
}

export interface CheckConfig {
  disabled: readonly string[];
  /** no-me-budget: the least share of a budget for monitoring and evaluation (the user's setting). */
  meBudgetShare: number;
  /** near-limit: warn from this share of the limit. */
  nearLimitShare: number;
  countRule: CountRule;
}

export const DEFAULT_CONFIG: CheckConfig = {
  disabled: [],
  meBudgetShare: 0.05,
  nearLimitShare: 0.9,
  countRule: { lineBreak: 1 },
};

export interface CheckContext {
  answer: AnalysedAnswer;
  /** The other answers on the page (not this one). */
  others: readonly AnalysedAnswer[];
  evidence?: EvidenceContext;
  config: CheckConfig;
}

/** What a check function returns; the engine adds the id, severity and docs. */
export interface RawFinding {
  message: string;
  span?: Span;
  /** Offered to the user, never applied by itself. */
  suggestion?: string;
  /** The figure the finding rests on, shown only in the side panel (never drawn into the page). */
  evidence?: string;
}

export interface Finding extends RawFinding {
  checkId: string;
  severity: Severity;
  docs: string;
}

export interface Check {
  id: string;
  severity: Severity;
  /** Question kinds it runs on; `all` for every kind. */
  appliesTo: readonly QuestionKind[] | 'all';
  summary: string;
  /** `page` checks read the other answers too, so they re-run when any answer changes. */
  scope: 'answer' | 'page';
  /** Runs only when the user has imported a workbook. */
  needsEvidence?: boolean;
  check(ctx: CheckContext): RawFinding[];
}

export function defineCheck(check: Check): Check {
  return check;
}

export function appliesTo(check: Check, kind: QuestionKind): boolean {
  return check.appliesTo === 'all' || check.appliesTo.includes(kind);
}
