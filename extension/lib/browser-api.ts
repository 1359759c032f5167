import type { Workbook } from '../../core/model/schema';
import type { QuestionKind } from '../../core/questions/types';
import type { Message, ResponseTo } from '../messaging';
import { KEYS, type KindCorrections, readKinds, readSettings, type Settings } from './settings';

/** The extension's reads and writes of its storage, and its messages to tabs: in one place, typed. */

export async function sendToTab<M extends Message>(
  tabId: number,
  message: M,
): Promise<ResponseTo<M> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ResponseTo<M>;
  } catch {
    // No content script in that tab: the site is off, or the page is not a web page.
    return undefined;
  }
}

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

export async function loadWorkbook(): Promise<Workbook | undefined> {
  return (await browser.storage.local.get(KEYS.workbook))[KEYS.workbook] as Workbook | undefined;
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
