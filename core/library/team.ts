import type { Workbook } from '../model/schema';
import { questionKind } from '../questions/question-kind';
import { statedLimit } from '../questions/question-limit';
import { QUESTION_KINDS, type QuestionKind } from '../questions/types';
import { isoFromParts } from '../util/calendar';
import { byNewest, type LibraryEntry } from './entry';
import { citedFigures } from './figures';
import { portalHost } from './make-entry';

/**
 * The team's Answers tab, one answer a row, headers in the first row (matched without regard to case or order;
 * other columns are ignored). Only Question and Answer are needed: a blank Kind is read from the question, a blank
 * Limit is none, a blank Date sorts last.
 */
export const ANSWERS_COLUMNS = {
  question: 'Question',
  help: 'Help',
  kind: 'Kind',
  limit: 'Limit',
  answer: 'Answer',
  funder: 'Funder',
  portal: 'Portal',
  date: 'Date',
} as const;

type Column = keyof typeof ANSWERS_COLUMNS;

export interface TeamRead {
  entries: LibraryEntry[];
  /** Each row left out and why, named as the user sees it: "Answers!A7: …". */
  problems: string[];
}

/** A cell as Apps Script's getValues() or a Sheets CSV gives it. */
type Cell = unknown;

const cellText = (cell: Cell): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? '' : String(cell).trim();

function cellDate(cell: Cell): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime()))
    return isoFromParts(cell.getFullYear(), cell.getMonth() + 1, cell.getDate());
  const text = cellText(cell);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : '';
}

function headerIndexes(header: readonly Cell[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const name = cellText(cell).toLowerCase();
    for (const [key, title] of Object.entries(ANSWERS_COLUMNS) as [Column, string][]) {
      if (name === title.toLowerCase() && at[key] === undefined) at[key] = index;
    }
  });
  return at;
}

function kindOf(written: string, label: string, help: string): QuestionKind {
  const named = QUESTION_KINDS.find((k) => k === written.toLowerCase());
  return named ?? questionKind(label, help);
}

/** "250 words", "1,500 characters", "250": a bare number is words, as most funders state limits. */
function limitOf(written: string): LibraryEntry['question']['limit'] {
  if (written === '') return null;
  if (/^\d[\d,]*$/.test(written)) return { max: Number(written.replace(/,/g, '')), unit: 'words' };
  return statedLimit(written);
}

/**
 * The team's answers from the Answers tab's rows, marked as the team's. A row without a question or an answer is
 * left out with its reason; a wholly blank row silently.
 */
export function teamEntries(rows: readonly (readonly Cell[])[], workbook?: Workbook): TeamRead {
  const [header, ...body] = rows;
  if (!header) return { entries: [], problems: [] };
  const at = headerIndexes(header);
  const missing = (['question', 'answer'] as const).filter((c) => at[c] === undefined);
  if (missing.length > 0)
    return {
      entries: [],
      problems: [
        `Answers: the first row needs the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => ANSWERS_COLUMNS[c]).join(' and ')}.`,
      ],
    };
  const read = (row: readonly Cell[], column: Column) => {
    const index = at[column];
    return index === undefined ? '' : cellText(row[index]);
  };
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  body.forEach((row, i) => {
    const sheetRow = i + 2;
    const label = read(row, 'question');
    const text = read(row, 'answer');
    if (label === '' && text === '') return;
    if (label === '' || text === '') {
      problems.push(`Answers!${sheetRow}: needs both a question and an answer; left out.`);
      return;
    }
    const help = read(row, 'help');
    const portal = read(row, 'portal');
    entries.push({
      id: `team:${sheetRow}`,
      text,
      question: {
        label,
        help,
        kind: kindOf(read(row, 'kind'), label, help),
        limit: limitOf(read(row, 'limit')),
      },
      funder: read(row, 'funder'),
      portal: portal === '' ? '' : portalHost(portal),
      savedAt: cellDate(row[at.date ?? -1]),
      figures: citedFigures(text, workbook),
      source: 'team',
    });
  });
  return { entries, problems };
}

const sameText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The user's entries with the team's: a team answer the user already keeps (the same text, spacing and case
 * aside) is shown once, as the user's. Newest first.
 */
export function mergeTeam(mine: readonly LibraryEntry[], team: readonly LibraryEntry[]): LibraryEntry[] {
  const kept = new Set(mine.map((e) => sameText(e.text)));
  return [...mine, ...team.filter((e) => !kept.has(sameText(e.text)))].sort(byNewest);
}
