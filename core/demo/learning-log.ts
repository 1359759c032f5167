import { LEARNING_LOG_COLUMNS } from '../review/columns';
import type { Cell } from '../workbook/cells';

/**
 * The demo organisation's Learning log on its as-of date (31 October 2026): a decision answered at a later review, a
 * decision whose review date has come, and one still waiting. Dates are ISO days; the add-on writes them as dates.
 */
export function demoLearningLogTable(): Cell[][] {
  return [
    LEARNING_LOG_COLUMNS.map((c) => c.header),
    [
      '2025-10-15',
      'I5',
      'Fewer leavers than planned were in work, education or training six months on',
      'Placements ended without anyone asking the employer about a job',
      'Ask each placement employer to interview the young person in the last week of the placement',
      'Employer lead',
      '2026-04-30',
      'I5',
    ],
    [
      '2026-05-05',
      'I5',
      'End-of-placement interviews began in March; one quarter is too soon to see them in the figures',
      '',
      '',
      'Employer lead',
      '',
      '',
    ],
    [
      '2026-04-15',
      'I6',
      'A third of those who started a job had left it within 26 weeks',
      'No one from the programme was in touch once the job began',
      'Mentors phone each young person in weeks 2, 6 and 12 of a new job',
      'Mentoring coordinator',
      '2026-09-30',
      'I6',
    ],
    [
      '2026-07-20',
      'A1',
      'Two volunteer mentors left in June and were not replaced',
      'Recruitment relies on word of mouth',
      'Recruit mentors through the city volunteer centre',
      'Volunteer manager',
      '2027-01-31',
      '',
    ],
  ];
}
