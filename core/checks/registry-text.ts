import type { Check } from './define';
import inconsistentNumbers from './inconsistent-numbers';
import { SINGLE_ANSWER_CHECKS } from './registry-single';

/** The checks that read only the text of a page's answers (no workbook): the single-answer ones and the page's. */
export const TEXT_CHECKS: readonly Check[] = [...SINGLE_ANSWER_CHECKS, inconsistentNumbers].sort((a, b) =>
  a.id.localeCompare(b.id),
);
