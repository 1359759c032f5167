import vm from 'node:vm';
import { demoSourcesTable } from '../../core/demo/records';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Cell } from '../../core/workbook/cells';
import { FROM_RECORDS_COLUMN, RECORD_COLUMNS, SOURCE_COLUMNS, TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { FakeSheet, FakeSpreadsheet } from '../../tests/apps-script/fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from '../../tests/apps-script/load-code';
import { type BenchMetric, type SideBySide, sideBySide } from '../harness';

const RECORDS = 100_000;

/** Apps Script stops a script after six minutes. */
const APPS_SCRIPT_LIMIT_MS = 6 * 60 * 1000;

/**
 * The fake's sheet keeps its cells in a map keyed by "row,column" and finds its last row by walking them all: right
 * for the tests' small tabs, but at 1.3 million cells the walk would be most of what is timed. This sheet keeps them
 * row by row, so that reading the records costs about what copying them does, on both sides of the ratio.
 */
class RowsSheet extends FakeSheet {
  private readonly rows: ReturnType<FakeSheet['state']>[][] = [];

  override state(row: number, column: number) {
    let cells = this.rows[row];
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
    }
    let cell = cells[column];
    if (!cell) {
      cell = {};
      cells[column] = cell;
    }
    return cell;
  }

  private static filled(cell: ReturnType<FakeSheet['state']> | undefined): boolean {
    return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
  }

  override getLastRow(): number {
    for (let r = this.rows.length - 1; r > 0; r--) if (this.rows[r]?.some(RowsSheet.filled)) return r;
    return 0;
  }

  override getLastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c > last; c--) {
        if (RowsSheet.filled(cells[c])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
}

/** A small seeded generator (mulberry32), as core/demo/records.ts uses: the same records on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const FIRST_START = Date.UTC(2024, 0, 1);
const SITES = ['Northfield', 'Eastbrook', 'City centre', 'Riverside', 'Online'];
const AGE_BANDS = ['16–17', '18–21', '22–24'];

/**
 * The demo's register scaled up: `count` young people starting from January 2024 to October 2026, with the demo's
 * columns and about its rates of completion, scores, destinations and follow-ups, blanks where the demo has them.
 */
export function scaledRecords(count: number): Cell[][] {
  const next = random(20_240_101);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const date = (utc: number) => {
    const d = new Date(utc);
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  };
  const rows: Cell[][] = [RECORD_COLUMNS.map((c) => c.header)];
  for (let i = 0; i < count; i++) {
    const start = FIRST_START + Math.floor((i / count) * 1_035) * DAY;
    const completed = next() < 0.7;
    const end = start + 84 * DAY;
    const destination = completed && next() < 0.6 ? pick(['Job', 'Job', 'Apprenticeship', 'Course']) : '';
    const destinationStart = destination ? end + Math.floor(next() * 60) * DAY : 0;
    const followedUp = destination === 'Job' && destinationStart + 182 * DAY < Date.UTC(2026, 9, 31);
    const cells: Record<(typeof RECORD_COLUMNS)[number]['key'], Cell> = {
      id: `NYF-${String(i + 1).padStart(6, '0')}`,
      start: date(start),
      end: completed ? date(end) : '',
      completed: completed ? 'Yes' : 'No',
      scoreStart: next() < 0.9 ? 10 + Math.floor(next() * 25) : '',
      scoreEnd: completed && next() < 0.8 ? 15 + Math.floor(next() * 25) : '',
      cvAndPlan: completed ? (next() < 0.8 ? 'Yes' : 'No') : '',
      destination,
      destinationStart: destination ? date(destinationStart) : '',
      eetAt6Months: completed ? (next() < 0.6 ? 'Yes' : 'No') : '',
      inWorkAt26Weeks: followedUp ? (next() < 0.65 ? 'Yes' : 'No') : '',
      ageBand: pick(AGE_BANDS),
      site: pick(SITES),
    };
    rows.push(RECORD_COLUMNS.map((c) => cells[c.key]));
  }
  return rows;
}

/**
 * The demo workbook with Data cleared to its header (From records included), and two more indicators so that every kind of count runs: the
 * demo's seven Sources rows (Participants, Shares with and without a window, Averages of a score and of the weeks
 * between two dates) and a Rows and a matched Change.
 */
export function workbookTables(): Record<string, Cell[][]> {
  const tables = toTables(demoWorkbook) as Record<string, Cell[][]>;
  const indicators = tables[TAB.indicators]!;
  const i1 = indicators.find((row) => row[0] === 'I1')!;
  const nameAt = indicators[0]!.indexOf('Indicator');
  indicators.push(
    i1.map((cell, k) => (k === 0 ? 'B1' : k === nameAt ? 'Records on the register' : cell)),
    i1.map((cell, k) => (k === 0 ? 'B2' : k === nameAt ? 'Change in self-efficacy' : cell)),
  );
  tables[TAB.data] = [[...tables[TAB.data]![0]!, FROM_RECORDS_COLUMN.header]];
  const sources = demoSourcesTable();
  const at = (key: string) => SOURCE_COLUMNS.findIndex((c) => c.key === key);
  const more = (cells: Record<string, string>) =>
    SOURCE_COLUMNS.map((c) =>
      c.key in cells ? cells[c.key]! : c.key === 'lastPeriod' ? sources[1]![at('lastPeriod')]! : '',
    );
  sources.push(
    more({ indicator: 'B1', tab: 'Records', dateColumn: 'Start date', count: 'Rows', breakdown1: 'Site' }),
    more({
      indicator: 'B2',
      tab: 'Records',
      idColumn: 'ID',
      dateColumn: 'End date',
      count: 'Change',
      value: 'Self-efficacy at start',
      laterValue: 'Self-efficacy at end',
      breakdown1: 'Age band',
    }),
  );
  tables[TAB.sources] = sources;
  return tables;
}

/**
 * One look at every cell of the records tab, compiled in Code.js's node:vm context (where a global lookup costs
 * what it costs Code.js): one getValues() of its data range, as Update reads it, and each cell tested against blank.
 */
const FLOOR = `(function readEveryCell(sheet) {
  const rows = sheet.getDataRange().getValues();
  let filled = 0;
  for (const row of rows) for (const cell of row) if (cell !== '') filled++;
  return filled;
})`;

type Calls = Record<string, { getValues: number; setValues: number }>;

function callsOf(spreadsheet: FakeSpreadsheet): Calls {
  return Object.fromEntries(
    spreadsheet
      .getSheets()
      .map((s) => [s.getName(), { getValues: s.calls.getValues, setValues: s.calls.setValues }]),
  );
}

/** Update reads each tab it needs once and writes Data once: at 100,000 rows a second read would cost seconds. */
function assertOneReadAndWriteEach(calls: Calls): void {
  const wrong = Object.entries(calls).filter(
    ([name, c]) => c.getValues !== 1 || c.setValues !== (name === TAB.data ? 1 : 0),
  );
  if (wrong.length > 0)
    throw new Error(`Update did not read each tab once and write Data once: ${JSON.stringify(calls)}`);
}

async function loadWorkload() {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet);
  const records = new RowsSheet(spreadsheet, TAB.records);
  records.insertRowsAfter(records.getMaxRows(), RECORDS + 1 - records.getMaxRows());
  spreadsheet.sheets.push(records);
  fillSpreadsheet(
    spreadsheet,
    { ...workbookTables(), [TAB.records]: scaledRecords(RECORDS) },
    addon.realmDate,
  );
  for (const sheet of spreadsheet.getSheets())
    Object.assign(sheet.calls, { getValues: 0, getFormulas: 0, setValues: 0 });
  const floor = new vm.Script(FLOOR, { filename: 'floor.js' }).runInContext(addon.context) as (
    sheet: FakeSheet,
  ) => number;
  return { spreadsheet, addon, records, floor };
}

export const metrics: BenchMetric[] = [
  {
    name: 'records-100k-update',
    unit: 'ratio',
    budget: 20,
    better: 'lower',
    description:
      'Update data from records over 100,000 records (9 Sources rows, every kind of count), through Code.js in node:vm',
    floor: "one getValues() of the records tab and a look at each of its cells, in Code.js's node:vm context",
    async measure(): Promise<SideBySide> {
      const { spreadsheet, addon, records, floor } = await loadWorkload();
      const first = performance.now();
      addon.call('updateDataFromRecords');
      const firstMs = performance.now() - first;
      assertOneReadAndWriteEach(callsOf(spreadsheet));
      const summary = addon.shown.alerts.at(-1)!.prompt;
      const written = spreadsheet.getSheetByName(TAB.data)!.getLastRow() - 1;
      if (written < 50) throw new Error(`Update wrote only ${written} Data rows: ${summary.slice(0, 400)}`);
      process.stderr.write(`  first run, writing ${written} Data rows: ${(firstMs / 1000).toFixed(2)} s\n`);
      const timed = sideBySide(
        () => floor(records),
        () => addon.call('updateDataFromRecords'),
        { rounds: 7, runs: 1, warmupMs: 0 },
      );
      const share = (100 * Math.max(firstMs, timed.ms)) / APPS_SCRIPT_LIMIT_MS;
      process.stderr.write(
        `  Update ${(timed.ms / 1000).toFixed(2)} s (first run ${(firstMs / 1000).toFixed(2)} s), floor ${timed.floorMs.toFixed(0)} ms: ` +
          `${share.toFixed(1)}% of Apps Script's six-minute limit in node:vm on this machine\n`,
      );
      return timed;
    },
  },
];
