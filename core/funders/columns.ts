/**
 * The Funders tab's name and columns, apart from their readers (read.ts): Set up needs only the headers, and the
 * readers run in the Draft report sidebar, not in Code.js.
 */

/** The tab's name is fixed: users see it, and the report sidebar reads it by name. */
export const FUNDERS_TAB = 'Funders';

/**
 * One row per funder outcome (docs/reports.md). A funder's grant, period and reporting dates may be written on its
 * first row only; its other rows take them from there.
 */
export const FUNDERS_COLUMNS = [
  { key: 'funder', header: 'Funder', required: true },
  { key: 'grant', header: 'Grant', required: false },
  { key: 'periodStart', header: 'Period start', required: false },
  { key: 'periodEnd', header: 'Period end', required: false },
  { key: 'reportingDates', header: 'Reporting dates', required: false },
  { key: 'outcome', header: 'Funder outcome', required: true },
  { key: 'indicators', header: 'Our indicators', required: true },
  { key: 'words', header: 'Words', required: false },
] as const;

export type FunderColumn = (typeof FUNDERS_COLUMNS)[number];
