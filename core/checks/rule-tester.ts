import { describe, expect, it } from 'vitest';
import type { AnswerRule, Rule, WorkbookRule } from './define';
import type { Finding } from './finding';
import { type AnswerCase, answerFindings, type WorkbookCase, workbookFindings } from './rule-cases';

/**
 * Table tests for a rule, as ESLint's RuleTester does them: answers or workbooks that must not trigger it, and
 * answers or workbooks that must, each listing every finding it gives, in order, by its place (the text its span
 * covers, or its cell). A case that gives one finding more or less, or one at another place, fails.
 */

type Text = string | RegExp;

export interface ExpectedFinding {
  /** The rule's own id unless given (`internal-error`, say). */
  checkId?: string;
  message?: Text;
  suggestion?: Text;
  evidence?: Text;
}

export interface ExpectedAnswerFinding extends ExpectedFinding {
  /** The text the finding's span covers; null for a finding about the whole answer. */
  span: string | null;
}

export interface ExpectedWorkbookFinding extends ExpectedFinding {
  /** Where the user finds it: `'Theory of change'!A6`, `Indicators!J9`. */
  place: string;
}

export interface AnswerRuleCases {
  valid: readonly (string | AnswerCase)[];
  invalid: readonly (AnswerCase & { findings: readonly ExpectedAnswerFinding[] })[];
}

export interface WorkbookRuleCases {
  valid: readonly WorkbookCase[];
  invalid: readonly (WorkbookCase & { findings: readonly ExpectedWorkbookFinding[] })[];
}

export function ruleTester(rule: AnswerRule, cases: AnswerRuleCases): void;
export function ruleTester(rule: WorkbookRule, cases: WorkbookRuleCases): void;
export function ruleTester(rule: Rule, cases: AnswerRuleCases | WorkbookRuleCases): void {
  describe(`${rule.id}: rule table`, () => {
    if (rule.family === 'answer') testAnswerRule(rule, cases as AnswerRuleCases);
    else testWorkbookRule(rule, cases as WorkbookRuleCases);
  });
}

function testAnswerRule(rule: AnswerRule, cases: AnswerRuleCases): void {
  const valid = cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
  if (valid.length > 0)
    it.each(valid.map((c) => [title(c), c] as const))('stays silent for %s', (_, c) => {
      expect(answerFindings(rule, c)).toEqual([]);
    });
  if (cases.invalid.length > 0)
    it.each(cases.invalid.map((c) => [title(c), c] as const))('flags %s', (_, c) => {
      const found = answerFindings(rule, c);
      const spans = found.map((f) => (f.span ? c.text.slice(f.span.start, f.span.end) : null));
      expect(spans, 'the findings, by the text each covers').toEqual(c.findings.map((f) => f.span));
      for (const [i, f] of found.entries()) expectDetails(rule, f, c.findings[i]!);
    });
}

function testWorkbookRule(rule: WorkbookRule, cases: WorkbookRuleCases): void {
  if (cases.valid.length > 0)
    it.each(cases.valid.map((c) => [title(c), c] as const))('stays silent for %s', (_, c) => {
      expect(workbookFindings(rule, c)).toEqual([]);
    });
  if (cases.invalid.length > 0)
    it.each(cases.invalid.map((c) => [title(c), c] as const))('flags %s', (_, c) => {
      const found = workbookFindings(rule, c);
      expect(
        found.map((f) => f.place),
        'the findings, by place',
      ).toEqual(c.findings.map((f) => f.place));
      for (const [i, f] of found.entries()) expectDetails(rule, f, c.findings[i]!);
    });
}

function expectDetails(rule: Rule, actual: Finding, expected: ExpectedFinding): void {
  expect(actual.checkId).toBe(expected.checkId ?? rule.id);
  expectText(actual.message, expected.message, 'message');
  expectText(actual.suggestion, expected.suggestion, 'suggestion');
  expectText(actual.evidence, expected.evidence, 'evidence');
}

function expectText(actual: string | undefined, expected: Text | undefined, what: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual, what).toBe(expected);
  else expect(actual, what).toMatch(expected);
}

function title(c: { name?: string; text?: string; workbook?: unknown }): string {
  if (c.name) return c.name;
  if (typeof c.text === 'string')
    return JSON.stringify(c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text);
  return typeof c.workbook === 'string' ? c.workbook : 'a workbook';
}
