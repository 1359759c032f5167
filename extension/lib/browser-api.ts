import type { Workbook } from '../../core/model/schema';
import type { QuestionKind } from '../../core/questions/types';
import { KEYS, type KindCorrections, readKinds, readSettings, type Settings } from './settings';
import { readStoredWorkbook, type StoredWorkbook } from './stored-workbook';

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

export async function loadWorkbook(): Promise<StoredWorkbook> {
  return readStoredWorkbook((await browser.storage.local.get(KEYS.workbook))[KEYS.workbook]);
}

export async function saveWorkbook(workbook: Workbook | undefined): Promise<void> {
  if (workbook) await browser.storage.local.set({ [KEYS.workbook]: workbook });
  else await browser.storage.local.remove(KEYS.workbook);
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
