import type { QuestionKind } from '../../core/questions/types';
import { readStoredInWorker } from './import-in-worker';
import { KEYS, type KindCorrections, readKinds, readSettings, type Settings } from './settings';
import { type PackedWorkbook, readStoredWorkbook, type StoredWorkbook } from './stored-workbook';

/** The extension's reads and writes of its storage, and its starting of content scripts: in one place, typed. */

// The content script WXT builds for runtime registration (entrypoints/content.ts).
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** Starts Impact Lens in a tab already open; a tab it may not run in (a browser page) is left alone. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] })
    .catch(() => undefined);
}

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEYS.settings]: settings });
}

/** The stored workbook, read back in the import worker: validating a large one would stall the panel as it opens. */
export async function loadWorkbook(): Promise<StoredWorkbook> {
  const stored: unknown = (await browser.storage.local.get(KEYS.workbook))[KEYS.workbook];
  if (stored === undefined) return { workbook: undefined, unreadable: [] };
  // Without the worker the panel still reads it, only more slowly.
  return (await readStoredInWorker(stored)) ?? readStoredWorkbook(stored);
}

/** What became of a workbook to keep. */
export type SaveResult =
  | {
      saved: true;
      /** Room left in the browser's storage for drafts; undefined when the browser sets no limit. */
      free: number | undefined;
    }
  | {
      saved: false;
      /** What the workbook would take, what the browser allows in all, and what the rest of storage takes. */
      needed: number;
      quota: number | undefined;
      others: number | undefined;
      error: string;
    };

/** The storage quota of storage.local, where the browser has one (Chrome: 10 MB; Firefox sets none). */
function storageQuota(): number | undefined {
  const quota = (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  return typeof quota === 'number' ? quota : undefined;
}

async function bytesInUse(keys: string | null): Promise<number | undefined> {
  const area = browser.storage.local as { getBytesInUse?(keys: string | null): Promise<number> };
  return area.getBytesInUse ? area.getBytesInUse(keys).catch(() => undefined) : undefined;
}

/** What the rest of storage (drafts, settings) takes: all of it but the workbook. */
async function othersInUse(): Promise<number | undefined> {
  const [all, workbook] = await Promise.all([bytesInUse(null), bytesInUse(KEYS.workbook)]);
  return all === undefined || workbook === undefined ? undefined : all - workbook;
}

/**
 * Keeps a workbook in place of the one kept before, which the browser replaces only when the new one is stored
 * whole: when it refuses (its quota), the previous workbook stays, and the result says how much room there was.
 */
export async function saveWorkbook(packed: PackedWorkbook): Promise<SaveResult> {
  const quota = storageQuota();
  try {
    await browser.storage.local.set({ [KEYS.workbook]: packed.text });
  } catch (error) {
    return {
      saved: false,
      needed: packed.bytes + KEYS.workbook.length,
      quota,
      others: await othersInUse(),
      error: error instanceof Error ? error.message : String(error),
    };
  }
  const used = quota === undefined ? undefined : await bytesInUse(null);
  return { saved: true, free: quota === undefined || used === undefined ? undefined : quota - used };
}

export async function removeWorkbook(): Promise<void> {
  await browser.storage.local.remove(KEYS.workbook);
}

export async function loadKinds(): Promise<KindCorrections> {
  return readKinds((await browser.storage.local.get(KEYS.kinds))[KEYS.kinds]);
}

export async function saveKind(fieldKey: string, kind: QuestionKind | undefined): Promise<void> {
  const kinds = await loadKinds();
  if (kind) kinds[fieldKey] = kind;
  else delete kinds[fieldKey];
  await browser.storage.local.set({ [KEYS.kinds]: kinds });
}
