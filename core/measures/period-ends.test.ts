import { describe, expect, it } from 'vitest';
import { addMonths, periodEndsAfter } from './period-ends';

describe('period ends', () => {
  it.each([
    ['2024-09-30', 3, '2024-12-31'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-31'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-03-31', -3, '2024-12-31'],
    ['2025-06-30', -12, '2024-06-30'],
  ])('%s + %s months is %s (month ends stay month ends)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('lists the quarters due after a baseline date, up to and including the as-of date', () => {
    expect(periodEndsAfter('2024-09-30', 'Quarterly', '2025-09-30')).toEqual([
      '2024-12-31',
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
    ]);
    expect(periodEndsAfter('2024-08-31', 'Termly', '2025-08-31')).toEqual([
      '2024-12-31',
      '2025-04-30',
      '2025-08-31',
    ]);
    expect(periodEndsAfter('2024-03-31', 'Annually', '2025-03-30')).toEqual([]);
  });

  it('counts each end from the anchor, so a mid-month day does not drift', () => {
    expect(periodEndsAfter('2025-01-30', 'Monthly', '2025-04-30')).toEqual([
      '2025-02-28',
      '2025-03-30',
      '2025-04-30',
    ]);
  });
});
