import claimExceedsEvidence from './answer/claim-exceeds-evidence';
import inconsistentNumbers from './answer/inconsistent-numbers';
import outcomeNotInToc from './answer/outcome-not-in-toc';
import staleFigure from './answer/stale-figure';
import tocOutcomeMissing from './answer/toc-outcome-missing';
import type { AnswerRule } from './define';
import { SINGLE_ANSWER_RULES } from './registry-single';

/**
 * Every answer rule, sorted by id (core/parity.test.ts keeps it so): the single-answer ones (registry-single.ts, kept
 * apart so that the add-on's bundle stays small) and those that read the workbook or the rest of the page.
 */
export const ANSWER_RULES: readonly AnswerRule[] = [
  ...SINGLE_ANSWER_RULES,
  claimExceedsEvidence,
  inconsistentNumbers,
  outcomeNotInToc,
  staleFigure,
  tocOutcomeMissing,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
