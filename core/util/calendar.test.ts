import { describe, expect, it } from 'vitest';
import { isValidDate, validDayNumber } from './calendar';

/** The day number by the platform's own calendar, for years from 100 on (Date.UTC maps 0–99 to 1900–1999). */
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

describe('validDayNumber', () => {
  it.each([
    ['1970-01-01', 1970, 1, 1],
    ['1969-12-31', 1969, 12, 31],
    ['2024-01-31', 2024, 1, 31],
    ['2024-02-29', 2024, 2, 29],
    ['2000-02-29', 2000, 2, 29],
    ['2023-02-28', 2023, 2, 28],
    ['1900-02-28', 1900, 2, 28],
    ['1900-03-01', 1900, 3, 1],
    ['2100-03-01', 2100, 3, 1],
    ['2025-04-30', 2025, 4, 30],
    ['2025-12-31', 2025, 12, 31],
    ['0100-01-01', 100, 1, 1],
    ['1600-02-29', 1600, 2, 29],
    ['9999-12-31', 9999, 12, 31],
  ])('counts %s as Date.UTC does', (iso, year, month, day) => {
    expect(validDayNumber(iso)).toBe(utcDay(year, month, day));
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-06-31',
    '2025-00-10',
    '2025-13-01',
    '2025-01-00',
    '2025-01-32',
    '0000-01-01',
    '25-01-01',
    '2025-1-05',
    '2025/01/05',
    '2025-01-05T00:00',
    ' 2025-01-05',
    '',
  ])('refuses %j', (iso) => {
    expect(validDayNumber(iso)).toBeUndefined();
  });

  it('agrees with Date.UTC on every day of 1899 to 2101', () => {
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const utc = new Date(Date.UTC(year, month - 1, day));
          const real = utc.getUTCMonth() === month - 1;
          const found = validDayNumber(iso);
          if (found !== (real ? utcDay(year, month, day) : undefined)) {
            expect(found, iso).toBe(real ? utcDay(year, month, day) : undefined);
          }
        }
      }
    }
  });
});

describe('isValidDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2023, 2, 29, false],
    [2025, 4, 31, false],
    [2025, 12, 31, true],
    [2025, 0, 1, false],
    [2025, 13, 1, false],
    [2025, 1, 0, false],
    [0, 1, 1, false],
    [10_000, 1, 1, false],
    [2025, 1.5, 1, false],
    [2025, 1, 1.5, false],
  ])('%i-%i-%i is %s', (year, month, day, valid) => {
    expect(isValidDate(year, month, day)).toBe(valid);
  });
});
