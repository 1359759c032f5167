import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchMetric, SideBySide } from './harness';

interface Result {
  value: number;
  unit: BenchMetric['unit'];
  budget: number;
  better: BenchMetric['better'];
  /** Timed metrics only, as information: median milliseconds of the subject and of its floor on this run. */
  ms?: number;
  floorMs?: number;
  failure?: string;
}

type Measured = number | SideBySide;

const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'results.json');
const only = process.argv.slice(2);

function withinBudget(metric: Pick<Result, 'value' | 'budget' | 'better' | 'failure'>): boolean {
  if (metric.failure) return false;
  return metric.better === 'lower' ? metric.value <= metric.budget : metric.value >= metric.budget;
}

function figure(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

function format(value: number, unit: BenchMetric['unit']): string {
  if (unit === 'ratio') return `${figure(value)}×`;
  if (unit === 'share') return figure(value);
  return `${figure(value)} ${unit}`;
}

/** One metric in a fresh Node process (same loader flags as this one); its own output passes through. */
function measureAlone(file: string, name: string): Measured {
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
  return (JSON.parse(last) as { value: Measured }).value;
}

function toResult(metric: BenchMetric, measured: Measured): Result {
  const base = { unit: metric.unit, budget: metric.budget, better: metric.better };
  if (typeof measured === 'number') return { value: Number(measured.toPrecision(4)), ...base };
  return {
    value: Number(measured.ratio.toPrecision(3)),
    ...base,
    ms: Number(measured.ms.toPrecision(3)),
    floorMs: Number(measured.floorMs.toPrecision(3)),
    ...(measured.failure ? { failure: measured.failure } : {}),
  };
}

function row(metric: BenchMetric, result: Result): string[] {
  const ok = withinBudget(result);
  return [
    metric.name,
    format(result.value, result.unit),
    `${metric.better === 'lower' ? '≤' : '≥'} ${format(metric.budget, metric.unit)}`,
    ok ? 'ok' : result.failure ? `OVER BUDGET: ${result.failure}` : 'OVER BUDGET',
    result.ms === undefined ? '' : `${figure(result.ms)} ms`,
    result.floorMs === undefined ? '' : `${figure(result.floorMs)} ms`,
    metric.floor ? `${metric.description}; floor: ${metric.floor}` : metric.description,
  ];
}

function printTable(rows: string[][]): void {
  const header = ['metric', 'value', 'budget', 'status', 'time', 'floor', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

async function loadMetrics(): Promise<(BenchMetric & { file: string })[]> {
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
  return metrics;
}

/** Earlier results of metrics that still exist, so that a partial run (`npm run bench -- checks`) keeps the rest. */
function previousResults(names: Set<string>): Record<string, Result> {
  try {
    const stored = JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, Result>;
    return Object.fromEntries(Object.entries(stored).filter(([name]) => names.has(name)));
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const metrics = await loadMetrics();
  const selected = only.length > 0 ? metrics.filter((m) => only.some((o) => m.name.includes(o))) : metrics;
  const results = previousResults(new Set(metrics.map((m) => m.name)));
  const rows: string[][] = [];
  let failures = 0;
  for (const metric of selected) {
    process.stderr.write(`measuring ${metric.name} ...\n`);
    const result = toResult(metric, measureAlone(metric.file, metric.name));
    results[metric.name] = result;
    if (!withinBudget(result)) failures++;
    rows.push(row(metric, result));
  }
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resultsPath, `${JSON.stringify(sorted, null, 2)}\n`);
  printTable(rows);
  console.log(
    `\n${rows.length} metrics, ${failures} over budget; written to bench/results.json. Timed metrics are ratios to` +
      ' their floors, timed side by side; their milliseconds are information (bench/README.md).',
  );
  if (failures > 0) process.exitCode = 1;
}

await main();
