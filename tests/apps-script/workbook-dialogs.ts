import { type ExportView, exportView } from '../../sheets-addon/src/export-page';
import { readImport } from '../../sheets-addon/src/import-page';
import type { SentWorkbook } from '../../sheets-addon/src/sent-workbook';
import { answerCall, type ServerCall } from './script-run';

// The Export and Import dialogs' work as their pages do it (export-page.ts, import-page.ts) against the built
// Code.js, everything between them passed through JSON as google.script.run passes it. The pages themselves, in a
// browser, are tested in pages.test.ts.

/** What the Export dialog shows: the JSON and its file name, or the problems that stop it. */
export function exportWorkbook(call: ServerCall): ExportView {
  return exportView(answerCall(call, 'getWorkbookTables', []) as SentWorkbook);
}

export interface ImportOutcome {
  status: 'invalid' | 'needs-confirmation' | 'imported';
  problems: string[];
  replaces: string[];
  summary: string;
}

/** What the Import dialog does with `text`: refuses it with its problems, asks before replacing rows, or imports. */
export function importWorkbook(call: ServerCall, text: string, replace: boolean): ImportOutcome {
  const read = readImport(text);
  if (!read.ok) return { status: 'invalid', problems: read.problems, replaces: [], summary: '' };
  const result = answerCall(call, 'importWorkbookTables', [read.tables, replace]) as Pick<
    ImportOutcome,
    'status' | 'replaces'
  >;
  return { ...result, problems: read.problems, summary: read.summary };
}
