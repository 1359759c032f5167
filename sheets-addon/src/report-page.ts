// The Draft report sidebar's own code, bundled into Report.html by build.ts (<!-- script: … -->), never into Code.js:
// the server only reads the tabs and writes the tab (report.ts); the page drafts the report with core. It gives the
// page text to show, so that the page's script only places it.
import { formatFinding } from '../../core/checks/finding';
import { type Funder, readFunders } from '../../core/funders/read';
import { type DraftReport, draftReport, reportPeriodStart, reportPeriods } from '../../core/funders/report';
import { reportCells, reportTabName, wordsLine } from '../../core/funders/tab';
import { readLearningLog } from '../../core/review/log';
import { formatLongDate } from '../../core/util/calendar';
import { type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { readSentWorkbook, type SentCell, type SentWorkbook } from './sent-workbook';

/** What the server sends: the workbook's tabs, and the Learning log's and the Funders tab's cells. */
export interface ReportInput extends SentWorkbook {
  log: SentCell[][];
  funders: SentCell[][];
}

export interface FunderChoice {
  name: string;
  /** Each period's last day, and how the page names the period. */
  periods: { value: string; label: string }[];
  /** The latest period that has ended by today, else the first. */
  chosen: string;
}

export interface ChoicesView {
  subtitle: string;
  status: string;
  funders: FunderChoice[];
  /** Cells that could not be read, worded with their place. */
  problems: string[];
}

export interface ParagraphView {
  text: string;
  words: number;
  findings: { severity: string; message: string }[];
}

export interface SectionView {
  heading: string;
  indicators: string;
  paragraphs: ParagraphView[];
  words: string;
  /** Said when an indicator slipped and the Learning log has no note on it. */
  flag?: string;
}

export interface ReportView {
  tabName: string;
  summary: string;
  sections: SectionView[];
  cells: string[][];
}

const CONTEXT = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;

function receivedCell(cell: SentCell): Cell {
  if (typeof cell !== 'object') return cell;
  return 'day' in cell ? LOCAL_DAYS.dateOf(cell.day) : new Date(cell.time);
}

const received = (table: SentCell[][]) => table.map((row) => row.map(receivedCell));

function read(input: ReportInput) {
  const parsed = readSentWorkbook(input);
  const indicatorIds = new Set(parsed.workbook.indicators.map((i) => i.id));
  const funders = readFunders(received(input.funders), { ...CONTEXT, indicatorIds });
  const log = readLearningLog(received(input.log), CONTEXT);
  return {
    workbook: parsed.workbook,
    funders: funders.funders,
    log: log.rows,
    problems: [...parsed.problems, ...funders.problems, ...log.problems].map(formatFinding),
  };
}

function periodLabel(funder: Funder, end: string): string {
  const start = reportPeriodStart(funder, end);
  return start ? `${formatLongDate(start)} to ${formatLongDate(end)}` : `To ${formatLongDate(end)}`;
}

function funderChoice(funder: Funder, asOf: string): FunderChoice {
  const ends = reportPeriods(funder);
  return {
    name: funder.name,
    periods: ends.map((end) => ({ value: end, label: periodLabel(funder, end) })),
    chosen: ends.filter((end) => end <= asOf).at(-1) ?? ends[0] ?? asOf,
  };
}

export function choicesView(input: ReportInput): ChoicesView {
  const { funders, problems } = read(input);
  const n = funders.length;
  return {
    subtitle: `${input.organisation.name}: reports drafted from the workbook as of ${formatLongDate(input.asOf)}.`,
    status:
      n === 0
        ? 'The Funders tab has no funders yet: add a row for each funder outcome, or add the demo data.'
        : `${n} funder${n === 1 ? '' : 's'} on the Funders tab. Choose one and a period.`,
    funders: funders.map((f) => funderChoice(f, input.asOf)),
    problems,
  };
}

function sectionView(section: DraftReport['sections'][number]): SectionView {
  return {
    heading: section.heading,
    indicators: `Our indicators: ${section.indicators.join(', ')}`,
    paragraphs: section.paragraphs.map((p) => ({
      text: p.text,
      words: p.words,
      findings: p.findings.map((f) => ({ severity: f.severity, message: f.message })),
    })),
    words: wordsLine(section),
    ...(section.unexplained.length > 0
      ? { flag: `No note in the Learning log yet on ${section.unexplained.join(', ')}.` }
      : {}),
  };
}

/** The report for one funder and period: what the page previews, and the cells Write report tab sends. */
export function reportView(input: ReportInput, funder: string, periodEnd: string): ReportView {
  const { workbook, funders, log } = read(input);
  const report = draftReport(workbook, funders, log, { funder, periodEnd, asOf: input.asOf });
  const findings = report.sections.reduce(
    (n, s) => n + s.paragraphs.reduce((m, p) => m + p.findings.length, 0),
    0,
  );
  return {
    tabName: reportTabName(report),
    summary: `${report.sections.length} section${report.sections.length === 1 ? '' : 's'} for ${report.funder}, figures as of ${formatLongDate(report.figuresAsOf)}; ${findings} finding${findings === 1 ? '' : 's'} from the answer checks.`,
    sections: report.sections.map(sectionView),
    cells: reportCells(report),
  };
}

Object.assign(globalThis, { ImpactLensReport: { choices: choicesView, draft: reportView } });
