import type { Locator } from '../workbook/places';
import type { AnswerContext, AnswerRule, RawFinding, Rule, WorkbookContext, WorkbookRule } from './define';
import { docsPath, type Finding, internalError } from './finding';

type OnRuleError = (ruleId: string, error: unknown) => void;

/**
 * A rule's raw findings with the rule's id, severity and docs. A rule that throws becomes one `internal-error`
 * finding naming it, so that one broken rule never hides the others' findings.
 */
export function runAnswerRule(rule: AnswerRule, ctx: AnswerContext, onError?: OnRuleError): Finding[] {
  try {
    return rule.check(ctx).map((raw) => findingOf(rule, raw, undefined));
  } catch (error) {
    return [failed(rule, error, onError)];
  }
}

/** The same for a workbook rule, with the place of the item each finding is about. */
export function runWorkbookRule(
  rule: WorkbookRule,
  ctx: WorkbookContext,
  locate: Locator,
  onError?: OnRuleError,
): Finding[] {
  try {
    return rule.check(ctx).map((raw) => findingOf(rule, raw, locate));
  } catch (error) {
    return [failed(rule, error, onError)];
  }
}

function failed(rule: Rule, error: unknown, onError: OnRuleError | undefined): Finding {
  onError?.(rule.id, error);
  const finding = internalError(rule.id, error);
  return rule.family === 'workbook' ? { ...finding, place: 'Impact Lens' } : finding;
}

function findingOf(rule: Rule, raw: RawFinding, locate: Locator | undefined): Finding {
  const { ref, ...said } = raw;
  const at = ref !== undefined && locate !== undefined ? locate(ref) : undefined;
  return { checkId: rule.id, severity: rule.severity, ...said, ...at, docs: docsPath(rule.id) };
}
