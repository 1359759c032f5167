import { formatLongDate } from '../util/calendar';
import type { DraftReport } from './report';

/** Sheets refuses a tab name over 100 characters. */
const MAX_TAB_NAME = 100;

/** The tab a report is written to: "Report – <funder> – <period end>". */
export function reportTabName(report: Pick<DraftReport, 'funder' | 'periodEnd'>): string {
  const end = ` – ${report.periodEnd}`;
  const funder = report.funder.slice(0, MAX_TAB_NAME - 'Report – '.length - end.length);
  return `Report – ${funder}${end}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a section's word count says: against its limit, and what was left out to keep within it. */
export function wordsLine(section: DraftReport['sections'][number]): string {
  const count = section.limit ? `${section.words} of ${section.limit} words` : plural(section.words, 'word');
  return section.leftOut > 0
    ? `${count}; ${plural(section.leftOut, 'sentence')} left out to keep within the limit`
    : count;
}

/** Findings as the Checks column shows them: one line each, or that the checks found nothing. */
export function findingsText(
  findings: DraftReport['sections'][number]['paragraphs'][number]['findings'],
): string {
  return findings.length === 0
    ? 'No findings'
    : findings.map((f) => `${f.severity}: ${f.message}`).join('\n');
}

/**
 * The report as a tab's cells, two columns: the text, and beside each paragraph the answer checks' findings.
 * Every cell is text, so that one setValues writes it.
 */
export function reportCells(report: DraftReport): string[][] {
  const period = report.periodStart
    ? `${formatLongDate(report.periodStart)} to ${formatLongDate(report.periodEnd)}`
    : `the period to ${formatLongDate(report.periodEnd)}`;
  const rows: string[][] = [
    [`Report to ${report.funder}`, 'Checks'],
    [
      `${report.grant ? `${report.grant}: ` : ''}${period}; figures as of ${formatLongDate(report.figuresAsOf)}.`,
      '',
    ],
  ];
  for (const section of report.sections) {
    rows.push(['', ''], [section.heading, `Our indicators: ${section.indicators.join(', ')}`]);
    for (const p of section.paragraphs) rows.push([p.text, findingsText(p.findings)]);
    rows.push([wordsLine(section), '']);
  }
  return rows;
}
