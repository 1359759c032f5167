/**
 * Measures one metric in this process and prints its value as the last line of stdout. bench/run.ts starts one
 * process per metric, so that no measurement inherits another's heap or compiled code: run in one process after
 * the add-on metrics, checks-100k-characters read half as fast again as on its own.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchMetric } from './harness';

const [file, name] = process.argv.slice(2);
const module = (await import(pathToFileURL(join(import.meta.dirname, 'metrics', file!)).href)) as {
  metrics: BenchMetric[];
};
const metric = module.metrics.find((m) => m.name === name);
if (!metric) throw new Error(`bench/metrics/${file} has no metric named ${name}`);
const value = await metric.measure();
console.log(JSON.stringify({ value }));
