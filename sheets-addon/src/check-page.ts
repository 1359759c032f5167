// The check sidebar's own code, bundled into Sidebar.html by build.ts (<!-- script: … -->), never into Code.js: the
// server only reads the tabs (check-toc.ts), and the page reads and checks them with core. It gives the page text to
// show, so that the page's script only places it.
import { type Finding, SEVERITY_ORDER, type Severity } from '../../core/checks/finding';
import { checkWorkbook } from '../../core/checks/run-workbook';
import type { CellRef } from '../../core/workbook/places';
import { readSentWorkbook, type SentWorkbook } from './sent-workbook';

/** What the sidebar shows: plain values only, as google.script.run passes nothing else. */
export interface CheckReport {
  asOf: string;
  organisation: string;
  counts: { nodes: number; indicators: number; measurements: number };
  /** The reader's findings on the cells, then the workbook rules' findings, each with the cell the sidebar selects. */
  findings: Finding[];
}

/** The tabs read (a cell that cannot be read is a finding on it), then every workbook rule run on what was read. */
export function checkReport(input: SentWorkbook): CheckReport {
  const parsed = readSentWorkbook(input);
  const { workbook } = parsed;
  return {
    asOf: input.asOf,
    organisation: workbook.organisation.name,
    counts: {
      nodes: workbook.nodes.length,
      indicators: workbook.indicators.length,
      measurements: workbook.measurements.length,
    },
    findings: [...parsed.problems, ...checkWorkbook(workbook, { asOf: input.asOf, locate: parsed.locate })],
  };
}

const WORDS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };

export interface FindingView {
  severity: Severity;
  /** Error, Warning or Note. */
  word: string;
  place: string;
  message: string;
  checkId: string;
  /** What a screen reader says of its button. */
  label: string;
  /** The cell selecting it goes to, if it has one. */
  cell?: CellRef;
}

export interface CheckView {
  subtitle: string;
  /** "3 errors", "1 warning", "0 notes": one for each severity, most severe first. */
  summary: { count: number; words: string }[];
  status: string;
  findings: FindingView[];
}

/** The page's view of the report: its summary, the status line, and each finding's button. */
export function checkView(input: SentWorkbook): CheckView {
  const report = checkReport(input);
  const severities = Object.keys(SEVERITY_ORDER) as Severity[];
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const n = report.findings.length;
  return {
    subtitle: `${report.organisation}: ${report.counts.nodes} steps, ${report.counts.indicators} indicators, ${report.counts.measurements} data rows. Judged as of ${report.asOf}.`,
    summary: severities.map((s) => ({
      count: count(s),
      words: ` ${WORDS[s].toLowerCase()}${count(s) === 1 ? '' : 's'}`,
    })),
    status: n === 0 ? 'No findings: every check passes.' : `${n} finding${n === 1 ? '' : 's'}.`,
    findings: report.findings.map((f) => ({
      severity: f.severity,
      word: WORDS[f.severity],
      place: f.place ?? '',
      message: f.message,
      checkId: f.checkId,
      label: f.place
        ? `${WORDS[f.severity]} at ${f.place}: ${f.message}`
        : `${WORDS[f.severity]}: ${f.message}`,
      ...(f.cell ? { cell: f.cell } : {}),
    })),
  };
}

Object.assign(globalThis, { ImpactLensCheck: { view: checkView } });
