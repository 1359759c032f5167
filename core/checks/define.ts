import type { IndicatorEvidence } from '../measures/evidence-types';
import type { Workbook } from '../model/schema';
import type { Question, QuestionKind } from '../questions/types';
import type { TextAnalysis } from '../text/analysis';
import type { CountRule } from '../text/count';
import type { Span } from '../text/spans';
import type { ItemRef } from '../workbook/places';
import type { Finding, Severity } from './finding';

/** One answer on the page: what the user typed in one field, and the question it answers. */
export interface Answer {
  key: string;
  text: string;
  question: Question;
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
  /** What the user's monitoring and evaluation plan costs a year (core/costing), when they have costed it. */
  meCost?: { perYear: number; currency?: string };
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

/** What an answer rule reads. */
export interface AnswerContext {
  answer: AnalysedAnswer;
  /** The other answers on the page (not this one). */
  others: readonly AnalysedAnswer[];
  evidence?: EvidenceContext;
  config: CheckConfig;
}

/** What a workbook rule reads. */
export interface WorkbookContext {
  workbook: Workbook;
  /** ISO date the workbook is judged on (today, unless the user picks another). */
  asOf: string;
}

/**
 * What a rule's function returns; the runner adds the rule's id, severity and docs, and turns a workbook item's `ref`
 * into the place and cell the user sees.
 */
export interface RawFinding extends Pick<Finding, 'message' | 'suggestion' | 'evidence'> {
  /** In an answer: the stretch of its text. */
  span?: Span;
  /** In a workbook: the item (and field) the finding is about. */
  ref?: ItemRef;
}

/** A workbook rule's raw finding always names its item. */
export type RawWorkbookFinding = RawFinding & { ref: ItemRef };

interface RuleMeta {
  /** The file's name and the docs page's name: `docs/checks/<id>.md`. */
  id: string;
  severity: Severity;
  /** One line for lists and docs: what the rule looks for. */
  summary: string;
}

/** A rule on one answer of a grant application (core/checks/answer/). */
export interface AnswerRule extends RuleMeta {
  family: 'answer';
  /** Question kinds it runs on; `all` for every kind. */
  appliesTo: readonly QuestionKind[] | 'all';
  /** `page` rules read the other answers too, so they re-run when any answer changes. */
  scope: 'answer' | 'page';
  /** Runs only when the user has imported a workbook; its findings are shown only on extension pages. */
  needsEvidence?: boolean;
  check(ctx: AnswerContext): RawFinding[];
}

/** A rule on the whole workbook: theory of change, indicators and data (core/checks/workbook/). */
export interface WorkbookRule extends RuleMeta {
  family: 'workbook';
  check(ctx: WorkbookContext): RawWorkbookFinding[];
}

export type Rule = AnswerRule | WorkbookRule;

/** Declares a rule: data (id, severity, summary, where it applies) beside one pure function. */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

export function appliesTo(rule: AnswerRule, kind: QuestionKind): boolean {
  return rule.appliesTo === 'all' || rule.appliesTo.includes(kind);
}
