import type { Locator } from '../workbook/places';
import type { AnswerContext, AnswerRule, RawFinding, Rule, WorkbookContext, WorkbookRule } from './define';
import { docsPath, type Finding, internalError } from './finding';

type OnRuleError = (ruleId: string, error: unknown) => void;

export function runAnswerRule(rule: AnswerRule, ctx: AnswerContext, onError?: OnRuleError): Finding[] {
  return contain(rule, () => rule.check(ctx), undefined, onError);
}

export function runWorkbookRule(
  rule: WorkbookRule,
  ctx: WorkbookContext,
  locate: Locator,
  onError?: OnRuleError,
): Finding[] {
  return contain(rule, () => rule.check(ctx), locate, onError);
}

/**
 * A rule's raw findings with the rule's id, severity and docs, and a workbook item's place. A rule that throws
 * becomes one `internal-error` finding naming it, so that one broken rule never hides the others' findings.
 */
function contain(
  rule: Rule,
  check: () => RawFinding[],
  locate: Locator | undefined,
  onError: OnRuleError | undefined,
): Finding[] {
  try {
    return check().map((raw) => findingOf(rule, raw, locate));
  } catch (error) {
    onError?.(rule.id, error);
    const finding = internalError(rule.id, error);
    return [rule.family === 'workbook' ? { ...finding, place: 'Impact Lens' } : finding];
  }
}

function findingOf(rule: Rule, raw: RawFinding, locate: Locator | undefined): Finding {
  const { ref, ...said } = raw;
  const at = ref !== undefined && locate !== undefined ? locate(ref) : undefined;
  return { checkId: rule.id, severity: rule.severity, ...said, ...at, docs: docsPath(rule.id) };
}
