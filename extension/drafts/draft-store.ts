import { KEYS } from '../lib/settings';
import { z } from '../lib/zod';

export interface DraftVersion {
  text: string;
  savedAt: number;
}

/** Everything kept for one field: what it says now, and earlier texts worth going back to. */
export interface DraftRecord {
  key: string;
  url: string;
  label: string;
  current: DraftVersion;
  /** Newest first. */
  earlier: DraftVersion[];
}

/** The part of storage.local the drafts use; tests pass a Map-backed one. */
export interface KeyValueStore {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface FieldIdentity {
  key: string;
  url: string;
  label: string;
}

export const MAX_EARLIER_VERSIONS = 10;
/** An earlier version is kept when the text loses at least half its length at once (a select-all-delete, a portal
 * that clears its form on time-out), provided there was something worth keeping. */
const SHRINK_SHARE = 0.5;
const WORTH_KEEPING = 20;

export function shrankSharply(before: string, after: string): boolean {
  return before.trim().length >= WORTH_KEEPING && after.length < before.length * SHRINK_SHARE;
}

/** The record after the user typed `text`, or undefined when there is nothing new to save. */
export function nextRecord(
  previous: DraftRecord | undefined,
  field: FieldIdentity,
  text: string,
  now: number,
  keepPrevious = false,
): DraftRecord | undefined {
  if (previous === undefined) {
    if (text.trim() === '') return undefined;
    return { ...field, current: { text, savedAt: now }, earlier: [] };
  }
  if (previous.current.text === text) return undefined;
  const keep =
    ((keepPrevious && previous.current.text.trim() !== '') || shrankSharply(previous.current.text, text)) &&
    // Not the same text twice in a row: a copy would push a real version off the list of ten.
    previous.earlier[0]?.text !== previous.current.text;
  const earlier = keep
    ? [previous.current, ...previous.earlier].slice(0, MAX_EARLIER_VERSIONS)
    : previous.earlier;
  return { ...field, current: { text, savedAt: now }, earlier };
}

const storageKey = (fieldKey: string) => `${KEYS.draft}${fieldKey}`;

const VERSION = z.object({ text: z.string(), savedAt: z.number() });

export const DRAFT_RECORD: z.ZodMiniType<DraftRecord> = z.object({
  key: z.string(),
  url: z.string(),
  label: z.string(),
  current: VERSION,
  earlier: z.array(VERSION),
});

/**
 * A draft as read back from storage, or undefined. Another version of Impact Lens, or a hand edit, may have left
 * something else under a draft key: it is passed over (and left in place, for the user to delete), never shown or
 * built on.
 */
function asRecord(value: unknown, storedUnder: string): DraftRecord | undefined {
  if (value === undefined) return undefined;
  const parsed = DRAFT_RECORD.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`Impact Lens: the draft stored under "${storedUnder}" is not valid; it is not used.`);
  return undefined;
}

export async function readDraft(store: KeyValueStore, fieldKey: string): Promise<DraftRecord | undefined> {
  const key = storageKey(fieldKey);
  return asRecord((await store.get([key]))[key], key);
}

export async function listDrafts(store: KeyValueStore): Promise<DraftRecord[]> {
  const records: DraftRecord[] = [];
  for (const [key, value] of Object.entries(await store.get(null))) {
    const record = key.startsWith(KEYS.draft) ? asRecord(value, key) : undefined;
    if (record) records.push(record);
  }
  return records.sort((a, b) => b.current.savedAt - a.current.savedAt);
}

export async function deleteDraft(store: KeyValueStore, fieldKey: string): Promise<void> {
  await store.remove([storageKey(fieldKey)]);
}

export async function clearAllDrafts(store: KeyValueStore): Promise<number> {
  const keys = Object.keys(await store.get(null)).filter((k) => k.startsWith(KEYS.draft));
  if (keys.length) await store.remove(keys);
  return keys.length;
}

/** Deletes drafts (and earlier versions) older than the age limit; returns how many drafts were removed. */
export async function pruneDrafts(store: KeyValueStore, maxAgeDays: number, now: number): Promise<number> {
  const cutoff = now - maxAgeDays * 86_400_000;
  let removed = 0;
  for (const record of await listDrafts(store)) {
    if (record.current.savedAt < cutoff) {
      await deleteDraft(store, record.key);
      removed++;
    } else if (record.earlier.some((v) => v.savedAt < cutoff)) {
      await store.set({
        [storageKey(record.key)]: { ...record, earlier: record.earlier.filter((v) => v.savedAt >= cutoff) },
      });
    }
  }
  return removed;
}

/**
 * Writes the drafts a page handed to the background as it unloaded, each on its own. The page may have stored them
 * itself, and a later page or another tab may have saved the field since: a record already stored is not written
 * again, and a newer one stays the latest, keeping the handed text as an earlier version unless it holds it already.
 * Resolves to whether every draft is stored.
 */
export async function keepHandedDrafts(
  store: KeyValueStore,
  records: readonly DraftRecord[],
): Promise<boolean> {
  const stored = await store.get(records.map((r) => storageKey(r.key)));
  const writes = records.map(async (handed) => {
    const key = storageKey(handed.key);
    const kept = withHanded(asRecord(stored[key], key), handed);
    if (!kept) return true;
    try {
      await store.set({ [key]: kept });
      return true;
    } catch (error) {
      console.error(`Impact Lens: could not save the draft of "${handed.label}"`, error);
      return false;
    }
  });
  return (await Promise.all(writes)).every(Boolean);
}

/** What to store for a field given the record stored and the one a page handed over, or undefined to leave it. */
function withHanded(stored: DraftRecord | undefined, handed: DraftRecord): DraftRecord | undefined {
  if (!stored || stored.current.savedAt < handed.current.savedAt) return handed;
  if (holds(stored, handed.current.text)) return undefined;
  const earlier = [...stored.earlier, handed.current]
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(0, MAX_EARLIER_VERSIONS);
  return { ...stored, earlier };
}

interface Pending {
  field: FieldIdentity;
  text: string;
  keepPrevious: boolean;
  /** Text this tab stored that another tab then overwrote without seeing it: written back only if still missing. */
  restore?: boolean;
}

/** Whether a record keeps this text, as its latest or an earlier version. */
function holds(record: DraftRecord, text: string): boolean {
  return record.current.text === text || record.earlier.some((v) => v.text === text);
}

/**
 * Saves what the user types: each field at most once per `delayMs` while typing, and everything pending at once on
 * `flush()` (the content script calls it as the page is hidden or goes, handing the drafts to the background too, so
 * a reload loses nothing). Each field is written on its own, so that a draft storage refuses (too big for the room
 * left) holds up no other.
 */
export class DraftSaver {
  private readonly pending = new Map<string, Pending>();
  private readonly known = new Map<string, DraftRecord | undefined>();
  /**
   * The text each field held when this saver last wrote it: stored text that differs is text this tab's field never
   * held (another tab's, or a draft from before the page loaded), and a write keeps it as an earlier version.
   */
  private readonly seen = new Map<string, string>();
  /** What this saver last stored per field, to write back if another tab overwrites it without having seen it. */
  private readonly stored = new Map<string, Pending>();
  /** Fields whose latest text storage refused: named to the user until it is stored. */
  private readonly refused = new Map<string, FieldIdentity>();
  /** Fields found to hold a secret: nothing of them is written again. */
  private readonly forgotten = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly delayMs = 500,
    /** Told after each flush: the fields whose drafts storage refused (none when every draft is stored). */
    private readonly onWritten?: (unsaved: readonly FieldIdentity[]) => void,
  ) {}

  /**
   * Saves what a field now says. `keepPrevious` keeps the text it replaces as an earlier version whatever its length
   * (a restore or an insert replaces text the user may want back).
   */
  save(field: FieldIdentity, text: string, keepPrevious = false): void {
    if (this.forgotten.has(field.key)) return;
    // Text about to give way to much less (a select-all-delete, a portal emptying its form) is written first, so
    // that it becomes an earlier version instead of never reaching storage.
    const queued = this.pending.get(field.key);
    if (queued && shrankSharply(queued.text, text)) void this.flush();
    const already = this.pending.get(field.key)?.keepPrevious ?? false;
    this.pending.set(field.key, { field, text, keepPrevious: keepPrevious || already });
    this.schedule();
  }

  /** Reads the saved drafts of these fields, so that a later save can tell a sharp shrink from the saved text. */
  async prefetch(keys: readonly string[]): Promise<void> {
    const missing = keys.filter((k) => !this.known.has(k));
    if (missing.length === 0) return;
    const stored = await this.store.get(missing.map(storageKey));
    for (const key of missing) {
      if (!this.known.has(key)) this.known.set(key, asRecord(stored[storageKey(key)], storageKey(key)));
    }
  }

  /**
   * Storage changed (another tab saved, the user deleted a draft or cleared them all, something was deleted): take
   * the stored record as what is known of those fields, so that a later keystroke neither brings back what was
   * deleted nor loses another tab's text, and try again a draft storage refused once something makes room.
   */
  storageChanged(changes: Record<string, { newValue?: unknown }>): void {
    let roomMade = false;
    for (const [key, change] of Object.entries(changes)) {
      if (change.newValue === undefined) roomMade = true;
      if (key.startsWith(KEYS.draft))
        this.draftChanged(key.slice(KEYS.draft.length), asRecord(change.newValue, key));
    }
    if (roomMade && this.refused.size > 0) this.schedule();
  }

  /**
   * The field turned out to hold a secret (a password shown as text, a field masked): its draft goes with every
   * earlier version, and nothing more of it is written.
   */
  async forget(fieldKey: string): Promise<void> {
    this.forgotten.add(fieldKey);
    this.pending.delete(fieldKey);
    this.refused.delete(fieldKey);
    this.seen.delete(fieldKey);
    this.stored.delete(fieldKey);
    this.known.set(fieldKey, undefined);
    // Storage keeps the order it is asked in: a write of this field already handed to it lands before the removal.
    try {
      await this.store.remove([storageKey(fieldKey)]);
    } catch (error) {
      console.error('Impact Lens: could not delete a draft', error);
    }
    this.onWritten?.([...this.refused.values()]);
  }

  /**
   * Writes everything pending now. Each write is handed to storage before this returns (no await first), so that a
   * save started as the page unloads still reaches storage in Chromium. Firefox drops a storage write a page starts
   * as it unloads, while a message sent then still arrives: `handOff`, given when the page is going, receives every
   * record written, at once, for the background to write (keepHandedDrafts). Resolves when storage has answered.
   */
  flush(handOff?: (records: DraftRecord[]) => void): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const entries = [...this.pending.values()];
    this.pending.clear();
    if (entries.length === 0) return this.writing;
    const handed: DraftRecord[] = [];
    const writes = entries.map((entry) => this.write(entry, handed));
    if (handOff && handed.length > 0) handOff(handed);
    this.writing = Promise.all(writes).then(() => this.onWritten?.([...this.refused.values()]));
    return this.writing;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  private draftChanged(fieldKey: string, record: DraftRecord | undefined): void {
    const before = this.known.get(fieldKey);
    this.known.set(fieldKey, record);
    if (!record) {
      // Deleted: what this tab stored of it is not to come back.
      this.seen.delete(fieldKey);
      this.stored.delete(fieldKey);
      return;
    }
    // This tab's text was the latest, and a write that had not seen it replaced it: it goes back in.
    const mine = this.stored.get(fieldKey);
    if (
      mine &&
      before?.current.text === mine.text &&
      !holds(record, mine.text) &&
      !this.pending.has(fieldKey)
    ) {
      this.pending.set(fieldKey, { ...mine, restore: true });
      this.schedule();
    }
  }

  /** Hands the write of one field to storage, and adds the record written to `handed`. */
  private write(entry: Pending, handed: DraftRecord[]): Promise<void> {
    const { field, text } = entry;
    const key = field.key;
    const previous = this.known.get(key);
    if (entry.restore && (previous === undefined || holds(previous, text))) return Promise.resolve();
    const seenBefore = this.seen.get(key);
    const unseen = previous !== undefined && previous.current.text !== seenBefore;
    const next = nextRecord(previous, field, text, this.now(), entry.keepPrevious || unseen);
    this.seen.set(key, text);
    if (!next) {
      this.refused.delete(key);
      return Promise.resolve();
    }
    this.known.set(key, next);
    handed.push(next);
    return this.put(key, next).then(
      () => {
        if (this.forgotten.has(key)) return;
        this.refused.delete(key);
        this.stored.set(key, { field, text, keepPrevious: false });
      },
      (error: unknown) => {
        // Storage full, the draft too big for the room left, or the extension updated under this page: the page
        // still has the text. It stays queued (unless typed in since), for the next write or once room is made.
        console.error(`Impact Lens: could not save the draft of "${field.label}"`, error);
        if (this.forgotten.has(key)) return;
        if (this.known.get(key) === next) this.known.set(key, previous);
        if (this.seen.get(key) === text) this.restoreSeen(key, seenBefore);
        if (!this.pending.has(key)) this.pending.set(key, entry);
        this.refused.set(key, field);
      },
    );
  }

  /** A write handed to storage now; an extension updated under the page refuses at once, and is told as a refusal. */
  private put(key: string, record: DraftRecord): Promise<void> {
    try {
      return this.store.set({ [storageKey(key)]: record });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private restoreSeen(key: string, text: string | undefined): void {
    if (text === undefined) this.seen.delete(key);
    else this.seen.set(key, text);
  }
}
