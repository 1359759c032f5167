import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../extension/messaging';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import {
  type ExtensionSession,
  fillStorage,
  freeStorage,
  launchWithExtension,
  messageTab,
  overlayNotice,
  storageGet,
} from './harness';

/*
 * Every way a draft can be lost, in Chromium with the test build: each test types real keystrokes, does what a
 * user or a portal does next, and finds every character again in what the extension stored. The pages are in
 * tests/fixtures/drafts/.
 */

const DRAFTS_DIR = join(import.meta.dirname, '..', 'fixtures', 'drafts');
const E2E_TIMEOUT = 90_000;

const SUMMARY = 'Summarise your project in a few sentences. (max 100 words)';
const OUTCOMES = 'What difference will your project make? (max 250 words)';
const BUDGET = 'Explain your budget. (max 150 words)';
const NOTES = 'Notes for the assessor (max 200 words)';

let server: PortalServer;
let session: ExtensionSession;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startPortalServer(DRAFTS_DIR);
  session = await launchWithExtension();
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

beforeEach(async () => {
  await session.worker.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('draft:'));
    await chrome.storage.local.remove(keys);
  });
});

afterEach(async () => {
  for (const page of pages.splice(0)) if (!page.isClosed()) await page.close();
});

interface StoredDraft {
  label: string;
  current: { text: string };
  earlier: { text: string }[];
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Every draft stored, by its field's label (each label is on one page only). */
async function drafts(): Promise<Map<string, StoredDraft>> {
  const stored = await storageGet(session, null);
  const out = new Map<string, StoredDraft>();
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith('draft:')) out.set((value as StoredDraft).label, value as StoredDraft);
  }
  return out;
}

/** Every text kept for the field with this label: its latest and its earlier versions. */
async function textsOf(label: string): Promise<string[]> {
  const draft = (await drafts()).get(label);
  return draft ? [draft.current.text, ...draft.earlier.map((v) => v.text)] : [];
}

const report = (page: Page) => messageTab<Report>(session, page.url(), { type: 'impact/report' });

/** A new tab on a fixture page, once Impact Lens has found its fields. */
async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(`${server.url}${path}`);
  await until(
    () => report(page),
    (r) => r.fields.length > 0,
    `the fields of ${path}`,
  );
  return page;
}

/** Types at the end of a field with real keystrokes. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.click(selector);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Text arriving at once, as a paste does, with the input event a paste sends. */
async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(
    selector,
    (field, text) => {
      (field as HTMLTextAreaElement).value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

async function tabIdOf(page: Page): Promise<number> {
  const extensionPage = await session.extensionPage();
  const id = await extensionPage.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    page.url(),
  );
  if (id === undefined) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

const SUMMARY_TEXT =
  'We will run a weekly homework club for 40 young carers in Northfield, with £12,000 from the fund — and a mentor for each of them.';
const OUTCOMES_TEXT =
  'Young carers will keep up at school: we expect 30 of the 40 to move up a grade in English or maths by July.';

describe('no draft is lost', () => {
  it(
    'after a reload straight after typing',
    async () => {
      const page = await open('form.html');
      await typeInto(page, '#summary', SUMMARY_TEXT);
      await page.reload();
      await until(
        () => textsOf(SUMMARY),
        (texts) => texts[0] === SUMMARY_TEXT,
        'the summary draft',
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'after closing the tab straight after typing',
    async () => {
      const page = await open('form.html');
      await typeInto(page, '#outcomes', OUTCOMES_TEXT);
      await page.close();
      await until(
        () => textsOf(OUTCOMES),
        (texts) => texts[0] === OUTCOMES_TEXT,
        'the outcomes draft',
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'after following a link away straight after typing',
    async () => {
      const page = await open('form.html');
      await typeInto(page, '#summary', SUMMARY_TEXT);
      await page.click('#leave');
      await page.waitForURL(/left\.html$/);
      await until(
        () => textsOf(SUMMARY),
        (texts) => texts[0] === SUMMARY_TEXT,
        'the summary draft',
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'when the portal clears the form straight after typing',
    async () => {
      const page = await open('form.html');
      await typeInto(page, '#outcomes', OUTCOMES_TEXT);
      await page.evaluate(() => (window as unknown as { portalTimeout(): void }).portalTimeout());
      expect(await page.inputValue('#outcomes')).toBe('');
      const texts = await until(
        () => textsOf(OUTCOMES),
        (texts) => texts[0] === '' && texts.length > 1,
        'the cleared field saved',
      );
      expect(texts).toContain(OUTCOMES_TEXT);
    },
    E2E_TIMEOUT,
  );

  it(
    'when two tabs of one form are typed in, the second before the first saves again',
    async () => {
      const first = await open('form.html?tab=1');
      const second = await open('form.html?tab=2');
      const firstText = 'Typed in the first tab: the homework club meets on Tuesdays and Thursdays.';
      const secondText = 'Typed in the second tab: the club meets twice a week after school.';
      await typeInto(first, '#summary', firstText);
      await until(
        () => textsOf(SUMMARY),
        (texts) => texts[0] === firstText,
        'the first tab’s draft',
      );
      await typeInto(second, '#summary', secondText);
      const texts = await until(
        () => textsOf(SUMMARY),
        (texts) => texts[0] === secondText,
        'the second tab’s draft',
      );
      expect(texts).toContain(firstText);
    },
    E2E_TIMEOUT,
  );

  it(
    'when the storage is full: it is kept as soon as there is room, without another keystroke',
    async () => {
      const page = await open('form.html');
      await fillStorage(session);
      try {
        await typeInto(page, '#budget-notes', 'Most of the money pays two part-time youth workers.');
        await until(
          () => report(page),
          (r) => r.draftsUnsaved === true,
          'the unsaved-drafts notice',
        );
        expect(await textsOf(BUDGET)).toEqual([]);
      } finally {
        await freeStorage(session);
      }
      await until(
        () => textsOf(BUDGET),
        (texts) => texts[0] === 'Most of the money pays two part-time youth workers.',
        'the budget draft, once there is room',
      );
      await until(
        () => report(page),
        (r) => r.draftsUnsaved === undefined,
        'the notice gone',
      );
    },
    E2E_TIMEOUT,
  );

  it(
    'when one field is too big for the storage: the others are saved, and that one is named on the page and in the side panel',
    async () => {
      const page = await open('form.html');
      await fillStorage(session, 200_000);
      try {
        const giant = 'Line 14: two part-time youth workers, 15 hours a week, £9,360 a year each. '.repeat(
          6_000,
        );
        await pasteInto(page, '#budget-notes', giant);
        await typeInto(page, '#summary', SUMMARY_TEXT);
        await typeInto(page, '#outcomes', OUTCOMES_TEXT);
        await until(
          () => textsOf(SUMMARY),
          (texts) => texts[0] === SUMMARY_TEXT,
          'the summary draft',
        );
        await until(
          () => textsOf(OUTCOMES),
          (texts) => texts[0] === OUTCOMES_TEXT,
          'the outcomes draft',
        );
        expect(await textsOf(BUDGET)).toEqual([]);
        expect((await report(page)).draftsUnsaved).toBe(true);
        expect(await overlayNotice(page)).toContain(BUDGET);

        const panel = await session.context.newPage();
        pages.push(panel);
        await panel.goto(
          `chrome-extension://${session.extensionId}/sidepanel.html?tab=${await tabIdOf(page)}`,
        );
        await panel.getByRole('tab', { name: 'Drafts' }).click();
        const unsaved = panel.getByRole('list', { name: 'Fields whose drafts are not saved' });
        await unsaved.getByText(BUDGET).waitFor();
        expect(await unsaved.getByRole('listitem').allTextContents()).toEqual([BUDGET]);
      } finally {
        await freeStorage(session);
      }
    },
    E2E_TIMEOUT,
  );
});

describe('what is never kept', () => {
  const PASSWORD = 'correct horse battery staple';

  /** Types in an ordinary field twice, waiting each time for its draft: whatever was to be saved before is saved. */
  async function saveSomethingElse(page: Page): Promise<void> {
    await typeInto(page, '#outcomes', 'Young carers will keep up at school.');
    await until(
      () => textsOf(OUTCOMES),
      (t) => t[0] === 'Young carers will keep up at school.',
      'a draft',
    );
    await typeInto(page, '#outcomes', ' All of them.');
    await until(
      () => textsOf(OUTCOMES),
      (t) => t[0]?.endsWith('All of them.') === true,
      'another draft',
    );
  }

  it(
    'a password shown by "Show password", a masked field, and fields asking for a secret or an identity number',
    async () => {
      const page = await open('secrets.html');
      await typeInto(page, '#password', PASSWORD);
      await page.click('#show-password');
      expect(await page.getAttribute('#password', 'type')).toBe('text');
      await typeInto(page, '#password', ' 42');
      await typeInto(page, '#memorable', 'The place I grew up: Whitby');
      await typeInto(page, '#ni-number', 'QQ 12 34 56 C');
      await typeInto(page, '#security-answer', 'Mrs Miggins');
      await saveSomethingElse(page);

      expect((await report(page)).fields.map((f) => f.label)).toEqual([NOTES, OUTCOMES]);
      const stored = JSON.stringify(await storageGet(session, null));
      for (const secret of [PASSWORD, 'Whitby', 'QQ 12 34 56 C', 'Mrs Miggins']) {
        expect(stored).not.toContain(secret);
      }
    },
    E2E_TIMEOUT,
  );

  it(
    'a field masked after its draft was saved: the draft and its versions are deleted',
    async () => {
      const page = await open('secrets.html');
      await typeInto(page, '#notes', 'Our treasurer’s memorable word is marmalade.');
      await until(
        () => textsOf(NOTES),
        (t) => t[0]?.endsWith('marmalade.') === true,
        'the notes draft',
      );
      await page.$eval('#notes', (notes) => notes.classList.add('masked'));
      await typeInto(page, '#notes', ' Or it was.');
      await until(
        () => textsOf(NOTES),
        (t) => t.length === 0,
        'the notes draft deleted',
      );
      await saveSomethingElse(page);
      expect(JSON.stringify(await storageGet(session, null))).not.toContain('marmalade');
    },
    E2E_TIMEOUT,
  );
});
