import type { Workbook } from '../model/schema';
import type { LibraryEntry, LibraryQuestion } from './entry';
import { citedFigures } from './figures';

export interface SavedAnswer {
  id: string;
  text: string;
  question: LibraryQuestion;
  funder?: string;
  /** The page's address or host name: only its host name is kept. */
  url: string;
  savedAt: string;
}

/** An address's host name, read without URL (core has no DOM): scheme, optional user, then the host. */
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i;

/** The host name of an address, or the text itself (lower case) when it is already one. */
export function portalHost(url: string): string {
  const trimmed = url.trim();
  return (HOST.exec(trimmed)?.[1] ?? trimmed).toLowerCase();
}

/** The user's own entry for an answer, with the figures it cites matched against the workbook when there is one. */
export function makeEntry(answer: SavedAnswer, workbook?: Workbook): LibraryEntry {
  return {
    id: answer.id,
    text: answer.text,
    question: answer.question,
    funder: answer.funder?.trim() ?? '',
    portal: portalHost(answer.url),
    savedAt: answer.savedAt,
    figures: citedFigures(answer.text, workbook),
    source: 'mine',
  };
}
