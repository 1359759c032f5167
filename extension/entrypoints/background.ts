import type { LibraryQuestion } from '../../core/library/entry';
import { keepHandedDrafts, pruneDrafts } from '../drafts/draft-store';
import {
  ApplicationStore,
  applicationKey,
  deletedDrafts,
  otherPagesOf,
  pruneApplications,
} from '../lib/application';
import { CONTENT_SCRIPT_FILE, injectContentScript, loadSettings } from '../lib/browser-api';
import { type Handlers, receiver, sendToTab } from '../lib/channel';
import { type Preferences, TabChecker } from '../lib/checker';
import { saveAnswer } from '../lib/library-store';
import { KEYS, readKinds, readSettings } from '../lib/settings';
import { readStoredWorkbook } from '../lib/stored-workbook';
import {
  BACKGROUND_SCHEMAS,
  type BackgroundMessages,
  type CheckRequest,
  type CheckResult,
} from '../messaging';

const SCRIPT_ID = 'impact-lens-fields';
/** The test build (npm run build:e2e) declares its 127.0.0.1 content script in its manifest. */
const E2E = import.meta.env.WXT_IMPACT_E2E === 'true';

/**
 * Registers the content script for exactly the sites the user turned on and still grants: nothing runs anywhere
 * else. Called when permissions or settings change and when the browser starts.
 */
let syncing: Promise<void> = Promise.resolve();

/** One sync at a time: two overlapping ones could register the same script twice, or drop a site just turned on. */
function syncRegistrations(): Promise<void> {
  syncing = syncing.then(syncOnce, syncOnce).catch((error: unknown) => {
    console.error('Impact Lens: could not update the sites it runs on', error);
  });
  return syncing;
}

async function syncOnce(): Promise<void> {
  if (E2E) return;
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const settings = await loadSettings();
  const matches = settings.sites.filter((site) => granted.has(site));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** The pages Impact Lens runs in: the sites the user turned on, and those the test build's manifest declares. */
async function sitesRunOn(): Promise<string[]> {
  const declared =
    browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
  return [...(await loadSettings()).sites, ...declared];
}

/**
 * After an update or a reload, the copy running in each open page is cut off from the extension: it tells the user
 * so, and can no longer save drafts. A fresh copy is started in every one of those pages, and takes over from it.
 */
async function reinjectOpenTabs(): Promise<void> {
  const sites = await sitesRunOn();
  if (sites.length === 0) return;
  for (const tab of await browser.tabs.query({ url: sites })) {
    if (tab.id !== undefined) await injectContentScript(tab.id);
  }
}

/** Pages of sites just turned off stop now (badges, reading, saving), not at their next reload. */
async function stopOpenPages(sites: string[]): Promise<void> {
  for (const tab of await browser.tabs.query({ url: sites })) {
    if (tab.id !== undefined) await sendToTab(tab.id, { type: 'impact/stop' });
  }
}

async function pruneOldDrafts(): Promise<void> {
  const settings = await loadSettings();
  await pruneDrafts(browser.storage.local, settings.draftMaxAgeDays, Date.now());
  await applications.flush();
  if (await pruneApplications(browser.storage.local, settings.draftMaxAgeDays, Date.now()))
    applications.drop();
}

/**
 * One checker per tab, holding the answers of the session running there; dropped when the tab closes or the user's
 * preferences change, and replaced when a session sends all its answers.
 */
const checkers = new Map<number, TabChecker>();
/** The answers of each application across its pages (lib/application.ts). */
const applications = new ApplicationStore(browser.storage.local);
let preferences: Promise<Preferences> | undefined;

function loadPreferences(): Promise<Preferences> {
  preferences ??= browser.storage.local.get([KEYS.settings, KEYS.kinds, KEYS.workbook]).then((stored) => {
    const { workbook, unreadable } = readStoredWorkbook(stored[KEYS.workbook]);
    // The side panel shows the user why; the text checks run without it.
    if (unreadable.length)
      console.warn('Impact Lens: the stored workbook cannot be read; not used', unreadable);
    return {
      settings: readSettings(stored[KEYS.settings]),
      kinds: readKinds(stored[KEYS.kinds]),
      workbook,
    };
  });
  return preferences;
}

/** The checker a message is for: a new one for a message with every answer, else the session's own, if still held. */
async function checkerFor(tabId: number, request: CheckRequest): Promise<TabChecker | undefined> {
  if (request.partial) {
    const held = checkers.get(tabId);
    return held?.session === request.session ? held : undefined;
  }
  const checker = new TabChecker(await loadPreferences(), request.session, await otherPages(request));
  checkers.set(tabId, checker);
  return checker;
}

/** The answers kept from the other pages of the application the request's page belongs to. */
async function otherPages(request: CheckRequest) {
  if (!request.page) return [];
  const application = await applications.read(applicationKey(request.page.url));
  return otherPagesOf(application, new Set(request.fields.map((f) => f.key)));
}

function keepAnswers(request: CheckRequest): void {
  if (!request.page) return;
  applications
    .update(applicationKey(request.page.url), request.fields, request.gone ?? [], request.page)
    .catch((error: unknown) => console.error('Impact Lens: could not keep the application', error));
}

async function check(tabId: number, request: CheckRequest): Promise<CheckResult> {
  const nothing: CheckResult = { questions: {}, findings: {}, shown: {} };
  try {
    const checker = await checkerFor(tabId, request);
    if (!checker) return { ...nothing, resend: true };
    const result = checker.check(request.fields, request.gone);
    keepAnswers(request);
    return result;
  } catch (error) {
    console.error('Impact Lens: the checks failed', error);
    // What the checker holds is uncertain now: the session's next change is answered with a request for everything.
    checkers.delete(tabId);
    return nothing;
  }
}

/**
 * Keeps an answer sent from a page's popover in the library, with the figures it cites matched against the workbook
 * in use (which the page never sees).
 */
async function saveFromPage(answer: {
  text: string;
  question: LibraryQuestion;
  url: string;
}): Promise<boolean> {
  try {
    const { workbook } = await loadPreferences();
    await saveAnswer(browser.storage.local, answer, workbook);
    return true;
  } catch (error) {
    console.error('Impact Lens: could not save the answer to the library', error);
    return false;
  }
}

export default defineBackground(() => {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const deleted = deletedDrafts(changes);
    if (deleted.size) void applications.forgetTexts(deleted);
    if (KEYS.settings in changes || KEYS.kinds in changes || KEYS.workbook in changes) {
      preferences = undefined;
      checkers.clear();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => checkers.delete(tabId));

  const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  // The toolbar button opens the panel from our own click handler, so that the click grants activeTab (the panel
  // can then read the page's address and offer to turn Impact Lens on there) and the panel knows which tab it is for.
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void browser.storage.session.set({ panelTab: tab.id }).catch(() => undefined);
    // Both calls must happen in the click itself, before any await, or the browser refuses them.
    if (sidePanel && tab.id !== undefined) {
      sidePanel
        .open({ tabId: tab.id })
        .catch((error: unknown) => console.error('Impact Lens: could not open the side panel', error));
    } else {
      sidebarAction
        ?.toggle()
        .catch((error: unknown) => console.error('Impact Lens: could not open the sidebar', error));
    }
  });

  /** Opens the panel for the tab whose overlay was clicked. */
  const openPanel = async (tabId: number | undefined): Promise<boolean> => {
    if (tabId !== undefined) void browser.storage.session.set({ panelTab: tabId }).catch(() => undefined);
    // Before any await: the browser opens a panel only while the click's message is being handled.
    const opening = tabId !== undefined && sidePanel ? sidePanel.open({ tabId }) : sidebarAction?.toggle();
    if (!opening) return false;
    try {
      await opening;
      return true;
    } catch (error) {
      console.error('Impact Lens: could not open the side panel', error);
      return false;
    }
  };

  const handlers: Handlers<BackgroundMessages> = {
    'impact/open-panel': (_message, sender) => openPanel(sender.tab?.id),
    'impact/sites-changed': () => syncRegistrations().then(() => true),
    // From a tab's content script; a benchmark's extension page has no tab, and its checker is the -1 one.
    'impact/check': (message, sender) => check(sender.tab?.id ?? -1, message),
    'impact/keep-drafts': (message) => keepHandedDrafts(browser.storage.local, message.drafts),
    'impact/save-answer': ({ text, question, url }) => saveFromPage({ text, question, url }),
  };
  browser.runtime.onMessage.addListener(receiver(BACKGROUND_SCHEMAS, handlers));

  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener((removed) => {
    // Access taken away, from our Settings or the browser's own: the site is off in ours too, and its open pages
    // stop at once.
    void (async () => {
      const gone = new Set(removed.origins ?? []);
      if (gone.size) {
        await stopOpenPages([...gone]);
        const settings = await loadSettings();
        if (settings.sites.some((s) => gone.has(s))) {
          await browser.storage.local.set({
            [KEYS.settings]: { ...settings, sites: settings.sites.filter((s) => !gone.has(s)) },
          });
        }
      }
      await syncRegistrations();
    })();
  });
  browser.runtime.onInstalled.addListener((details) => {
    void syncRegistrations();
    void pruneOldDrafts();
    if (details.reason === 'update') void reinjectOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => {
    void syncRegistrations();
    void pruneOldDrafts();
  });
});
