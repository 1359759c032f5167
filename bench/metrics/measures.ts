import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import {
  completeness,
  forecast,
  payments,
  progress,
  projectPayments,
  rate,
  sroi,
  status,
  trend,
  workbookEvidence,
} from '../../core/measures';
import { addMonths } from '../../core/measures/period-ends';
import type { Measurement, Workbook } from '../../core/model/schema';
import { addDays } from '../../core/util/calendar';
import { type BenchMetric, medianMs } from '../harness';

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

/** Each measure as a formula would run it over a 10,000-row range. */
const MEASURES: Record<string, () => unknown> = {
  'progress per row': () => rows.map((i) => progress(28, 40, values[i]!)),
  'status per row': () =>
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
  'rate per row': () => rows.map((i) => rate(i % 40, 40)),
  'trend of 10,000 dated values': () => trend(values, dates, 'month'),
  'forecast from 10,000 dated values': () => forecast(values, dates, '2030-01-01'),
  'completeness of 10,000 cells': () => completeness(cells),
  'payments over 10,000 metrics': () => payments(paymentRows, 1e9),
  'sroi over 10,000 outcomes': () => sroi({ rows: sroiRows, investment: 1e6 }),
  'evidence for a workbook with 10,000 data rows': () => workbookEvidence(bigWorkbook, DEMO_AS_OF),
  'projected payments from 10,000 data rows': () => projectPayments(contract, bigWorkbook, DEMO_AS_OF),
};

export const metrics: BenchMetric[] = [
  {
    name: 'measures-10k-rows',
    unit: 'ms',
    budget: 20,
    better: 'lower',
    description:
      'the slowest measure (progress … sroi, evidence, projection) over 10,000 rows (median of 31)',
    measure() {
      const timings = Object.entries(MEASURES).map(([name, run]) => ({
        name,
        ms: medianMs(run, { warmup: 5, runs: 31 }),
      }));
      timings.sort((a, b) => b.ms - a.ms);
      for (const { name, ms } of timings)
        process.stderr.write(`  ${ms.toFixed(2).padStart(7)} ms  ${name}\n`);
      return timings[0]!.ms;
    },
  },
];
