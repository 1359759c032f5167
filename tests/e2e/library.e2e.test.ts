import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../core/text/count';
import type { Report } from '../../extension/messaging';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import {
  type ExtensionSession,
  exposeOverlayRoot,
  launchWithExtension,
  messageTab,
  storageGet,
} from './harness';

let server: PortalServer;
let session: ExtensionSession;

const ANSWER =
  'By March 2027, 60% of the young people we work with will be in work, education or training, up from 45% last year.';
const SAVED_QUESTION = 'What difference will your project make? (max 250 words)';

beforeAll(async () => {
  server = await startPortalServer();
  session = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(pageName: string, editors = false): Promise<{ page: Page; url: string }> {
  const page = await session.context.newPage();
  const url = `${server.url}${pageName}`;
  await page.goto(url);
  if (editors) await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
  return { page, url };
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8_000;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

const reportOf = async (url: string, label: string): Promise<Report> =>
  (await until(
    () => messageTab<Report>(session, url, { type: 'impact/report' }).catch(() => undefined),
    (r) => r?.fields.some((f) => f.label === label) ?? false,
    `the field "${label}" on ${url}`,
  ))!;

/** The side panel, opened as a tab, for the tab showing `url`. */
async function panelFor(url: string): Promise<Page> {
  const tabId = await (await session.extensionPage()).evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** In the Library view: chooses the field, finds the saved answer among the suggestions, checks its length, inserts. */
async function insertSuggestion(panel: Page, fieldLabel: string, length: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Library' }).click();
  await panel.getByLabel('Insert into').selectOption({ label: fieldLabel.slice(0, 60) });
  const suggested = panel.getByRole('region', { name: 'Suggested for this field' });
  const entry = suggested
    .getByRole('listitem')
    .filter({ has: panel.getByRole('heading', { name: SAVED_QUESTION }) });
  expect(await entry.locator('.length').textContent()).toBe(length);
  await entry.getByRole('button', { name: 'Insert' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: `Inserted into "${fieldLabel}".` })
    .waitFor();
}

describe('the answer library in the built extension', () => {
  it('saves an answer from the Fields view and suggests it for another field, with its length against that field’s limit, inserting it into a textarea, TinyMCE and CKEditor 5', async () => {
    // Save: the answer typed into a Submittable textarea, then "Save to library" on that field.
    const source = await open('submittable.html');
    const report = await reportOf(source.url, SAVED_QUESTION);
    const saved = report.fields.find((f) => f.label === SAVED_QUESTION)!;
    await source.page.locator('[name="formFields[8412302].value"]').fill(ANSWER);
    await until(
      async () => (await storageGet(session, [`draft:${saved.key}`]))[`draft:${saved.key}`],
      (d) => (d as { current?: { text: string } } | undefined)?.current?.text === ANSWER,
      'the draft of the answer',
    );
    const panel = await panelFor(source.url);
    await panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('heading', { name: SAVED_QUESTION }) })
      .getByRole('button', { name: 'Save to library' })
      .click();
    await panel.getByRole('status').filter({ hasText: 'to your library' }).waitFor();
    const stored = (await storageGet(session, ['library'])).library as { text: string; portal: string }[];
    expect(stored).toMatchObject([{ text: ANSWER, portal: '127.0.0.1' }]);
    await panel.close();

    const words = countWords(ANSWER);
    // A textarea whose limit is in words.
    const forms = await open('google-forms.html');
    const formsLabel = 'What difference will your project make?';
    await reportOf(forms.url, formsLabel);
    const formsPanel = await panelFor(forms.url);
    await insertSuggestion(formsPanel, formsLabel, `${words} of 250 words`);
    expect(await forms.page.locator('textarea[aria-labelledby="i7"]').inputValue()).toBe(ANSWER);
    await formsPanel.close();

    // TinyMCE, whose limit is in characters, and CKEditor 5: through their own input paths.
    for (const [pageName, label, editorId, length] of [
      [
        'tinymce.html',
        '2. What difference will your project make?',
        'difference',
        `${ANSWER.length.toLocaleString('en-GB')} of 2,500 characters`,
      ],
      ['ckeditor5.html', SAVED_QUESTION, 'outcomes', `${words} of 250 words`],
    ] as const) {
      const target = await open(pageName, true);
      await reportOf(target.url, label);
      const targetPanel = await panelFor(target.url);
      await insertSuggestion(targetPanel, label, length);
      const inEditor = await target.page.evaluate(
        (id) => (window as unknown as { editorText(id?: string): string }).editorText(id),
        editorId,
      );
      expect(inEditor.trim(), pageName).toBe(ANSWER);
      await targetPanel.close();
      await target.page.close();
    }
  }, 90_000);

  it('saves a draft to the library from the Drafts view, with the kind and limit of its field on the page', async () => {
    // The draft is the one typed in the test above.
    const source = await open('submittable.html');
    await reportOf(source.url, SAVED_QUESTION);
    const panel = await panelFor(source.url);
    await panel.getByRole('tab', { name: 'Drafts' }).click();
    // CKEditor 5's field has the same label: its draft, from the insert above, is on another page.
    await panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('heading', { name: SAVED_QUESTION }) })
      .filter({ hasText: 'on this page' })
      .getByRole('button', { name: 'Save to library' })
      .click();
    await panel.getByRole('status').filter({ hasText: 'Saved the draft of' }).waitFor();
    const stored = (await storageGet(session, ['library'])).library as { text: string; question: unknown }[];
    expect(stored).toHaveLength(2);
    expect(stored[1]).toMatchObject({
      text: ANSWER,
      question: { label: SAVED_QUESTION, kind: 'outcomes', limit: { max: 250, unit: 'words' } },
    });
    await panel.close();
    await source.page.close();
  });

  it('saves the answer in a field from the popover beside its badge, from the keyboard, saying so only in the popover', async () => {
    const typed =
      'Of the 109 young people who left us last year, 62 were in education, employment or training six months on.';
    // An address of its own: the first test's page at submittable.html is still open.
    const source = await open('submittable.html?popover');
    const report = await reportOf(source.url, SAVED_QUESTION);
    const field = report.fields.find((f) => f.label === SAVED_QUESTION)!;
    const textarea = source.page.locator('[name="formFields[8412302].value"]');
    await textarea.fill(typed);
    await until(
      () => messageTab<Report>(session, source.url, { type: 'impact/report' }),
      (r) => r.fields.find((f) => f.key === field.key)?.characters === typed.length,
      'the typed answer, checked',
    );
    await exposeOverlayRoot(source.page, 'overlayRoot');
    const said = () =>
      source.page.evaluate(
        () =>
          (window as unknown as { overlayRoot: ShadowRoot }).overlayRoot.querySelector(
            '.popover [role="status"]',
          )?.textContent ?? '',
      );
    // Alt+Shift+I in the field opens its popover on "Open side panel"; Tab moves to "Save to library".
    await textarea.focus();
    await source.page.keyboard.press('Alt+Shift+KeyI');
    await source.page.keyboard.press('Tab');
    expect(
      await source.page.evaluate(
        () => (window as unknown as { overlayRoot: ShadowRoot }).overlayRoot.activeElement?.textContent,
      ),
    ).toBe('Save to library');
    await source.page.keyboard.press('Enter');
    expect(await until(said, (text) => text !== '', 'the popover’s confirmation')).toBe(
      'Saved to your library.',
    );

    const stored = (await storageGet(session, ['library'])).library as Record<string, unknown>[];
    expect(stored).toHaveLength(3);
    expect(stored[2]).toMatchObject({
      text: typed,
      question: { label: SAVED_QUESTION, kind: 'outcomes', limit: { max: 250, unit: 'words' } },
      portal: '127.0.0.1',
      source: 'mine',
    });
    // The page itself sees nothing of it: the overlay's root is closed, and nothing else was drawn into the page.
    expect(
      await source.page.evaluate(() => ({
        root: document.querySelector('impact-lens-overlay')?.shadowRoot ?? null,
        said: document.documentElement.textContent?.includes('Saved to your library') ?? false,
      })),
    ).toEqual({ root: null, said: false });
    await source.page.close();
  });
});
