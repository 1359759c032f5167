import { demoWorkbook } from '../../core/demo/workbook';
import type { Cell } from '../../core/workbook/cells';
import { fromTables } from '../../core/workbook/from-tables';
import { TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { type BenchMetric, sideBySide } from '../harness';

/** The demo workbook with its Data tab grown to `rows` rows: one per indicator and month, going back in time. */
export function tablesWithDataRows(rows: number) {
  const tables = toTables(demoWorkbook);
  const ids = demoWorkbook.indicators.map((i) => i.id);
  const data: Cell[][] = [tables[TAB.data]![0]!];
  for (let r = 0; r < rows; r++) {
    const id = ids[r % ids.length]!;
    const monthsBack = Math.floor(r / ids.length);
    const periodEnd = new Date(2026, 9 - monthsBack, 0);
    const rate = id === 'I2' || id === 'I4' || id === 'I5' || id === 'I6';
    data.push(
      rate
        ? [id, periodEnd, '', 20 + (r % 7), 40, r % 50 === 0 ? 'Checked against payslips' : '']
        : [id, periodEnd, 20 + (r % 13), '', '', ''],
    );
  }
  tables[TAB.data] = data;
  return tables;
}

const tenThousand = tablesWithDataRows(10_000);

/** The simplest same work: every cell of every tab read once, with nothing parsed or checked. */
function readEveryCell(tables: Record<string, Cell[][]>): number {
  let filled = 0;
  for (const rows of Object.values(tables)) {
    for (const row of rows)
      for (const cell of row) if (cell !== '' && cell !== null && cell !== undefined) filled++;
  }
  return filled;
}

function fromTenThousand() {
  const result = fromTables(tenThousand);
  if (!result.ok || result.workbook.measurements.length !== 10_000) {
    throw new Error(`bench input did not parse cleanly: ${result.problems[0]?.message ?? 'rows lost'}`);
  }
  return result;
}

export const metrics: BenchMetric[] = [
  {
    name: 'workbook-from-tables-10k-rows',
    unit: 'ratio',
    budget: 20,
    better: 'lower',
    description: 'fromTables on the demo workbook with 10,000 Data rows',
    floor: 'one pass that reads every cell of every tab',
    measure: () => sideBySide(() => readEveryCell(tenThousand), fromTenThousand, { rounds: 21, runs: 3 }),
  },
];
