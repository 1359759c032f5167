import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../extension/messaging';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import { type ExtensionSession, launchWithExtension, messageTab, storageGet } from './harness';

/*
 * One application over three pages, each a document of its own (tests/fixtures/portals/apply/): the answer typed on
 * page 1 is kept by the background across the pages and a reload, and compared with the one typed on page 3.
 */

const PAGE_1_ANSWER = 'We will support 120 young people from the estate.';
const PAGE_2_ANSWER = 'Weekly sessions at the youth centre, with a mentor for each young person.';
const PAGE_3_ANSWER = 'We will work with 150 young people, and most will find training or work.';
const PAGE_1_QUESTION = 'Who will benefit from your project? (max 200 words)';

let server: PortalServer;
let session: ExtensionSession;
let page: Page;

const stepUrl = (n: number) => `${server.url}apply/step-${n}.html`;
const report = () => messageTab<Report>(session, page.url(), { type: 'impact/report' });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8_000;
  let last: T | undefined;
  for (;;) {
    // The content script of a page just loaded may not answer yet.
    last = await read().catch(() => undefined);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types into the page's one answer field with real keystrokes, and waits until the checks have its words. */
async function answer(id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.keyboard.type(text);
  await until(
    report,
    (r) => r.fields[0]?.words === text.split(/\s+/).length,
    `the words typed into #${id} to be checked`,
  );
}

async function seriousViolations(target: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which extension pages' content security policy does not block.
  await target.evaluate(axe.source);
  return target.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

beforeAll(async () => {
  server = await startPortalServer();
  session = await launchWithExtension();
  page = await session.context.newPage();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('an application over three pages, each loaded afresh', () => {
  it('keeps the answer of page 1 across page 2 and its reload', async () => {
    await page.goto(stepUrl(1));
    await until(report, (r) => r.fields.length === 1, 'the field of page 1');
    await answer('beneficiaries', PAGE_1_ANSWER);

    await page.click('#next');
    await page.waitForURL(stepUrl(2));
    await page.reload();
    const reloaded = await until(
      report,
      (r) => r.fields.length === 1 && (r.otherPages?.length ?? 0) === 1,
      "page 1's answer in the report of page 2, after its reload",
    );
    expect(reloaded.otherPages?.[0]).toMatchObject({
      url: stepUrl(1),
      title: 'Step 1 of 3: Who will benefit · Community Grants 2027',
      fields: [{ label: PAGE_1_QUESTION, words: PAGE_1_ANSWER.split(' ').length }],
    });
    await answer('activities', PAGE_2_ANSWER);
  });

  it('compares the figure typed on page 3 with the one on page 1, naming its question', async () => {
    await page.click('#next');
    await page.waitForURL(stepUrl(3));
    await until(report, (r) => r.fields.length === 1, 'the field of page 3');
    await answer('outcomes', PAGE_3_ANSWER);
    const checked = await until(
      report,
      (r) => Boolean(r.fields[0]?.findings.some((f) => f.checkId === 'inconsistent-numbers')),
      'the inconsistent figures',
    );
    const clash = checked.fields[0]!.findings.find((f) => f.checkId === 'inconsistent-numbers')!;
    expect(clash.message).toContain(`150 young people here, but 120 in the answer to "${PAGE_1_QUESTION}"`);
    // Page 1's answer has its side of the disagreement too, listed under its page.
    expect(checked.otherPages?.map((p) => p.url)).toEqual([stepUrl(1), stepUrl(2)]);
    const first = checked.otherPages![0]!.fields[0]!;
    expect(first.findings.map((f) => f.checkId)).toContain('inconsistent-numbers');
    // Kept by the extension, in its own storage: nothing reached the page or left the machine.
    const stored = await storageGet(session, null);
    const application = Object.entries(stored).find(([key]) => key.startsWith('application:'));
    expect(application?.[0]).toBe(`application:${server.url}apply/`);
    expect(await page.locator('#beneficiaries').count()).toBe(0);
    expect(await page.locator('#outcomes').inputValue()).toBe(PAGE_3_ANSWER);
    expect(session.outsideRequests).toEqual([]);
  });

  it("lists every page's answers in the side panel with the application's progress, accessibly and by keyboard", async () => {
    const tabId = await (await session.extensionPage()).evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      stepUrl(3),
    );
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('heading', { name: 'This page' }).waitFor();
    const progress = await panel.locator('.progress').textContent();
    expect(progress).toMatch(/^Answered 3 of 3 questions · 0 over their limit · no errors, \d+ warnings?, /);
    const headings = await panel.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'This page',
      'Step 1 of 3: Who will benefit · Community Grants 2027',
      'Step 2 of 3: What you will do · Community Grants 2027',
    ]);
    const pageOne = panel.getByRole('region', {
      name: 'Step 1 of 3: Who will benefit · Community Grants 2027',
    });
    await pageOne.getByRole('heading', { name: PAGE_1_QUESTION }).waitFor();
    await pageOne.getByText(/Says 120 young people here, but 150/).waitFor();
    await panel
      .getByRole('region', { name: 'This page' })
      .getByText(/Says 150 young people here, but 120/)
      .waitFor();
    expect(await seriousViolations(panel)).toEqual([]);

    // Keyboard alone: Tab to this page's "Go to field", and Enter takes the page's focus to the answer.
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'Go to field'; presses++) {
      await panel.keyboard.press('Tab');
      focused = await panel.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Go to field');
    await panel.keyboard.press('Enter');
    await until(
      () => page.evaluate(() => document.activeElement?.id ?? ''),
      (id) => id === 'outcomes',
      'focus in the answer of page 3',
    );
    await panel.close();
  });
});
