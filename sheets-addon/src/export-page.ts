// The Export dialog's own code, bundled into Export.html by build.ts (<!-- script: … -->), never into Code.js: the
// server sends the tabs (sent-workbook.ts), and the page reads them and writes the JSON (core/workbook/json.ts).
import { formatFinding } from '../../core/checks/finding';
import { exportJson } from '../../core/workbook/json';
import { readSentWorkbook, type SentWorkbook } from './sent-workbook';

export interface ExportView {
  ok: boolean;
  json: string;
  fileName: string;
  problems: string[];
}

/** The workbook as JSON, or the problems that stop it being exported. */
export function exportView(sent: SentWorkbook): ExportView {
  const parsed = readSentWorkbook(sent);
  const slug =
    parsed.workbook.organisation.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workbook';
  return {
    ok: parsed.ok,
    json: parsed.ok ? exportJson(parsed.workbook) : '',
    fileName: `${slug}.impact.json`,
    problems: parsed.problems.map(formatFinding),
  };
}

Object.assign(globalThis, { ImpactLensExport: { view: exportView } });
