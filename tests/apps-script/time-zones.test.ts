import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { isoFromLocalDate } from '../../core/util/calendar';
import { exportJson, importJson } from '../../core/workbook/json';
import { TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';
import { exportWorkbook, importWorkbook } from './workbook-dialogs';

/**
 * Sheets hands a date over as the instant its day starts in the spreadsheet's time zone, and reads an instant back
 * in that zone; the add-on's script runs on London time. These tests keep spreadsheets in Sydney and New York,
 * where the two clocks disagree about which day an instant is, and check that every date is the day the user typed.
 */

/** The zone's offset from UTC at an instant, in milliseconds, by the platform's time-zone data. */
function offsetMs(zone: string, time: number): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(time))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** The instant a day starts in a zone: what Sheets hands over for a date cell holding that day. */
function midnightIn(zone: string, iso: string): Date {
  const utc = Date.parse(`${iso}T00:00:00Z`);
  return new Date(utc - offsetMs(zone, utc - offsetMs(zone, utc)));
}

const SYDNEY = 'Australia/Sydney';
const NEW_YORK = 'America/New_York';

describe('dates in a spreadsheet kept in another time zone than the script', () => {
  it('IMPACT_STATUS reads each date cell as the day it shows in a Sydney spreadsheet', async () => {
    const { call, realmDate, shown } = await loadAddon(new FakeSpreadsheet('Sydney charity', SYDNEY));
    const status = (asOf: string) =>
      call(
        'IMPACT_STATUS',
        0,
        100,
        40,
        realmDate(midnightIn(SYDNEY, '2026-01-01')),
        realmDate(midnightIn(SYDNEY, '2026-03-31')),
        realmDate(midnightIn(SYDNEY, asOf)),
      );
    // On London time 1 April in Sydney is still 31 March: read that way, the period would not yet be over.
    expect(status('2026-04-01')).toBe('Missed');
    expect(status('2026-03-31')).not.toBe('Missed');
    expect(shown.formatDateCalls).toBeGreaterThan(0);
  });

  it('exports the days a Sydney spreadsheet shows, not the day before', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures', SYDNEY);
    const { call, realmDate } = await loadAddon(spreadsheet);
    // The demo's tabs with each date as Sheets in Sydney hands it over: the instant that day starts there.
    const tables = Object.fromEntries(
      Object.entries(toTables(demoWorkbook)).map(([tab, rows]) => [
        tab,
        rows.map((row) => row.map((c) => (c instanceof Date ? midnightIn(SYDNEY, isoFromLocalDate(c)) : c))),
      ]),
    );
    fillSpreadsheet(spreadsheet, tables, realmDate);
    const exported = exportWorkbook(call);
    expect(exported.problems).toEqual([]);
    const parsed = importJson(exported.json);
    expect(parsed.workbook.measurements.map((m) => m.periodEnd)).toEqual(
      demoWorkbook.measurements.map((m) => m.periodEnd),
    );
    expect(parsed.workbook.indicators.map((i) => i.targetDate)).toEqual(
      demoWorkbook.indicators.map((i) => i.targetDate),
    );
  });

  it('imports into a New York spreadsheet as the start of each day there, and reads back the same workbook', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures', NEW_YORK);
    const { call } = await loadAddon(spreadsheet);
    const result = importWorkbook(call, exportJson(demoWorkbook), true);
    expect(result.status).toBe('imported');
    const rows = spreadsheet.getSheetByName(TAB.data)!.getDataRange().getValues();
    const column = rows[0]!.indexOf('Period end');
    const written = rows.slice(1).map((r) => (r[column] as Date).getTime());
    expect(written).toEqual(
      demoWorkbook.measurements.map((m) => midnightIn(NEW_YORK, m.periodEnd).getTime()),
    );
    const exported = exportWorkbook(call);
    // Everything dated comes back as it went in (the organisation's currency is not kept in the tabs).
    const { indicators, measurements, contracts } = importJson(exported.json).workbook;
    expect({ indicators, measurements, contracts }).toEqual({
      indicators: demoWorkbook.indicators,
      measurements: demoWorkbook.measurements,
      contracts: demoWorkbook.contracts,
    });
  });

  it('makes no time-zone call for a spreadsheet on the script’s own time', async () => {
    const spreadsheet = new FakeSpreadsheet('London charity');
    const { call, makeDate, shown } = await loadAddon(spreadsheet);
    call('IMPACT_STATUS', 0, 100, 40, makeDate(Date.UTC(2026, 0, 1)), makeDate(Date.UTC(2026, 2, 31)));
    importWorkbook(call, exportJson(demoWorkbook), true);
    exportWorkbook(call);
    expect(shown.formatDateCalls).toBe(0);
  });
});
