import type { Locator } from '../workbook/places';
import type { AnswerContext, AnswerRule, RawFinding, Rule, WorkbookContext, WorkbookRule } from './define';
import { docsPath, type Finding, internalError } from './finding';

type OnRuleError = (ruleId: string, error: unknown) => void;

/**
 * Adds a rule's findings to `into`, with the rule's id, severity and docs. A rule that throws adds one
 * `internal-error` finding naming it instead, so that one broken rule never hides the others' findings. Added in
 * place: the add-on checks ten thousand answers a range, each with up to eleven rules, and a list per rule was a sixth
 * of what it allocates.
 */
export function runAnswerRule(
  rule: AnswerRule,
  ctx: AnswerContext,
  into: Finding[],
  onError?: OnRuleError,
): void {
  const before = into.length;
  try {
    // By index, not for-of: every rule's result passes through this one loop, where the optimiser cannot know the
    // array and a for-of goes through its iterator.
    const raws = rule.check(ctx);
    for (let i = 0; i < raws.length; i++) into.push(answerFinding(rule, raws[i]!));
  } catch (error) {
    into.length = before;
    into.push(failed(rule, error, onError));
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
  return { checkId: rule.id, severity: rule.severity, ...said, ...at, docs: docsOf(rule) };
}

/**
 * An answer rule's finding has no item to place: the raw finding is copied as it is, the same fields in the same
 * order as findingOf gives, without the rest-copy that leaves out `ref` (a runtime call per finding, and the add-on
 * makes one or more for each of ten thousand rows).
 */
function answerFinding(rule: AnswerRule, raw: RawFinding): Finding {
  if ('ref' in raw) return findingOf(rule, raw, undefined);
  return { checkId: rule.id, severity: rule.severity, ...raw, docs: docsOf(rule) };
}

/** Each rule's docs path, made once: one string per rule rather than one per finding. */
const DOCS = new Map<string, string>();

function docsOf(rule: Rule): string {
  let docs = DOCS.get(rule.id);
  if (docs === undefined) {
    docs = docsPath(rule.id);
    DOCS.set(rule.id, docs);
  }
  return docs;
}
