import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../extension/messaging';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import {
  type FirefoxSession,
  findFirefox,
  INSTALL_FIREFOX,
  launchFirefox,
  messageTab,
  overlayRoot,
  storageGet,
  tabId,
  until,
} from './firefox';

const FIREFOX = findFirefox();
const MISSING = `Firefox is not installed (neither FIREFOX_PATH nor firefox or firefox-esr on the PATH); install it with \`${INSTALL_FIREFOX}\` or set FIREFOX_PATH`;
if (!FIREFOX) console.warn(`Skipping the Firefox end-to-end suite: ${MISSING}.`);

const OUTCOMES = 'What difference will your project make? (max 250 words)';
const MEASUREMENT = 'How will you measure and evaluate your success? (max 200 words)';

let server: PortalServer;
let session: FirefoxSession;
let page: Page;
let url: string;

const report = () => messageTab<Report>(session, url, { type: 'impact/report' });
const field = async (id: string) => (await report()).fields.find((f) => f.key.includes(id));
const showStep = (step: string) => page.click(`nav.steps button[data-step="${step}"]`);

type Draft = { current: { text: string }; earlier: { text: string }[] };
const drafts = async () =>
  Object.entries(await storageGet(session, null)).filter(([k]) => k.startsWith('draft:')) as [
    string,
    Draft,
  ][];

/** The texts of the elements matching `selector` in the extension page `panel`. */
const textsIn = (panel: Page, selector: string) =>
  panel.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? ''));

/** The findings the side panel lists under the field of `label`, each as its message. */
const findingsInPanel = (panel: Page, label: string) =>
  panel.evaluate(
    (label) =>
      [...document.querySelectorAll('li.field')]
        .filter((f) => f.querySelector('h2, h3')?.textContent === label)
        .flatMap((f) => [...f.querySelectorAll('li.finding')])
        .map((finding) => {
          // The message is the item's own text: without its severity word and the suggestion under it.
          const message = finding.cloneNode(true) as Element;
          for (const extra of message.querySelectorAll('strong, p')) extra.remove();
          return message.textContent?.trim() ?? '';
        }),
    label,
  );

/** The first enabled button whose text starts with `text` in the draft of `label` (side panel, Drafts view). */
async function draftButton(
  panel: Page,
  label: string,
  text: string,
): Promise<ElementHandle<HTMLButtonElement>> {
  const find = () =>
    panel.evaluateHandle(
      (label, text) =>
        [...document.querySelectorAll('li.draft')]
          .filter((d) => d.querySelector('h2')?.textContent === label)
          .flatMap((d) => [...d.querySelectorAll('button')])
          .find((b) => !b.disabled && b.textContent?.startsWith(text)) ?? null,
      label,
      text,
    );
  const handle = await until(find, (h) => h.asElement() !== null, `"${text}" in the draft of "${label}"`);
  return handle.asElement() as ElementHandle<HTMLButtonElement>;
}

describe.skipIf(!FIREFOX)(
  FIREFOX
    ? 'the built extension in Firefox, on the demo funder application'
    : `the built extension in Firefox (skipped: ${MISSING})`,
  () => {
    beforeAll(async () => {
      server = await startPortalServer();
      session = await launchFirefox(FIREFOX!);
      page = await session.browser.newPage();
      url = `${server.url}demo-application.html`;
      await page.goto(url);
      // Focus moving in the form is how the content script notices a page of the form appearing; Firefox fires
      // focus events only in the focused window, as a user's would be.
      await page.bringToFront();
    }, 120_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('finds the answer fields of each page of the form with their labels, limits and kinds, and none of the decoys', async () => {
      const seen = new Map<string, Report['fields'][number]>();
      for (const [step, ids] of [
        ['1', ['summary', 'need']],
        ['2', ['beneficiaries', 'activities']],
        ['3', ['outcomes', 'measurement']],
        ['4', ['budget']],
      ] as const) {
        await showStep(step);
        const r = await until(
          report,
          (x) =>
            x.fields.length === ids.length && ids.every((id) => x.fields.some((f) => f.key.endsWith(id))),
          `the fields of page ${step}`,
        );
        for (const f of r.fields) seen.set(f.key.split(/[=#]/).pop()!, f);
      }
      expect(seen.get('summary')).toMatchObject({
        label: 'Summarise your project in a few sentences. (max 100 words)',
        kind: 'summary',
        limit: { max: 100, unit: 'words' },
      });
      expect(seen.get('activities')).toMatchObject({
        kind: 'activities',
        limit: { max: 2000, unit: 'characters' },
      });
      expect(seen.get('outcomes')).toMatchObject({
        label: OUTCOMES,
        kind: 'outcomes',
        limit: { max: 250, unit: 'words' },
      });
      expect(seen.get('budget')).toMatchObject({ kind: 'budget', limit: { max: 150, unit: 'words' } });
      expect([...seen.keys()].sort()).toEqual(
        ['activities', 'beneficiaries', 'budget', 'measurement', 'need', 'outcomes', 'summary'].sort(),
      );
    });

    it('checks an answer as it is typed, and shows its findings in the overlay beside the field', async () => {
      await showStep('3');
      await page.click('#outcomes');
      await page.keyboard.type(DEMO_ANSWERS.outcomes!);
      const outcomes = await until(
        () => field('outcomes'),
        (f) => (f?.findings.length ?? 0) >= 3,
        'findings on the outcomes answer',
      );
      expect(outcomes!.findings.map((f) => f.checkId)).toEqual(
        expect.arrayContaining(['output-as-outcome', 'vague-outcome']),
      );
      // Out of the page's <body>, which portals re-render.
      expect(
        await page.evaluate(
          () => document.querySelector('impact-lens-overlay')?.parentElement === document.documentElement,
        ),
      ).toBe(true);

      const root = await overlayRoot(page);
      const count = outcomes!.findings.length;
      const badge = await until(
        () => root.$(`button.badge[aria-label*="${OUTCOMES}"][aria-label*="${count} findings"]`),
        (b) => b !== null,
        `the outcomes badge with ${count} findings`,
      );
      expect(await badge!.evaluate((b) => b.textContent)).toMatch(new RegExp(`^${count}(issues|warnings)$`));
      await badge!.click();
      const popover = await until(
        () => root.$('.popover[role="dialog"]'),
        (p) => p !== null,
        'the findings popover',
      );
      expect(await popover!.evaluate((p) => p.getAttribute('aria-label'))).toBe(`Impact Lens: ${OUTCOMES}`);
      const shown = await popover!.$$eval('li > span:nth-child(2)', (spans) =>
        spans.map((s) => s.textContent),
      );
      expect(shown.sort()).toEqual(outcomes!.findings.map((f) => f.message).sort());
      await page.keyboard.press('Escape');
      await until(
        () => root.$('.popover'),
        (p) => p === null,
        'the popover to close',
      );
    });

    it('keeps the drafts across a reload, and the reloaded page does not overwrite them', async () => {
      const answer = 'We will survey every young person at the start and end.';
      await showStep('3');
      await page.click('#measurement');
      await page.keyboard.type(answer);
      // At once, well within the half second the drafts wait while the user types: only the save on unload keeps it.
      await page.reload();
      await showStep('3');
      await until(
        report,
        (r) => ['outcomes', 'measurement'].every((id) => r.fields.some((f) => f.key.endsWith(id))),
        'the fields of page 3 after the reload',
      );
      const kept = Object.fromEntries(
        (await drafts()).map(([k, v]) => [k.split(/[=#]/).pop(), v.current.text]),
      );
      expect(kept).toEqual({ outcomes: DEMO_ANSWERS.outcomes, measurement: answer });
    });

    it('the side panel page, opened for the tab, puts a draft back into its emptied field and lists its findings', async () => {
      // The reload emptied the rich-text outcomes field: its draft is all that is left of the answer.
      expect(await page.$eval('#outcomes', (e) => e.textContent)).toBe('');
      const panel = await session.openExtensionPage(`sidepanel.html?tab=${await tabId(session, url)}`);
      await page.bringToFront();
      await until(
        // A field is headed h2 alone on its page, h3 under its page's heading when the form has other steps.
        () => textsIn(panel, 'li.field :is(h2, h3)'),
        (headings) => headings.includes(OUTCOMES) && headings.includes(MEASUREMENT),
        'the page’s fields in the side panel',
      );

      await panel.click('#tab-Drafts');
      await until(
        () => textsIn(panel, 'li.draft h2'),
        (headings) => headings.includes(OUTCOMES),
        'the outcomes draft in the side panel',
      );
      await (await draftButton(panel, OUTCOMES, 'Compare')).click();
      await (await draftButton(panel, OUTCOMES, 'Restore this version')).click();
      await until(
        () => page.$eval('#outcomes', (e) => e.textContent),
        (text) => text === DEMO_ANSWERS.outcomes,
        'the draft restored into the field',
      );
      const outcomes = await until(
        () => field('outcomes'),
        (f) => (f?.findings.length ?? 0) >= 3,
        'findings on the restored answer',
      );

      await panel.click('#tab-Fields');
      const listed = await until(
        () => findingsInPanel(panel, OUTCOMES),
        (messages) => messages.length === outcomes!.findings.length,
        'the outcomes findings in the side panel',
      );
      expect(listed.sort()).toEqual(outcomes!.findings.map((f) => f.message).sort());
      await panel.close();
    });

    it('keeps the draft of text typed just before its tab is closed', async () => {
      const answer = 'Young people shape every part of the programme, from its aims to its budget.';
      const closingUrl = `${url}?closing`;
      const closing = await session.browser.newPage();
      await closing.goto(closingUrl);
      await closing.bringToFront();
      await until(
        // Until its content script runs, the tab has no one to answer.
        () => messageTab<Report>(session, closingUrl, { type: 'impact/report' }).catch(() => undefined),
        (r) => r?.fields.some((f) => f.key.endsWith('summary')) ?? false,
        'the summary field in the tab to be closed',
      );
      await closing.click('#summary');
      await closing.keyboard.type(answer);
      // Closed as a user closes a tab, asking the page first (beforeunload). Closed by the remote agent without
      // asking, which no user can do, Firefox may take the page down before its pagehide save reaches the background.
      await closing.close({ runBeforeUnload: true });
      await page.bringToFront();
      await until(
        drafts,
        (all) => all.some(([k, v]) => k.endsWith('summary') && v.current.text === answer),
        'the summary draft of the closed tab',
      );
    });
  },
);
