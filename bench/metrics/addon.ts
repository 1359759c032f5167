import vm from 'node:vm';
import { buildAddon } from '../../sheets-addon/build';
import { realmDateMaker } from '../../tests/apps-script/load-code';
import { type BenchMetric, medianMs } from '../harness';

const ROWS = 10_000;
const rows = Array.from({ length: ROWS }, (_, i) => i);

type Formulas = Record<string, (...args: unknown[]) => unknown>;

/**
 * The built Code.js run as Apps Script runs it: one plain script in a fresh global scope. Also, for comparison
 * only, the same code in this process's own context: in a node:vm context every global lookup (Math, Number,
 * Object) goes through an interceptor (nodejs/node#31658), which Apps Script does not have, and which makes the
 * same code several times slower.
 */
async function loadFormulas() {
  const { code } = await buildAddon();
  const context = vm.createContext({});
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const global = context as Formulas;
  const makeDate = realmDateMaker(context);
  const names = Object.keys(global).filter((n) => n.startsWith('IMPACT_'));
  const plain = new Function(`${code}\nreturn { ${names.join(', ')} };`)() as Formulas;
  return { global, plain, makeDate };
}

/** Each formula with 10,000-row ranges as Sheets passes them: rows of cells, blanks as "", dates from the realm. */
function workloads(makeDate: (t: number) => Date): Record<string, unknown[]> {
  const col = (f: (i: number) => unknown) => rows.map((i) => [f(i)]);
  const dates = col((i) => makeDate(Date.UTC(1990, 0, 1) + i * 86_400_000));
  const values = col((i) => (i % 9 === 0 ? '' : 20 + ((i * 7919) % 13) + i / 1_000));
  const answers = [
    'We will help young people feel better.',
    'By March 2027, 60% of the 120 young people we work with will be in work, up from 45% in 2024.',
    'We will run 20 workshops for 300 young people and measure confidence with a survey.',
  ];
  return {
    'IMPACT_PROGRESS per row': [28, 40, col((i) => (i % 50 === 0 ? '' : 20 + (i % 13)))],
    'IMPACT_STATUS per row': [
      28,
      40,
      col((i) => 20 + (i % 13)),
      makeDate(Date.UTC(2024, 8, 30)),
      makeDate(Date.UTC(2027, 2, 31)),
      col((i) => makeDate(Date.UTC(2024, 9, 1) + (i % 900) * 86_400_000)),
    ],
    'IMPACT_RATE per row': [col((i) => i % 40), 40],
    'IMPACT_TREND of 10,000 dated values': [values, dates, 'month'],
    'IMPACT_TREND of 10,000 values': [values],
    'IMPACT_FORECAST from 10,000 dated values': [values, dates, makeDate(Date.UTC(2030, 0, 1))],
    'IMPACT_PAYMENT over 10,000 metrics': [col((i) => i % 50), col((i) => 100 + (i % 7)), 40, 1e9],
    'IMPACT_SROI over 10,000 outcomes': [
      col((i) => 10 + (i % 20)),
      col((i) => 1_000 + i),
      0.2,
      0.1,
      0.05,
      0.1,
      5,
      1e6,
    ],
    'IMPACT_COMPLETENESS of 10,000 cells': [values],
    // Distinct answers, so that no cache of repeated sentences flatters the figure.
    'IMPACT_CHECK of 10,000 short answers': [
      col((i) => `${answers[i % answers.length]} Cohort ${i}.`),
      'outcomes',
    ],
  };
}

export const metrics: BenchMetric[] = [
  {
    name: 'addon-code-size',
    unit: 'KB',
    budget: 150,
    better: 'lower',
    description: 'dist/sheets-addon/Code.js, minified, as buildAddon() writes it',
    async measure() {
      const { bytes } = await buildAddon();
      return bytes / 1024;
    },
  },
  {
    name: 'addon-formula-10k-rows',
    unit: 'ms',
    budget: 100,
    better: 'lower',
    description:
      'the slowest IMPACT_ formula over a 10,000-row range, through Code.js in node:vm (median of 21)',
    async measure() {
      const { global, plain, makeDate } = await loadFormulas();
      const timings = Object.entries(workloads(makeDate)).map(([label, args]) => {
        const name = label.split(' ')[0]!;
        const run = () => global[name]!(...args);
        run(); // Fails here, not in the timing loop, if a workload is wrong.
        const ms = medianMs(run, { warmup: 3, runs: 21 });
        const outside = medianMs(() => plain[name]!(...args), { warmup: 3, runs: 21 });
        return { label, ms, outside };
      });
      timings.sort((a, b) => b.ms - a.ms);
      process.stderr.write('   node:vm  (same code outside a vm context)\n');
      for (const { label, ms, outside } of timings) {
        process.stderr.write(
          `  ${ms.toFixed(1).padStart(6)} ms  (${outside.toFixed(1).padStart(5)} ms)  ${label}\n`,
        );
      }
      return timings[0]!.ms;
    },
  },
];
