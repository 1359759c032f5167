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
