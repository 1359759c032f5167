import type { Workbook } from '../model/schema';
import { todayIso } from '../util/calendar';
import { layoutLocator } from '../workbook/locators';
import type { Locator } from '../workbook/places';
import type { WorkbookRule } from './define';
import { bySeverity, type Finding } from './finding';
import { WORKBOOK_RULES } from './registry-workbook';
import { runWorkbookRule } from './run-rule';

export interface CheckWorkbookOptions {
  /** ISO date to judge the workbook on; today (UTC) when not given. */
  asOf?: string;
  /** Where each item is in the user's sheet. Without it, places are those the Set up layout would give. */
  locate?: Locator;
  disabled?: readonly string[];
  rules?: readonly WorkbookRule[];
  /** Told about a rule that threw, for logs; the user sees an `internal-error` finding. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** Runs every workbook rule that is not disabled; findings most severe first, each rule's in its own order. */
export function checkWorkbook(workbook: Workbook, options: CheckWorkbookOptions = {}): Finding[] {
  const ctx = { workbook, asOf: options.asOf ?? todayIso() };
  const locate = options.locate ?? layoutLocator(workbook);
  const disabled = new Set(options.disabled ?? []);
  return (options.rules ?? WORKBOOK_RULES)
    .filter((rule) => !disabled.has(rule.id))
    .flatMap((rule) => runWorkbookRule(rule, ctx, locate, options.onRuleError))
    .sort(bySeverity);
}
