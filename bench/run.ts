import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchMetric } from './harness';

interface Result {
  value: number;
  unit: BenchMetric['unit'];
  budget: number;
  better: BenchMetric['better'];
}

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'results.json');
const only = process.argv.slice(2);

function withinBudget(metric: Pick<Result, 'value' | 'budget' | 'better'>): boolean {
  return metric.better === 'lower' ? metric.value <= metric.budget : metric.value >= metric.budget;
}

function format(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** One metric in a fresh Node process (same loader flags as this one); its own output passes through. */
function measureAlone(file: string, name: string): number {
  const child = spawnSync(process.execPath, [...process.execArgv, join(here, 'measure.ts'), file, name], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const lines = (child.stdout ?? '').trimEnd().split('\n');
  const last = lines.pop() ?? '';
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`measuring ${name} failed (exit ${child.status}): ${last}`);
  }
  return (JSON.parse(last) as { value: number }).value;
}

async function main(): Promise<void> {
  const files = readdirSync(join(here, 'metrics'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const metrics: (BenchMetric & { file: string })[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, 'metrics', file)).href)) as {
      metrics: BenchMetric[];
    };
    metrics.push(...module.metrics.map((m) => ({ ...m, file })));
  }
  const selected = only.length > 0 ? metrics.filter((m) => only.some((o) => m.name.includes(o))) : metrics;

  let previous: Record<string, Result> = {};
  try {
    previous = JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, Result>;
  } catch {
    previous = {};
  }
  const results: Record<string, Result> = { ...previous };
  const rows: string[][] = [];
  let failures = 0;
  for (const metric of selected) {
    process.stderr.write(`measuring ${metric.name} ...\n`);
    const value = measureAlone(metric.file, metric.name);
    const result: Result = {
      value: Number(value.toPrecision(4)),
      unit: metric.unit,
      budget: metric.budget,
      better: metric.better,
    };
    results[metric.name] = result;
    const ok = withinBudget(result);
    if (!ok) failures++;
    rows.push([
      metric.name,
      format(result.value, result.unit),
      `${metric.better === 'lower' ? '≤' : '≥'} ${format(metric.budget, metric.unit)}`,
      ok ? 'ok' : 'OVER BUDGET',
      metric.description,
    ]);
  }
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resultsPath, `${JSON.stringify(sorted, null, 2)}\n`);

  const header = ['metric', 'value', 'budget', 'status', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(`\n${rows.length} metrics, ${failures} over budget; written to bench/results.json`);
  if (failures > 0) process.exitCode = 1;
}

await main();
