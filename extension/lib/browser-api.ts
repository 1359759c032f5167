import type { Workbook } from '../../core/model/schema';
import type { QuestionKind } from '../../core/questions/types';
import type { Message, ResponseTo } from '../messaging';
import { KEYS, type KindCorrections, readSettings, type Settings } from './settings';

/** The side panel's window on the browser: every call it makes, in one place, typed. */

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
  const kinds = (await browser.storage.local.get(KEYS.kinds))[KEYS.kinds];
  return typeof kinds === 'object' && kinds !== null ? (kinds as KindCorrections) : {};
}

export async function saveKind(fieldKey: string, kind: QuestionKind | undefined): Promise<void> {
  const kinds = await loadKinds();
  if (kind) kinds[fieldKey] = kind;
  else delete kinds[fieldKey];
  await browser.storage.local.set({ [KEYS.kinds]: kinds });
}
