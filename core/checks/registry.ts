import claimExceedsEvidence from './claim-exceeds-evidence';
import type { Check } from './define';
import inconsistentNumbers from './inconsistent-numbers';
import outcomeNotInToc from './outcome-not-in-toc';
import { SINGLE_ANSWER_CHECKS } from './registry-single';
import tocOutcomeMissing from './toc-outcome-missing';

/**
 * Every answer check, sorted by id (a test keeps it so): the single-answer ones (registry-single.ts, kept apart so
 * the add-on's bundle stays small) and those that need the workbook or the rest of the page.
 */
export const CHECKS: readonly Check[] = [
  ...SINGLE_ANSWER_CHECKS,
  claimExceedsEvidence,
  inconsistentNumbers,
  outcomeNotInToc,
  tocOutcomeMissing,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
