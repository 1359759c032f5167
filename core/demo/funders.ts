import { FUNDERS_COLUMNS } from '../funders/columns';
import type { Cell } from '../workbook/cells';

/**
 * The demo organisation's two funders, each with its own outcomes mapped to the same indicators: one report's
 * evidence, read in two funders' terms. A reporting date falls within a month of the demo's as-of date (31 October
 * 2026), so the Quarterly review has one coming. Dates are ISO days; the add-on writes
 * Period start and end as dates, and each list of reporting dates as text.
 */
export function demoFundersTable(): Cell[][] {
  return [
    FUNDERS_COLUMNS.map((c) => c.header),
    [
      'Northfield Community Foundation',
      'Youth Employability Fund',
      '2025-04-01',
      '2027-03-31',
      '2025-10-31, 2026-04-30, 2026-11-15, 2027-04-30',
      'Young people gain employability skills',
      'I3, I4',
      150,
    ],
    [
      'Northfield Community Foundation',
      '',
      '',
      '',
      '',
      'Young people move into work, education or training',
      'I5, I6',
      200,
    ],
    [
      'Brightpath Trust',
      'Pathways to Work',
      '2025-10-01',
      '2027-09-30',
      '2026-03-31, 2026-09-30, 2027-03-31',
      'More young people finish the programme',
      'I1, I2',
      120,
    ],
    ['Brightpath Trust', '', '', '', '', 'Young people stay in work', 'I6, I7', 150],
  ];
}
