// The Import dialog's own code, bundled into Import.html by build.ts (<!-- script: … -->), never into Code.js: the
// page reads and checks the JSON against the workbook schema (core/workbook/json.ts), and the server only writes the
// tables it sends.
import { formatFinding } from '../../core/checks/finding';
import { importJson } from '../../core/workbook/json';
import { tablesToWrite, type WrittenTables } from './sent-workbook';

export interface ReadImport {
  ok: boolean;
  /** Each problem with its place in the file; warnings too when the workbook could be read. */
  problems: string[];
  /** What the workbook holds, as the dialog says it. */
  summary: string;
  /** The tabs to write, when the workbook could be read without errors. */
  tables?: WrittenTables;
}

export function readImport(text: string): ReadImport {
  const parsed = importJson(String(text ?? ''));
  const problems = parsed.problems.map(formatFinding);
  if (!parsed.ok) return { ok: false, problems, summary: '' };
  const { workbook } = parsed;
  return {
    ok: true,
    problems,
    summary: `${workbook.organisation.name}: ${workbook.nodes.length} theory-of-change steps, ${workbook.indicators.length} indicators, ${workbook.measurements.length} data rows.`,
    tables: tablesToWrite(workbook),
  };
}

Object.assign(globalThis, { ImpactLensImport: { read: readImport } });
