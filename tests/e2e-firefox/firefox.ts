import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

const ROOT = join(import.meta.dirname, '..', '..');
/** The Firefox test build (`WXT_IMPACT_E2E=true wxt build -b firefox --mv3`), on for 127.0.0.1 pages. */
export const FIREFOX_E2E_BUILD = join(ROOT, '.output', 'e2e-firefox');
export const FIREFOX_STORE_BUILD = join(ROOT, '.output', 'firefox-mv3');
export const INSTALL_FIREFOX = 'sudo apt-get install -y firefox-esr';

/** Where Firefox is: FIREFOX_PATH, else `firefox` or `firefox-esr` on the PATH, else the usual places; or none. */
export function findFirefox(): string | undefined {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => ['firefox', 'firefox-esr'].map((name) => join(dir, name)));
  const candidates = [
    process.env.FIREFOX_PATH,
    ...onPath,
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

function newestSource(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules') walk(join(p, entry));
    } else if (!p.endsWith('.test.ts')) newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of paths) if (existsSync(p)) walk(p);
  return newest;
}

function buildEnv(e2e: boolean): NodeJS.ProcessEnv {
  // vitest sets NODE_ENV=test and WXT keeps it: the bundle would carry React's development build, not the users'.
  const { NODE_ENV: _, ...env } = process.env;
  return { ...env, WXT_IMPACT_E2E: String(e2e) };
}

/**
 * Builds the Firefox extension unless its build is newer than every source file it is made of: the test build
 * (.output/e2e-firefox, on for 127.0.0.1 pages) or the store build (.output/firefox-mv3, as `npm run build` makes
 * it).
 */
export function ensureFirefoxBuild(kind: 'e2e' | 'store'): string {
  const dir = kind === 'e2e' ? FIREFOX_E2E_BUILD : FIREFOX_STORE_BUILD;
  const manifest = join(dir, 'manifest.json');
  const newest = newestSource([join(ROOT, 'extension'), join(ROOT, 'core'), join(ROOT, 'wxt.config.ts')]);
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      env: buildEnv(kind === 'e2e'),
      stdio: 'pipe',
    });
  }
  return dir;
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/`, the origin of the extension's pages. */
  extensionOrigin: string;
  /** A page of the extension (its side panel page in a window of its own), for calling extension APIs. */
  extensionPage(): Promise<Page>;
  /** Opens one of the extension's pages (`sidepanel.html?tab=3`) in a new window, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox (headless, a fresh profile that puppeteer deletes on close) with the build installed as a temporary
 * add-on, driven over WebDriver BiDi.
 */
export async function launchFirefox(
  executablePath: string,
  extensionDir = ensureFirefoxBuild('e2e'),
): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each add-on a random UUID for its moz-extension:// origin, known only inside the browser; this
  // preference chooses it instead.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The remote agent refuses to open or script privileged (moz-extension://) pages without this.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  const extensionOrigin = `moz-extension://${uuid}/`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    // A window of its own: a page in a background tab gets no animation frames, and the content script checks in
    // one, so the page under test must stay the selected tab of its window. The new window takes the focus: call
    // `bringToFront()` on the page under test before typing into it again.
    const page = await browser.newPage({ type: 'window' });
    const url = new URL(path, extensionOrigin).href;
    // The remote agent reports no load events for extension pages: wait for the document itself.
    await page.goto(url, { waitUntil: [] });
    await until(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
      (state) => state === `${url} complete`,
      `${url} to load`,
    );
    return page;
  };

  let extensionPage: Page;
  try {
    await browser.installExtension(extensionDir);
    // Opened now, before the test's pages: opening a window later would take the focus from the page under test.
    extensionPage = await openExtensionPage('sidepanel.html');
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin,
    async extensionPage() {
      if (extensionPage.isClosed()) extensionPage = await openExtensionPage('sidepanel.html');
      return extensionPage;
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}

/** Reads `read()` until `ok` holds, or fails after a while naming what it waited for and what it last saw. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** The id of the tab showing `url`, as the extension knows it (the side panel takes it as `?tab=`). */
export async function tabId(session: FirefoxSession, url: string): Promise<number> {
  const page = await session.extensionPage();
  return page.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}; open tabs: ${tabs.map((t) => t.url)}`);
    return tab.id;
  }, url);
}

/** Sends a message to the content script of the tab showing `url`, from an extension page, and returns the answer. */
export async function messageTab<T>(session: FirefoxSession, url: string, message: unknown): Promise<T> {
  const id = await tabId(session, url);
  const page = await session.extensionPage();
  return page.evaluate((id, message) => chrome.tabs.sendMessage(id, message), id, message) as Promise<T>;
}

export async function storageGet(
  session: FirefoxSession,
  keys: string[] | null,
): Promise<Record<string, unknown>> {
  const page = await session.extensionPage();
  return page.evaluate((keys) => chrome.storage.local.get(keys), keys);
}

/** What puppeteer's WebDriver BiDi element handles carry: the node as the protocol serialised it. */
interface BidiNodeHandle {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
}

/**
 * The overlay's closed shadow root, which the page's own scripts cannot reach. WebDriver BiDi serialises a host's
 * shadow root whatever its mode; puppeteer has no public call for it, so the handle is made the way puppeteer makes
 * its own, from the protocol's value.
 */
export async function overlayRoot(page: Page): Promise<ElementHandle<ShadowRoot>> {
  const host = (await page.waitForSelector('impact-lens-overlay'))!;
  const bidi = host as unknown as BidiNodeHandle;
  const shadowRoot = bidi.remoteValue().value?.shadowRoot;
  if (!shadowRoot?.sharedId) throw new Error('the overlay has no shadow root');
  return bidi.constructor.from(shadowRoot, bidi.realm);
}
