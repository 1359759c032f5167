import { describe, expect, it } from 'vitest';
import { calendarAnchor, PeriodClock } from './periods';
import { closes, parseWindow } from './window';

describe('PeriodClock', () => {
  it('puts a day in the first period that ends on or after it, counted from the anchor', () => {
    const quarters = new PeriodClock('2024-09-30', 'Quarterly');
    expect(quarters.periodOf('2024-09-30')).toBeUndefined();
    expect(quarters.periodOf('2024-10-01')).toBe('2024-12-31');
    expect(quarters.periodOf('2024-12-31')).toBe('2024-12-31');
    expect(quarters.periodOf('2025-01-01')).toBe('2025-03-31');
    expect(quarters.periodOf('2026-09-30')).toBe('2026-09-30');
  });

  it('keeps month ends from drifting, and a mid-month anchor on its day', () => {
    const months = new PeriodClock('2025-01-31', 'Monthly');
    expect(months.periodOf('2025-02-28')).toBe('2025-02-28');
    expect(months.periodOf('2025-03-15')).toBe('2025-03-31');
    const fifteenth = new PeriodClock('2025-01-15', 'Monthly');
    expect(fifteenth.periodOf('2025-01-16')).toBe('2025-02-15');
    expect(fifteenth.periodOf('2025-02-16')).toBe('2025-03-15');
  });

  it('counts terms and years, and lists period ends between two of them', () => {
    const terms = new PeriodClock('2024-12-31', 'Termly');
    expect(terms.periodOf('2025-05-01')).toBe('2025-08-31');
    expect(terms.endsBetween('2025-04-30', '2025-12-31')).toEqual(['2025-04-30', '2025-08-31', '2025-12-31']);
    expect(new PeriodClock('2023-12-31', 'Annually').periodOf('2025-06-01')).toBe('2025-12-31');
  });

  it('finds the last period that has ended by a day', () => {
    const quarters = new PeriodClock('2024-09-30', 'Quarterly');
    expect(quarters.lastEndBy('2026-10-31')).toBe('2026-09-30');
    expect(quarters.lastEndBy('2026-09-30')).toBe('2026-09-30');
    expect(quarters.lastEndBy('2024-11-01')).toBeUndefined();
  });

  it('follows the calendar without a baseline date', () => {
    expect(calendarAnchor('2025-05-17')).toBe('2024-12-31');
  });
});

describe('follow-up windows', () => {
  it('reads a length, and the column it counts from when named', () => {
    expect(parseWindow('26 weeks')).toEqual({ ok: true, value: { amount: 26, unit: 'weeks' } });
    expect(parseWindow('6 Months after End date')).toEqual({
      ok: true,
      value: { amount: 6, unit: 'months', after: 'End date' },
    });
    expect(parseWindow('half a year')).toEqual({
      ok: false,
      fault:
        'must be a length such as "26 weeks", "6 months" or "26 weeks after Job start", found "half a year"',
    });
  });

  it('closes 182 days after the date for 26 weeks, and on the month’s day for months', () => {
    expect(closes({ amount: 26, unit: 'weeks' }, '2025-01-01')).toBe('2025-07-02');
    expect(closes({ amount: 6, unit: 'months' }, '2025-08-31')).toBe('2026-02-28');
    expect(closes({ amount: 10, unit: 'days' }, '2025-12-25')).toBe('2026-01-04');
  });
});
