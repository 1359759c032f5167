import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Report, ReportedField } from '../../extension/messaging';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import {
  type ExtensionSession,
  exposeOverlayRoot,
  launchWithExtension,
  storageGet,
  storageSet,
} from './harness';

/*
 * The pages of tests/fixtures/hostile/ attack Impact Lens from their own scripts (hostile.js): they fake the events
 * other scripts send, press keys, search and measure what is drawn on them, and never stop changing. Each test is an
 * attack that must fail: the session goes on, and nothing the page can observe depends on the user's workbook.
 */

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What tests/fixtures/hostile/hostile.js gives the page's scripts. */
interface Hostile {
  heard(): string[];
  fakeScriptStart(extensionId: string): void;
  syntheticShortcut(): { prevented: boolean; focusStayed: boolean };
  find(text: string): boolean;
  write(id: string, text: string): void;
  probeNear(id: string): Box | null;
  probeBelow(id: string): number;
  addQuestion(id: string, label: string): void;
}

/** What the tests hang on a page's window: the hostile page's own functions, and instruments of the tests. */
type Instrumented = Window & {
  hostile: Hostile;
  overlayRoot: ShadowRoot;
  redrawn: Set<Element>;
  checks: string[][];
};

const HOSTILE_DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile');

let server: PortalServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startPortalServer(HOSTILE_DIR);
  session = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Reads until `ok`, retrying a read that throws (no content script answers yet), for up to `seconds`. */
async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  seconds = 8,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    let last: T | undefined;
    let failure: unknown;
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      const seen = failure === undefined ? JSON.stringify(last)?.slice(0, 400) : String(failure);
      throw new Error(`timed out waiting for ${what}; last: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A message to the content script of the tab showing `url`, from an extension page of the running extension. */
async function messageTab<T>(url: string, message: unknown): Promise<T> {
  const page = await session.extensionPage();
  return page.evaluate(
    async ({ url, message }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab shows ${url}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  ) as Promise<T>;
}

const report = (url: string) => messageTab<Report>(url, { type: 'impact/report' });

async function fieldOf(url: string, id: string): Promise<ReportedField | undefined> {
  return (await report(url)).fields.find((f) => f.key.endsWith(`=${id}`) || f.key.endsWith(`#${id}`));
}

async function draftOf(key: string): Promise<string | undefined> {
  const stored = (await storageGet(session, [`draft:${key}`]))[`draft:${key}`];
  return (stored as { current: { text: string } } | undefined)?.current.text;
}

async function removeWorkbook(): Promise<void> {
  const page = await session.extensionPage();
  await page.evaluate(() => chrome.storage.local.remove('workbook'));
}

let opened = 0;

/**
 * Opens a hostile page and waits until Impact Lens has found and checked its first `fields` fields. Each page has an
 * address of its own, so that a message for it never reaches the tab of an earlier test.
 */
async function open(file: string, fields = 1, seconds = 8): Promise<{ page: Page; url: string }> {
  const page = await session.context.newPage();
  const url = `${server.url}${file}?page=${++opened}`;
  await page.goto(url);
  await until(
    () => report(url),
    (r) => r.fields.length >= fields,
    `the fields of ${file}`,
    seconds,
  );
  return { page, url };
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** chrome://extensions, whose page may turn extensions off and on. */
async function extensionsManager(): Promise<Page> {
  const manager = await session.context.newPage();
  await manager.goto('chrome://extensions');
  return manager;
}

/** Reloads the extension, as an update does: the copy running in each open page is cut off from it. */
async function reloadExtension(): Promise<void> {
  const manager = await extensionsManager();
  const id = session.extensionId;
  let restarted = false;
  session.context.once('serviceworker', () => {
    restarted = true;
  });
  const extensionPage = await session.extensionPage();
  await extensionPage.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // Chromium started with --load-extension leaves a reloaded extension off: turned on, it starts as an updated one.
  await until(
    async () => {
      const { enabled } = await manager.evaluate((id) => chrome.management.get(id), id);
      if (!enabled) await manager.evaluate((id) => chrome.management.setEnabled(id, true), id);
      return restarted;
    },
    Boolean,
    'the extension to start again',
  );
  await manager.close();
}

describe('a hostile page', () => {
  it("never hears the extension's id in a message posted to its window", async () => {
    const { page } = await open('form.html');
    const heard = await page.evaluate(() => (window as unknown as Instrumented).hostile.heard());
    expect(heard.filter((message) => message.includes(session.extensionId))).toEqual([]);
    await page.close();
  });

  it("cannot stop Impact Lens by faking a newer copy's start: typing is still checked and saved", async () => {
    const { page, url } = await open('form.html');
    // A store build's id is public: the page does not need to hear it to fake the event.
    await page.evaluate(
      (id) => (window as unknown as Instrumented).hostile.fakeScriptStart(id),
      session.extensionId,
    );
    expect(await page.evaluate(() => document.querySelector('impact-lens-overlay') !== null)).toBe(true);
    await page.locator('#outcomes').click();
    await page.keyboard.type(DEMO_ANSWERS.outcomes!);
    const field = await until(
      () => fieldOf(url, 'outcomes'),
      (f) => Boolean(f?.findings.some((x) => x.checkId === 'vague-outcome')),
      'findings after the faked start',
    );
    await until(
      () => draftOf(field!.key),
      (text) => text === DEMO_ANSWERS.outcomes,
      'the draft',
    );
    await page.close();
  });

  it('cannot open the findings with a key press of its own making; a real one opens them', async () => {
    const { page } = await open('form.html');
    await page.locator('#outcomes').focus();
    expect(
      await page.evaluate(() => (window as unknown as Instrumented).hostile.syntheticShortcut()),
    ).toEqual({ prevented: false, focusStayed: true });
    await page.keyboard.press('Alt+Shift+KeyI');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('impact-lens-overlay');
    await page.close();
  });

  it('cannot find any of the workbook’s findings with window.find while the findings are open', async () => {
    await storageSet(session, { workbook: demoWorkbook });
    try {
      const { page, url } = await open('form.html');
      await page.locator('#outcomes').click();
      await page.keyboard.insertText(DEMO_ANSWERS.outcomes!);
      await until(
        () => fieldOf(url, 'outcomes'),
        (f) =>
          ['toc-outcome-missing', 'claim-exceeds-evidence', 'vague-outcome'].every((id) =>
            f?.findings.some((x) => x.checkId === id),
          ),
        'the findings from the answer and from the workbook',
      );
      await page.keyboard.press('Alt+Shift+KeyI');
      const find = (text: string) =>
        page.evaluate((t) => (window as unknown as Instrumented).hostile.find(t), text);
      // The open findings are searchable: what they say of the answer alone is there to be found...
      expect(await find('cannot be checked')).toBe(true);
      // ...and nothing that the workbook decided: its outcome's id, or that a figure is beyond its data.
      expect(await find('outcome O4')).toBe(false);
      expect(await find('higher than your own data')).toBe(false);
      await page.close();
    } finally {
      await removeWorkbook();
    }
  });

  it('measures the same badge and the same findings whether a workbook is imported or not', async () => {
    // Beyond what the demo workbook's data support: one more finding with it than without.
    const claim =
      'By March 2027, 75% of leavers will be in education, employment or training six months after leaving.';
    const probe = async (workbook: boolean) => {
      if (workbook) await storageSet(session, { workbook: demoWorkbook });
      else await removeWorkbook();
      const { page, url } = await open('form.html');
      await page.evaluate(
        (text) => (window as unknown as Instrumented).hostile.write('outcomes', text),
        claim,
      );
      await until(
        () => fieldOf(url, 'outcomes'),
        (f) =>
          Boolean(f?.findings.some((x) => x.checkId === 'outcome-no-baseline')) &&
          Boolean(f?.findings.some((x) => x.checkId === 'claim-exceeds-evidence')) === workbook,
        `the findings ${workbook ? 'with' : 'without'} the workbook`,
      );
      await nextFrames(page);
      const badge = await page.evaluate(() =>
        (window as unknown as Instrumented).hostile.probeNear('outcomes'),
      );
      await page.locator('#outcomes').focus();
      await page.keyboard.press('Alt+Shift+KeyI');
      await nextFrames(page);
      const popover = await page.evaluate(() =>
        (window as unknown as Instrumented).hostile.probeBelow('outcomes'),
      );
      await page.close();
      return { badge, popover };
    };
    try {
      const without = await probe(false);
      const withWorkbook = await probe(true);
      expect(without.badge).not.toBeNull();
      expect(without.popover).toBeGreaterThan(0);
      expect(withWorkbook).toEqual(without);
    } finally {
      await removeWorkbook();
    }
  });

  it('that never stops changing still has a question it adds later found, checked and saved', async () => {
    const { page, url } = await open('storm.html');
    await page.evaluate(() =>
      (window as unknown as Instrumented).hostile.addQuestion(
        'followup',
        'Who are the young people you will work with?',
      ),
    );
    const field = await until(() => fieldOf(url, 'followup'), Boolean, 'the question added later');
    expect(field!.label).toBe('Who are the young people you will work with?');
    await page.close();
  });

  it('that never stops changing has what is typed into a question it just added saved', async () => {
    const { page, url } = await open('storm.html');
    await page.evaluate(() =>
      (window as unknown as Instrumented).hostile.addQuestion('late', 'What will you do with them?'),
    );
    await page.locator('#late').click();
    const text = 'We will meet each young person every week.';
    await page.keyboard.type(text);
    const field = await until(
      () => fieldOf(url, 'late'),
      (f) => f?.characters === text.length,
      'the question typed in',
    );
    await until(
      () => draftOf(field!.key),
      (draft) => draft === text,
      'its draft',
    );
    await page.close();
  });

  it('of 10,000 questions costs a keystroke one answer sent to be checked and at most one badge redrawn', async () => {
    const { page, url } = await open('many-fields.html', 10_000, 90);
    const extensionPage = await session.extensionPage();
    await extensionPage.evaluate(() => {
      const counted = window as unknown as Instrumented;
      counted.checks = [];
      chrome.runtime.onMessage.addListener((message: { type?: string; fields?: { key: string }[] }) => {
        if (message.type === 'impact/check') counted.checks.push((message.fields ?? []).map((f) => f.key));
      });
    });
    await exposeOverlayRoot(page, 'overlayRoot');
    await page.evaluate(() => {
      const counted = window as unknown as Instrumented;
      counted.redrawn = new Set();
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target;
          const element = node instanceof Element ? node : node.parentElement;
          const badge = element?.closest('.badge');
          if (badge) counted.redrawn.add(badge);
        }
      }).observe(counted.overlayRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.locator('#q5000').click();
    await nextFrames(page);
    await extensionPage.evaluate(() => {
      (window as unknown as Instrumented).checks = [];
    });
    await page.evaluate(() => (window as unknown as Instrumented).redrawn.clear());
    const typed = 'We ran 12.';
    for (const character of typed) await page.keyboard.type(character);
    const field = await until(
      () => fieldOf(url, 'q5000'),
      (f) => f?.characters === typed.length,
      'the typed answer',
      30,
    );
    await report(url); // waits for a check still under way
    await nextFrames(page);
    const checks = await extensionPage.evaluate(() => (window as unknown as Instrumented).checks);
    expect(checks.length).toBeGreaterThan(0);
    expect(new Set(checks.flat())).toEqual(new Set([field!.key]));
    expect(await page.evaluate(() => (window as unknown as Instrumented).redrawn.size)).toBeLessThanOrEqual(
      1,
    );
    await page.close();
  }, 180_000);
});

describe('when Impact Lens really is cut off from a page', () => {
  it('is started afresh in the page after a reload of the extension, and drafts go on being saved', async () => {
    const { page, url } = await open('form.html');
    await reloadExtension();
    await page.locator('#measurement').click();
    const text = 'We will survey every young person at the start and at the end.';
    await page.keyboard.type(text);
    const field = await until(
      () => fieldOf(url, 'measurement'),
      (f) => f?.characters === text.length,
      'the measurement answer, read by a fresh copy',
    );
    await until(
      () => draftOf(field!.key),
      (draft) => draft === text,
      'its draft',
    );
    expect(await page.evaluate(() => document.querySelectorAll('impact-lens-overlay').length)).toBe(1);
    await page.close();
  });

  it('tells the user in the page when it is turned off under them, instead of going quiet', async () => {
    const { page } = await open('form.html');
    await exposeOverlayRoot(page, 'overlayRoot');
    const manager = await extensionsManager();
    await manager.evaluate((id) => chrome.management.setEnabled(id, false), session.extensionId);
    await page.locator('#outcomes').click();
    await page.keyboard.type('We will');
    const notice = await until(
      () => page.evaluate(() => (window as unknown as Instrumented).overlayRoot.textContent ?? ''),
      (text) => text.includes('Impact Lens has stopped on this page'),
      'the notice',
    );
    expect(notice).toContain('Reload the page');
    // Findings that would no longer change are not left on screen.
    expect(
      await page.evaluate(
        () => (window as unknown as Instrumented).overlayRoot.querySelectorAll('.badge').length,
      ),
    ).toBe(0);
  });
});
