import { describe, expect, it } from 'vitest';
import { LOCAL_DAYS } from '../workbook/cells';
import { LEARNING_LOG_COLUMNS, readLearningLog } from './log';

const HEADERS = LEARNING_LOG_COLUMNS.map((c) => c.header);
const context = { dateOrder: 'dmy' as const, days: LOCAL_DAYS };

describe('readLearningLog', () => {
  it('reads each filled row into a typed row, dates as ISO days', () => {
    const read = readLearningLog(
      [
        HEADERS,
        [new Date(2026, 0, 15), 'I1', 'Fewer finish', 'Buses', 'Pay fares', 'Sam', '30/06/2026', 'I1'],
        ['', '', '', '', '', '', '', ''],
        ['2026-02-01', 'O1', 'Noted', '', '', '', '', ''],
      ],
      context,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 2,
        date: '2026-01-15',
        about: 'I1',
        found: 'Fewer finish',
        why: 'Buses',
        change: 'Pay fares',
        owner: 'Sam',
        reviewBy: '2026-06-30',
        watch: 'I1',
      },
      { row: 4, date: '2026-02-01', about: 'O1', found: 'Noted' },
    ]);
  });

  it.each([
    [
      ['soon', 'I1', 'x', '', '', '', '', ''],
      "'Learning log'!A2",
      'Date must be a date such as 31/03/2026, found "soon".',
    ],
    [['2026-01-01', 'I1', '', '', '', '', '', ''], "'Learning log'!C2", 'What we found is missing.'],
    [
      ['2026-01-01', 'I1', 'x', '', '', '', '31/02/2026', ''],
      "'Learning log'!G2",
      'Review by must be a date such as 31/03/2026',
    ],
  ])('names the cell of a problem and leaves the row out: %j', (cells, place, message) => {
    const read = readLearningLog([HEADERS, cells], context);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => p.place)).toEqual([place]);
    expect(read.problems[0]!.message).toContain(message);
  });

  it('finds the columns wherever they are, and asks for a required one that is not there', () => {
    const moved = readLearningLog(
      [
        ['About', 'Notes', 'What we found', 'Date'],
        ['I1', 'mine', 'x', '2026-01-01'],
      ],
      context,
    );
    expect(moved.rows).toEqual([{ row: 2, date: '2026-01-01', about: 'I1', found: 'x' }]);
    const missing = readLearningLog(
      [
        ['Date', 'About'],
        ['2026-01-01', 'I1'],
      ],
      context,
    );
    expect(missing.problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      `'Learning log'!A1: The Learning log has no "What we found" column in its header row (row 1); run Set up impact workbook to repair the tab.`,
    ]);
  });

  it('reads a tab that is not there as an empty log', () => {
    expect(readLearningLog(undefined, context)).toEqual({ rows: [], problems: [] });
  });
});
