import type { LibraryEntry, LibraryQuestion } from './entry';

/** An entry for tests: the fields a case does not name take plain values. */
export function entry(
  id: string,
  text: string,
  question: Partial<LibraryQuestion> & { label: string },
  more: Partial<LibraryEntry> = {},
): LibraryEntry {
  return {
    id,
    text,
    question: { help: '', kind: 'other', limit: null, ...question },
    funder: '',
    portal: 'apply.example.org',
    savedAt: '2026-01-01T09:00:00.000Z',
    figures: [],
    source: 'mine',
    ...more,
  };
}
