import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { completeness } from '../../core/measures/completeness';
import { forecast } from '../../core/measures/forecast';
import { payments } from '../../core/measures/payments';
import { addMonths } from '../../core/measures/period-ends';
import { progress } from '../../core/measures/progress';
import { projectPayments } from '../../core/measures/project-payments';
import { rate } from '../../core/measures/rate';
import { sroi } from '../../core/measures/sroi';
import { status } from '../../core/measures/status';
import { trend } from '../../core/measures/trend';
import { workbookEvidence } from '../../core/measures/workbook-evidence';
import type { Measurement, Workbook } from '../../core/model/schema';
import { addDays } from '../../core/util/calendar';
import { type BenchMetric, type SideBySide, sideBySide } from '../harness';

const ROWS = 10_000;
const rows = Array.from({ length: ROWS }, (_, i) => i);

const values = rows.map((i) => 20 + ((i * 7919) % 13) + i / 1_000);
const dates = rows.map((i) => addDays('1990-01-01', i));
const cells = rows.map((i) => (i % 9 === 0 ? '' : values[i]!));
const paymentRows = rows.map((i) => ({ achieved: i % 50, price: 100 + (i % 7), cap: 40 }));
const sroiRows = rows.map((i) => ({
  quantity: 10 + (i % 20),
  proxy: 1_000 + i,
  deadweight: 0.2,
  attribution: 0.1,
  displacement: 0.05,
  dropOff: 0.1,
  duration: 5,
}));

/** The demo workbook with 10,000 Data rows: one per indicator and month, going back in time. */
function demoWithDataRows(count: number): Workbook {
  const ids = demoWorkbook.indicators.map((i) => i.id);
  const counted = new Set(demoWorkbook.indicators.filter((i) => i.unit === 'Percent').map((i) => i.id));
  const measurements: Measurement[] = Array.from({ length: count }, (_, r) => {
    const indicator = ids[r % ids.length]!;
    const periodEnd = addMonths('2026-09-30', -Math.floor(r / ids.length));
    return counted.has(indicator)
      ? { indicator, periodEnd, achieved: 20 + (r % 7), outOf: 40 }
      : { indicator, periodEnd, value: 20 + (r % 13) };
  });
  return { ...demoWorkbook, measurements };
}

const bigWorkbook = demoWithDataRows(ROWS);
const contract = demoWorkbook.contracts[0]!;

interface Measure {
  /** Everything the measure reads, for its floor. */
  input: unknown;
  run(): unknown;
}

/** Each measure as a formula would run it over a 10,000-row range. */
const MEASURES: Record<string, Measure> = {
  'progress per row': { input: values, run: () => rows.map((i) => progress(28, 40, values[i]!)) },
  'status per row': {
    input: [values, dates],
    run: () =>
      rows.map((i) =>
        status({
          baseline: 28,
          target: 40,
          actual: values[i]!,
          start: '2024-09-30',
          end: '2027-03-31',
          asOf: dates[i]!,
        }),
      ),
  },
  'rate per row': { input: rows, run: () => rows.map((i) => rate(i % 40, 40)) },
  'trend of 10,000 dated values': { input: [values, dates], run: () => trend(values, dates, 'month') },
  'forecast from 10,000 dated values': {
    input: [values, dates],
    run: () => forecast(values, dates, '2030-01-01'),
  },
  'completeness of 10,000 cells': { input: cells, run: () => completeness(cells) },
  'payments over 10,000 metrics': { input: paymentRows, run: () => payments(paymentRows, 1e9) },
  'sroi over 10,000 outcomes': { input: sroiRows, run: () => sroi({ rows: sroiRows, investment: 1e6 }) },
  'evidence for a workbook with 10,000 data rows': {
    input: bigWorkbook,
    run: () => workbookEvidence(bigWorkbook, DEMO_AS_OF),
  },
  'projected payments from 10,000 data rows': {
    input: bigWorkbook,
    run: () => projectPayments(contract, bigWorkbook, DEMO_AS_OF),
  },
};

/**
 * The simplest same work: every value the measure reads, read once as a number (a date string reads as NaN and
 * counts as 0), with nothing computed from it.
 */
function readEveryValueAsNumber(value: unknown): number {
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) sum += readEveryValueAsNumber(item);
    return sum;
  }
  if (typeof value === 'object' && value !== null) {
    let sum = 0;
    for (const key in value) sum += readEveryValueAsNumber((value as Record<string, unknown>)[key]);
    return sum;
  }
  return Number(value) || 0;
}

function measureAgainstFloor({ input, run }: Measure): SideBySide {
  return sideBySide(() => readEveryValueAsNumber(input), run, { rounds: 15, runs: 7, warmupMs: 200 });
}

export const metrics: BenchMetric[] = [
  {
    name: 'measures-10k-rows',
    unit: 'ratio',
    budget: 20,
    better: 'lower',
    description:
      'the slowest measure (progress … sroi, evidence, projection) over 10,000 rows, outside Apps Script',
    floor: "one pass that reads every value of that measure's input as a number",
    measure() {
      const timings = Object.entries(MEASURES).map(([name, measure]) => ({
        name,
        ...measureAgainstFloor(measure),
      }));
      timings.sort((a, b) => b.ratio - a.ratio);
      for (const { name, ratio, ms, floorMs } of timings) {
        process.stderr.write(
          `  ${ratio.toFixed(2).padStart(7)}×  ${ms.toFixed(2).padStart(7)} ms  (floor ${floorMs.toFixed(3)} ms)  ${name}\n`,
        );
      }
      return timings[0]!;
    },
  },
];
