import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedDays } from '../../sheets-addon/src/calendar-days';
import { FakeSpreadsheet, fakeAppsScript } from './fake-spreadsheet';

// zonedDays reads Utilities from the global scope, as in Apps Script; here the fake's, for this file only.
const scope = globalThis as { Utilities?: unknown };
beforeAll(() => {
  scope.Utilities = fakeAppsScript(new FakeSpreadsheet()).globals.Utilities;
});
afterAll(() => {
  delete scope.Utilities;
});

/** Every day of 2026 and of the leap year 2028, as ISO dates. */
const DAYS = [2026, 2028].flatMap((year) =>
  Array.from({ length: year === 2028 ? 366 : 365 }, (_, i) =>
    new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10),
  ),
);

describe('zonedDays: calendar days in a named time zone', () => {
  it.each([
    'Australia/Sydney',
    'America/New_York',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/Santiago',
    'Asia/Beirut',
    'Europe/London',
  ])('gives the instant each day starts in %s, and reads it back as that day', (zone) => {
    const days = zonedDays(zone);
    for (const iso of DAYS) {
      const start = days.dateOf(iso);
      expect(days.dayOf(start), `${iso} in ${zone}`).toBe(iso);
      // The start, not some later hour: a moment earlier is still the day before.
      expect(zonedDays(zone).dayOf(new Date(start.getTime() - 1)), `${iso} in ${zone}`).not.toBe(iso);
    }
  });
});
