import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import type { Workbook } from '../model/schema';
import type { Limit, QuestionKind } from '../questions/types';
import type { Answer, AnswerRule, CheckConfig, EvidenceContext, WorkbookRule } from './define';
import { checkAnswer } from './engine';
import { evidenceContext } from './evidence';
import type { Finding } from './finding';
import { checkWorkbook } from './run-workbook';
import { tocWorkbook } from './workbook/test-workbooks';

/** One rule run on one case of its table, as the engine or the workbook runner runs it (rule-tester.ts uses these). */

export interface AnswerCase {
  /** The test's title; the text when not given. */
  name?: string;
  text: string;
  /** The question's kind: the rule's first kind unless given. */
  kind?: QuestionKind;
  label?: string;
  limit?: Limit | null;
  /** The other answers on the page (for page rules): plain text is an answer to a question of kind `other`. */
  others?: readonly (string | Answer)[];
  /** Judge against the demo workbook (true), or another workbook's evidence. */
  evidence?: boolean | EvidenceContext;
  config?: Partial<CheckConfig>;
}

export interface WorkbookCase {
  name?: string;
  /** A workbook, or a theory of change written as `tocWorkbook` reads it (`A1 Activity > O1; O1 Outcome/Short`). */
  workbook: Workbook | string;
  asOf?: string;
}

/** A question's label, as a portal would ask it, for each kind. */
const LABELS: Record<QuestionKind, string> = {
  outcomes: 'What difference will your project make?',
  measurement: 'How will you measure your success?',
  beneficiaries: 'Who will benefit from this project?',
  activities: 'What will you do?',
  budget: 'Tell us how you will spend the grant.',
  need: 'Why is this project needed?',
  summary: 'Summarise your project in a few sentences.',
  other: 'Is there anything else you would like to tell us?',
};

/** An answer to a question of `kind`, asked as portals ask it. */
export function answer(
  text: string,
  kind: QuestionKind = 'outcomes',
  limit: Limit | null = null,
  key = 'answer',
): Answer {
  return { key, text, question: { kind, label: LABELS[kind], limit } };
}

let demo: EvidenceContext | undefined;
/** The demo workbook with its evidence, computed once for every test that judges against it. */
export function demoEvidence(): EvidenceContext {
  demo ??= evidenceContext(demoWorkbook, DEMO_AS_OF);
  return demo;
}

export function answerFindings(rule: AnswerRule, c: AnswerCase | string): Finding[] {
  const {
    text,
    kind,
    label,
    limit,
    others = [],
    evidence,
    config,
  }: AnswerCase = typeof c === 'string' ? { text: c } : c;
  const question = kind ?? (rule.appliesTo === 'all' ? 'outcomes' : (rule.appliesTo[0] ?? 'outcomes'));
  const subject = answer(text, question, limit ?? null);
  if (label !== undefined) subject.question.label = label;
  const page = others.map((o, i) => (typeof o === 'string' ? answer(o, 'other', null, `other-${i}`) : o));
  return checkAnswer(subject, page, {
    rules: [rule],
    ...(evidence ? { evidence: evidence === true ? demoEvidence() : evidence } : {}),
    ...(config ? { config } : {}),
  });
}

/** Places are those the Set up layout would give the workbook's items. */
export function workbookFindings(rule: WorkbookRule, c: WorkbookCase): Finding[] {
  const workbook = typeof c.workbook === 'string' ? tocWorkbook(c.workbook) : c.workbook;
  return checkWorkbook(workbook, { asOf: c.asOf ?? '2026-01-01', rules: [rule] });
}
