import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLDOUT_ANSWERS } from '../../tests/fixtures/answers/holdout';
import { scoreChecks, scoreTable } from '../../tests/quality/score-checks';
import type { BenchMetric } from '../harness';

const README = join(import.meta.dirname, '..', '..', 'docs', 'checks', 'README.md');
const START = '<!-- precision-recall:start -->';
const END = '<!-- precision-recall:end -->';

/**
 * Precision and recall of every answer check against the independent labelled answers, printed and written into
 * docs/checks/README.md between its markers. The lowest warning-level precision is the metric.
 */
export const metrics: BenchMetric[] = [
  {
    name: 'checks-min-warning-precision',
    unit: 'share',
    budget: 0.9,
    better: 'higher',
    description: 'lowest precision of any warning-level check on the labelled answers (table printed above)',
    measure() {
      const scores = scoreChecks();
      const table = scoreTable(scores);
      console.log(`\nPrecision and recall on tests/fixtures/answers/labelled.ts:\n\n${table}\n`);
      console.log(
        `Precision and recall on tests/fixtures/answers/holdout.ts:\n\n${scoreTable(scoreChecks(HOLDOUT_ANSWERS))}\n`,
      );
      const page = readFileSync(README, 'utf8');
      const start = page.indexOf(START);
      const end = page.indexOf(END);
      if (start >= 0 && end > start) {
        writeFileSync(README, `${page.slice(0, start + START.length)}\n\n${table}\n\n${page.slice(end)}`);
        // Formatted as `npm run lint` expects, so that running the benchmarks never leaves the tree failing lint.
        execFileSync(join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'biome'), [
          'format',
          '--write',
          README,
        ]);
      }
      const warnings = scores.filter((s) => s.severity === 'warning' && s.precision !== null);
      return Math.min(...warnings.map((s) => s.precision!));
    },
  },
];
