/**
 * The Learning log's name and columns, apart from their readers (log.ts): Set up needs only the headers, and the
 * readers run in the Quarterly review sidebar, not in Code.js.
 */

/** The tab's name is fixed: users see it, and the review reads it by name. */
export const LEARNING_LOG_TAB = 'Learning log';

/** One row per thing the team learned and decided (docs/review.md), in the order Set up writes them. */
export const LEARNING_LOG_COLUMNS = [
  { key: 'date', header: 'Date', required: true },
  { key: 'about', header: 'About', required: true },
  { key: 'found', header: 'What we found', required: true },
  { key: 'why', header: 'Why we think it happened', required: false },
  { key: 'change', header: 'What we will change', required: false },
  { key: 'owner', header: 'Owner', required: false },
  { key: 'reviewBy', header: 'Review by', required: false },
  { key: 'watch', header: 'Indicator to watch', required: false },
] as const;

export type LogColumn = (typeof LEARNING_LOG_COLUMNS)[number];
