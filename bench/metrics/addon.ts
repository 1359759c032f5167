import vm from 'node:vm';
import { buildAddon } from '../../sheets-addon/build';
import { realmDateMaker } from '../../tests/apps-script/load-code';
import { type BenchMetric, type SideBySide, sideBySide } from '../harness';

const ROWS = 10_000;
const rows = Array.from({ length: ROWS }, (_, i) => i);

type Formulas = Record<string, (...args: unknown[]) => unknown>;

/**
 * The floors, compiled into the same node:vm context as Code.js: there every global lookup goes through an
 * interceptor (nodejs/node#31658), and a floor compiled outside it would not pay that toll while the formula does.
 * Their loops make no global lookup (no String() or Number() per cell), which would charge the toll to the floor.
 */
const FLOORS = `({
  readEveryCellAsNumber(args) {
    let sum = 0;
    for (const arg of args) {
      if (!Array.isArray(arg)) sum += +arg || 0;
      else for (const row of arg) for (const cell of row) sum += +cell || 0;
    }
    return sum;
  },
  scanWords(rows) {
    const word = /[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*/gu;
    let n = 0;
    for (const row of rows) {
      for (const cell of row) {
        if (typeof cell !== 'string') continue;
        word.lastIndex = 0;
        while (word.exec(cell) !== null) n++;
      }
    }
    return n;
  },
})`;

interface Floors {
  readEveryCellAsNumber(args: unknown[]): number;
  scanWords(rows: unknown[][]): number;
}

/** The built Code.js run as Apps Script runs it: one plain script in a fresh global scope, with the floors beside it. */
async function loadFormulas() {
  const { code } = await buildAddon();
  const context = vm.createContext({});
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const floors = new vm.Script(FLOORS, { filename: 'floors.js' }).runInContext(context) as Floors;
  const global = context as Formulas;
  const names = Object.keys(global).filter((n) => n.startsWith('IMPACT_'));
  return { global, names, floors, makeDate: realmDateMaker(context) };
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

const ROUNDS = { rounds: 15, runs: 3, warmupMs: 300 };

/** Each workload of the numeric formulas against one pass that reads every cell of its arguments as a number. */
function numericFormulas({ global, names, floors, makeDate }: Awaited<ReturnType<typeof loadFormulas>>) {
  const all = workloads(makeDate);
  const unmeasured = names.filter(
    (n) => n !== 'IMPACT_CHECK' && !Object.keys(all).some((l) => l.startsWith(`${n} `)),
  );
  if (unmeasured.length > 0)
    process.stderr.write(`  no workload here yet, not measured: ${unmeasured.join(', ')}\n`);
  return Object.entries(all)
    .filter(([label]) => !label.startsWith('IMPACT_CHECK '))
    .map(([label, args]) => {
      const formula = global[label.split(' ')[0]!]!;
      formula(...args); // Fails here, not in the timing loop, if a workload is wrong.
      return {
        label,
        ...sideBySide(
          () => floors.readEveryCellAsNumber(args),
          () => formula(...args),
          ROUNDS,
        ),
      };
    });
}

function printTimings(timings: (SideBySide & { label: string })[]): void {
  process.stderr.write('   ratio   node:vm   floor\n');
  for (const { label, ratio, ms, floorMs } of timings) {
    process.stderr.write(
      `  ${ratio.toFixed(1).padStart(5)}×  ${ms.toFixed(1).padStart(6)} ms  ${floorMs.toFixed(2).padStart(5)} ms  ${label}\n`,
    );
  }
}

export const metrics: BenchMetric[] = [
  {
    name: 'addon-code-size',
    unit: 'KB',
    budget: 200,
    better: 'lower',
    description: 'dist/sheets-addon/Code.js, minified, zod included, as buildAddon() writes it',
    async measure() {
      const { bytes } = await buildAddon();
      return bytes / 1024;
    },
  },
  {
    name: 'addon-check-10k-answers',
    unit: 'ratio',
    budget: 8,
    better: 'lower',
    description: 'IMPACT_CHECK over 10,000 distinct short answers, through Code.js in node:vm',
    floor: 'one Unicode word scan of the same answers, in the same node:vm context',
    async measure() {
      const loaded = await loadFormulas();
      const [answers, question] = workloads(loaded.makeDate)['IMPACT_CHECK of 10,000 short answers']!;
      const check = () => loaded.global.IMPACT_CHECK!(answers, question);
      check();
      return sideBySide(() => loaded.floors.scanWords(answers as unknown[][]), check, ROUNDS);
    },
  },
  {
    name: 'addon-formula-10k-rows',
    unit: 'ratio',
    budget: 20,
    better: 'lower',
    description: 'the slowest numeric IMPACT_ formula over a 10,000-row range, through Code.js in node:vm',
    floor:
      "one pass that reads every cell of that formula's arguments as a number, in the same node:vm context",
    async measure() {
      const timings = numericFormulas(await loadFormulas());
      timings.sort((a, b) => b.ratio - a.ratio);
      printTimings(timings);
      return timings[0]!;
    },
  },
];
