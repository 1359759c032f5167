import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { isoFromParts } from '../../core/util/calendar';
import { type CalendarDays, type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { fromTables, type WorkbookTables } from '../../core/workbook/from-tables';
import { toTables } from '../../core/workbook/to-tables';
import { readSentWorkbook, type SentWorkbook, sendTables } from './sent-workbook';

const ORGANISATION = { name: 'Northfield Youth Futures' };

/** Days in UTC: a spreadsheet kept in another time zone than the runtime's, as the server's days would be. */
const UTC_DAYS: CalendarDays = {
  dayOf: (d) => isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()),
  dateOf: (iso) => new Date(`${iso}T00:00:00Z`),
};

/** What google.script.run does to a value: JSON, and nothing else survives. */
function overTheWire(sent: SentWorkbook): SentWorkbook {
  return JSON.parse(JSON.stringify(sent)) as SentWorkbook;
}

function sentAndRead(tables: WorkbookTables, days: CalendarDays) {
  return readSentWorkbook(
    overTheWire({ asOf: '2026-10-31', organisation: ORGANISATION, tables: sendTables(tables, days) }),
  );
}

const YEAR_10000 = new Date(new Date(0).setUTCFullYear(10_000, 0, 1));

/** `tables` with `cell` put in row 2 of a tab, under the header `header`. */
function withCell(tables: WorkbookTables, tab: string, header: string, cell: Cell): WorkbookTables {
  const rows = tables[tab]!.map((row) => [...row]);
  rows[1]![rows[0]!.indexOf(header)] = cell;
  return { ...tables, [tab]: rows };
}

/** The demo's tabs with dates where a number, text or a day from another year belongs. */
const ODD_DATES = [
  ['Indicators', 'Baseline', new Date(Date.UTC(2025, 0, 1, 23, 30))],
  ['Indicators', 'Target date', YEAR_10000],
  ['Indicators', 'Name', new Date(Date.UTC(2026, 2, 31, 12))],
  ['Data', 'Value', new Date(Date.UTC(2026, 5, 30, 0, 30))],
].reduce<WorkbookTables>(
  (tables, [tab, header, cell]) => withCell(tables, tab as string, header as string, cell as Cell),
  toTables(demoWorkbook) as WorkbookTables,
);

describe('a workbook sent to a page', () => {
  it.each([
    ['the runtime clock', LOCAL_DAYS],
    ["another time zone's", UTC_DAYS],
  ])(
    'reads, with %s days, as the server reads it: the same items, problems, messages and cells',
    (_, days) => {
      for (const tables of [ODD_DATES, toTables(demoWorkbook, days) as WorkbookTables, {}]) {
        const server = fromTables(tables, { organisation: ORGANISATION, days });
        const page = sentAndRead(tables, days);
        expect(page.workbook).toEqual(server.workbook);
        expect(page.problems).toEqual(server.problems);
        const refs = server.workbook.indicators.map(
          (_, index) => ({ collection: 'indicators', index, field: 'target' }) as const,
        );
        expect(refs.map(page.locate)).toEqual(refs.map(server.locate));
      }
    },
  );

  it('quotes a date typed where a number belongs as the day the spreadsheet shows', () => {
    const problems = sentAndRead(ODD_DATES, UTC_DAYS).problems.map((p) => `${p.place}: ${p.message}`);
    expect(problems.some((p) => p.includes('1 January 2025'))).toBe(true);
    expect(problems.some((p) => p.includes('10000'))).toBe(true);
  });

  it('sends only what google.script.run can pass', () => {
    const sent = sendTables(ODD_DATES, LOCAL_DAYS);
    expect(overTheWire({ asOf: '', organisation: ORGANISATION, tables: sent }).tables).toEqual(sent);
    const cells: Cell[] = Object.values(sent).flat(2) as Cell[];
    expect(cells.some((c) => c instanceof Date)).toBe(false);
  });
});
