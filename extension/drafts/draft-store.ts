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

const DRAFT_RECORD: z.ZodMiniType<DraftRecord> = z.object({
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
 * Saves what the user types: each field at most once per `delayMs` while typing, and everything pending at once on
 * `flush()` (the content script calls it on pagehide and visibilitychange, so a reload loses nothing).
 */
interface Pending {
  field: FieldIdentity;
  text: string;
  keepPrevious: boolean;
}

export class DraftSaver {
  private readonly pending = new Map<string, Pending>();
  private readonly known = new Map<string, DraftRecord | undefined>();
  /** The text this saver last wrote per field: a stored text that differs was written by another tab. */
  private readonly written = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly delayMs = 500,
    /** Told after each write: `undefined` when storage has it, the error when it refused (so the user is told). */
    private readonly onWritten?: (error: unknown) => void,
  ) {}

  /**
   * Saves what a field now says. `keepPrevious` keeps the text it replaces as an earlier version whatever its length
   * (a restore or an insert replaces text the user may want back).
   */
  save(field: FieldIdentity, text: string, keepPrevious = false): void {
    const already = this.pending.get(field.key)?.keepPrevious ?? false;
    this.pending.set(field.key, { field, text, keepPrevious: keepPrevious || already });
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
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
   * Storage changed (another tab saved, the user deleted a draft or cleared them all): take the stored record as what
   * is known of those fields, so that a later keystroke neither brings back what was deleted nor loses another
   * tab's text.
   */
  storageChanged(changes: Record<string, { newValue?: unknown }>): void {
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(KEYS.draft)) continue;
      const fieldKey = key.slice(KEYS.draft.length);
      const record = asRecord(change.newValue, key);
      this.known.set(fieldKey, record);
      if (!record) this.written.delete(fieldKey);
    }
  }

  /**
   * Writes everything pending now. The write is handed to storage before this returns (no await first), so that
   * a save started as the page unloads still reaches storage. Resolves when storage has it.
   */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const items: Record<string, unknown> = {};
    const attempted: { entry: Pending; previous: DraftRecord | undefined; written: string | undefined }[] =
      [];
    for (const entry of this.pending.values()) {
      const { field, text, keepPrevious } = entry;
      const previous = this.known.get(field.key);
      // Text another tab saved for the same field is never overwritten without being kept.
      const foreign =
        previous !== undefined &&
        this.written.has(field.key) &&
        this.written.get(field.key) !== previous.current.text;
      const next = nextRecord(previous, field, text, this.now(), keepPrevious || foreign);
      if (!next) continue;
      attempted.push({ entry, previous, written: this.written.get(field.key) });
      this.known.set(field.key, next);
      this.written.set(field.key, text);
      items[storageKey(field.key)] = next;
    }
    this.pending.clear();
    if (Object.keys(items).length === 0) return this.writing;
    this.writing = this.store.set(items).then(
      () => this.onWritten?.(undefined),
      (error: unknown) => {
        // Storage full, or the extension was updated under this page. The page still has the text. What did not
        // reach storage goes back in the queue (unless the field was typed in since), so the next write, for
        // whichever field, tries it again, and the notice goes only when everything is stored.
        console.error('Impact Lens: could not save drafts', error);
        for (const { entry, previous, written } of attempted) {
          const key = entry.field.key;
          if (this.pending.has(key)) continue;
          this.known.set(key, previous);
          if (written === undefined) this.written.delete(key);
          else this.written.set(key, written);
          this.pending.set(key, entry);
        }
        this.onWritten?.(error ?? new Error('storage refused the draft'));
      },
    );
    return this.writing;
  }
}
