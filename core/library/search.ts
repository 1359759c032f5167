import { byNewest, type LibraryEntry } from './entry';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The entries holding every word of the query (in any order, case ignored, a word matching the start of a longer
 * one: "volunt" finds "volunteers"), in the answer, its question, the funder or the portal; newest first. An empty
 * query finds every entry.
 */
export function searchEntries(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().match(WORD) ?? [];
  const found = entries.filter((entry) => {
    const haystack = searchable(entry);
    return words.every((w) => startsAWord(haystack, w));
  });
  return found.sort(byNewest);
}

function searchable(entry: LibraryEntry): string {
  const { text, question, funder, portal } = entry;
  return ` ${[text, question.label, question.help, funder, portal].join(' ').toLowerCase()}`;
}

function startsAWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(haystack[at - 1] ?? ' ')) return true;
  }
  return false;
}
