import { type LibraryEntry, LibraryEntrySchema } from '../../core/library/entry';
import { makeEntry, type SavedAnswer } from '../../core/library/make-entry';
import type { Workbook } from '../../core/model/schema';
import type { KeyValueStore } from '../drafts/draft-store';
import { KEYS } from './settings';
import { z } from './zod';

const STORED_LIST = z.array(z.unknown());

/**
 * The user's library as stored, each entry read on its own: one another version or a hand edit left invalid is
 * passed over with a warning (and dropped at the next write), never shown or inserted.
 */
export async function loadLibrary(store: Pick<KeyValueStore, 'get'>): Promise<LibraryEntry[]> {
  const stored: unknown = (await store.get([KEYS.library]))[KEYS.library];
  if (stored === undefined) return [];
  const list = STORED_LIST.safeParse(stored);
  if (!list.success) {
    console.warn('Impact Lens: the stored answer library is not a list; it is not used.');
    return [];
  }
  const entries: LibraryEntry[] = [];
  list.data.forEach((item, index) => {
    const read = LibraryEntrySchema.safeParse(item);
    if (read.success && read.data.source === 'mine') entries.push(read.data);
    else console.warn(`Impact Lens: library entry ${index} is not valid; it is not used.`);
  });
  return entries;
}

async function write(store: Pick<KeyValueStore, 'set'>, entries: readonly LibraryEntry[]): Promise<void> {
  await store.set({ [KEYS.library]: entries });
}

/** The team's answers read from the linked sheet's Answers tab: kept apart, replaced whole at each read. */
export const TEAM_LIBRARY_KEY = 'teamLibrary';

/** The team's answers as last read; one that does not read as a team entry is passed over with a warning. */
export async function loadTeamLibrary(store: Pick<KeyValueStore, 'get'>): Promise<LibraryEntry[]> {
  const stored: unknown = (await store.get([TEAM_LIBRARY_KEY]))[TEAM_LIBRARY_KEY];
  const list = STORED_LIST.safeParse(stored ?? []);
  if (!list.success) {
    console.warn('Impact Lens: the stored team answers are not a list; they are not used.');
    return [];
  }
  return list.data.flatMap((item, index) => {
    const read = LibraryEntrySchema.safeParse(item);
    if (read.success && read.data.source === 'team') return [read.data];
    console.warn(`Impact Lens: team answer ${index} is not valid; it is not used.`);
    return [];
  });
}

export async function replaceTeamLibrary(
  store: Pick<KeyValueStore, 'set'>,
  entries: readonly LibraryEntry[],
): Promise<void> {
  await store.set({ [TEAM_LIBRARY_KEY]: entries.map((e) => ({ ...e, source: 'team' })) });
}

/** Adds entries, or replaces those with the same id; returns how many were new. */
export async function putEntries(
  store: Pick<KeyValueStore, 'get' | 'set'>,
  added: readonly LibraryEntry[],
): Promise<number> {
  const entries = await loadLibrary(store);
  const byId = new Map(entries.map((e) => [e.id, e]));
  let fresh = 0;
  for (const entry of added) {
    if (!byId.has(entry.id)) fresh++;
    byId.set(entry.id, { ...entry, source: 'mine' });
  }
  await write(store, [...byId.values()]);
  return fresh;
}

export async function deleteEntry(store: Pick<KeyValueStore, 'get' | 'set'>, id: string): Promise<void> {
  const entries = await loadLibrary(store);
  await write(
    store,
    entries.filter((e) => e.id !== id),
  );
}

/** Keeps an answer in the library as the user's own, with the figures it cites; resolves to the entry kept. */
export async function saveAnswer(
  store: Pick<KeyValueStore, 'get' | 'set'>,
  answer: Omit<SavedAnswer, 'id' | 'savedAt'>,
  workbook?: Workbook,
  now: Date = new Date(),
): Promise<LibraryEntry> {
  const entry = makeEntry({ ...answer, id: crypto.randomUUID(), savedAt: now.toISOString() }, workbook);
  await putEntries(store, [entry]);
  return entry;
}
