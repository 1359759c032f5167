import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';

const ROOT = join(import.meta.dirname, '..', '..');
export const E2E_BUILD = join(ROOT, '.output', 'e2e');
export const STORE_BUILD = join(ROOT, '.output', 'chrome-mv3');

/** Builds `dir` with `wxt build` unless it is newer than every source file it is made of. */
function ensureBuild(dir: string, env: NodeJS.ProcessEnv): string {
  const manifest = join(dir, 'manifest.json');
  const newest = newestSource([join(ROOT, 'extension'), join(ROOT, 'core'), join(ROOT, 'wxt.config.ts')]);
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
  }
  return dir;
}

/** The test build of the extension (.output/e2e), on for 127.0.0.1 pages. */
export function ensureE2eBuild(): string {
  return ensureBuild(E2E_BUILD, { WXT_IMPACT_E2E: 'true' });
}

/** The store build (.output/chrome-mv3), as `npm run build` makes it: `npm test` on a fresh clone needs it too. */
export function ensureStoreBuild(): string {
  return ensureBuild(STORE_BUILD, { WXT_IMPACT_E2E: 'false' });
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

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request made while the session ran that did not go to the local test server. */
  outsideRequests: string[];
  /** A page of the extension (its side panel opened as a tab), for calling extension APIs. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded (headless), a fresh profile, and every request recorded. */
export async function launchWithExtension(
  extensionDir = ensureE2eBuild(),
  options: { headless?: boolean } = {},
): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'impact-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: options.headless ?? true,
    executablePath: findChromium(),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
    ],
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(?:https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(url))
      outsideRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let extensionPage: Page | undefined;
  return {
    context,
    extensionId,
    worker,
    outsideRequests,
    async extensionPage() {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      }
      return extensionPage;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sends a message to the content script of the tab showing `url`, from an extension page, and returns the answer. */
export async function messageTab<T>(session: ExtensionSession, url: string, message: unknown): Promise<T> {
  const page = await session.extensionPage();
  return page.evaluate(
    async ({ url, message }) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab shows ${url}; open tabs: ${tabs.map((t) => t.url).join(', ')}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  ) as Promise<T>;
}

export async function storageGet(
  session: ExtensionSession,
  keys: string[] | null,
): Promise<Record<string, unknown>> {
  const page = await session.extensionPage();
  return page.evaluate((keys) => chrome.storage.local.get(keys), keys);
}

export async function storageSet(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  const page = await session.extensionPage();
  await page.evaluate((items) => chrome.storage.local.set(items), items);
}

/**
 * Fills the extension's storage.local up to its quota but for `room` bytes, from the service worker (the
 * extension's own context), under `key`; `freeStorage` deletes it again.
 */
export async function fillStorage(session: ExtensionSession, room = 0, key = 'filler'): Promise<void> {
  await session.worker.evaluate(
    async ({ room, key }) => {
      const used = await chrome.storage.local.getBytesInUse(null);
      // The key and the quotes around the stored string count too.
      const size = chrome.storage.local.QUOTA_BYTES - used - room - key.length - 2;
      await chrome.storage.local.set({ [key]: 'x'.repeat(size) });
    },
    { room, key },
  );
}

export async function freeStorage(session: ExtensionSession, key = 'filler'): Promise<void> {
  await session.worker.evaluate((key) => chrome.storage.local.remove(key), key);
}

/** The text of the notice the overlay shows in the page's corner, read through its closed shadow root; '' if none. */
export async function overlayNotice(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return noticeText(root, false);
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function noticeText(node: DomNode, inOverlay: boolean): string {
  const overlay = inOverlay || node.localName === 'impact-lens-overlay';
  if (overlay && attribute(node, 'class') === 'notice') return allText(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const text = noticeText(child, overlay);
    if (text) return text;
  }
  return '';
}

/** DevTools lists an element's attributes as name, value, name, value… */
function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function allText(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(allText).join('');
}

/**
 * Puts the overlay's closed shadow root on the page's `window[name]`, through DevTools (which sees closed roots), so
 * that a test can read and watch what the overlay draws. Only a test can do this: a page script cannot reach it.
 */
export async function exposeOverlayRoot(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'document.querySelector("impact-lens-overlay")',
    });
    if (!result.objectId) throw new Error('the page has no Impact Lens overlay');
    const { node } = await cdp.send('DOM.describeNode', {
      objectId: result.objectId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) throw new Error('the overlay has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function (name) { window[name] = this; }',
      arguments: [{ value: name }],
    });
  } finally {
    await cdp.detach();
  }
}
