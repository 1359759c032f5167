import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { demoWorkbook } from '../../core/demo/workbook';
import { explainIndicator } from '../../core/insight/explain';
import { todayIso } from '../../core/util/calendar';
import { jsonLocator } from '../../core/workbook/places';
import type { Report } from '../../extension/messaging';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import {
  type ExtensionSession,
  ensureStoreBuild,
  launchWithExtension,
  messageTab,
  storageGet,
  storageSet,
} from './harness';

let server: PortalServer;
let session: ExtensionSession;
let page: Page;
let url: string;

const report = () => messageTab<Report>(session, url, { type: 'impact/report' });
const field = async (id: string) => (await report()).fields.find((f) => f.key.includes(id));

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8_000;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

async function seriousViolations(target: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which extension pages' content security policy does not block.
  await target.evaluate(axe.source);
  const result = await target.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
  return result;
}

beforeAll(async () => {
  server = await startPortalServer();
  session = await launchWithExtension();
  page = await session.context.newPage();
  url = `${server.url}demo-application.html`;
  await page.goto(url);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the built extension in Chromium, on the demo funder application', () => {
  it('asks for no site at install: the store build has no host permission and no static content script', () => {
    const manifest = JSON.parse(readFileSync(join(ensureStoreBuild(), 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
  });

  it('finds the answer fields of each page of the form with their labels, limits and kinds, and none of the decoys', async () => {
    const seen = new Map<string, Report['fields'][number]>();
    for (const [step, ids] of [
      ['1', ['summary', 'need']],
      ['2', ['beneficiaries', 'activities']],
      ['3', ['outcomes', 'measurement']],
      ['4', ['budget']],
    ] as const) {
      await page.click(`nav.steps button[data-step="${step}"]`);
      // Fields on hidden pages are skipped; a page of the form that appears is found again.
      const r = await until(
        report,
        (x) => x.fields.length === ids.length && ids.every((id) => x.fields.some((f) => f.key.endsWith(id))),
        `the fields of page ${step}`,
      );
      for (const f of r.fields) seen.set(f.key.split(/[=#]/).pop()!, f);
    }
    expect(seen.get('summary')).toMatchObject({
      label: 'Summarise your project in a few sentences. (max 100 words)',
      kind: 'summary',
      limit: { max: 100, unit: 'words' },
    });
    expect(seen.get('need')).toMatchObject({ kind: 'need', limit: { max: 300, unit: 'words' } });
    expect(seen.get('activities')).toMatchObject({
      kind: 'activities',
      limit: { max: 2000, unit: 'characters' },
    });
    expect(seen.get('outcomes')).toMatchObject({
      label: 'What difference will your project make? (max 250 words)',
      kind: 'outcomes',
      limit: { max: 250, unit: 'words' },
    });
    expect(seen.get('measurement')).toMatchObject({ kind: 'measurement' });
    expect(seen.get('budget')).toMatchObject({ kind: 'budget', limit: { max: 150, unit: 'words' } });
    expect(seen.size).toBe(7);
    for (const decoy of ['org_name', 'contact_email', 'b_staff', 'b_venue'])
      expect(seen.has(decoy), decoy).toBe(false);
  });

  it('checks answers as they are typed, with real keystrokes', async () => {
    await page.click('nav.steps button[data-step="3"]');
    await page.locator('#outcomes').click();
    await page.keyboard.type(DEMO_ANSWERS.outcomes!);
    const outcomes = await until(
      () => field('outcomes'),
      (f) => (f?.findings.length ?? 0) >= 3,
      'findings on the outcomes answer',
    );
    const ids = outcomes!.findings.map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['output-as-outcome', 'vague-outcome']));
    expect(outcomes!.words).toBe(DEMO_ANSWERS.outcomes!.split(/\s+/).length);
  });

  it('checks against the imported workbook, and keeps its figures out of the page', async () => {
    await storageSet(session, { workbook: demoWorkbook });
    await messageTab(session, url, { type: 'impact/refresh' });
    const outcomes = await until(
      () => field('outcomes'),
      (f) => Boolean(f?.findings.some((x) => x.checkId === 'claim-exceeds-evidence')),
      'the evidence check',
    );
    const claim = outcomes!.findings.find((f) => f.checkId === 'claim-exceeds-evidence')!;
    expect(claim.evidence).toMatch(/95% CI 48–66%/);
    const pageText = await page.evaluate(() => document.documentElement.outerHTML);
    expect(pageText).not.toContain('95% CI');
  });

  it('keeps a draft that survives a reload made straight after typing', async () => {
    await page.click('nav.steps button[data-step="3"]');
    await page.locator('#measurement').click();
    await page.keyboard.type('We will survey every young person at the start and end.');
    await page.reload();
    const stored = await until(
      () => storageGet(session, null),
      (all) =>
        Object.entries(all).some(
          ([k, v]) =>
            k.startsWith('draft:') &&
            k.includes('measurement') &&
            (v as { current: { text: string } }).current.text.endsWith('start and end.'),
        ),
      'the measurement draft',
    );
    expect(Object.keys(stored).filter((k) => k.startsWith('draft:')).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the earlier text when the portal clears the form, and restores it through the field', async () => {
    await page.click('nav.steps button[data-step="1"]');
    await page.locator('#summary').click();
    await page.keyboard.type(DEMO_ANSWERS.summary!);
    await page.waitForTimeout(700);
    // A portal timing out and clearing the form: the value goes, with an input event as frameworks send it.
    await page.evaluate(() => {
      const summary = document.getElementById('summary') as HTMLTextAreaElement;
      summary.value = '';
      summary.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const key = (await field('summary'))!.key;
    const record = await until(
      async () =>
        (await storageGet(session, [`draft:${key}`]))[`draft:${key}`] as
          | { current: { text: string }; earlier: { text: string }[] }
          | undefined,
      (r) => r !== undefined && r.current.text === '' && r.earlier.length > 0,
      'the earlier version',
    );
    expect(record!.earlier[0]!.text).toBe(DEMO_ANSWERS.summary);
    expect(
      await messageTab(session, url, {
        type: 'impact/apply-text',
        key,
        text: record!.earlier[0]!.text,
        mode: 'replace',
      }),
    ).toBe(true);
    expect(await page.locator('#summary').inputValue()).toBe(DEMO_ANSWERS.summary);
  });

  it('the side panel, opened as a tab, renders the page’s fields and has no serious accessibility violations', async () => {
    const tabId = await (await session.extensionPage()).evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    await page.click('nav.steps button[data-step="3"]');
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel
      .getByRole('heading', { name: 'What difference will your project make? (max 250 words)' })
      .waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('tab', { name: 'Evidence' }).click();
    await panel.getByText('57% of leavers in education, employment or training').first().waitFor();
    // The day the panel explains by is the checks' day: today, as here.
    const { paragraph } = explainIndicator(demoWorkbook, 'I5', { asOf: todayIso() });
    const explained = panel.getByRole('region', { name: 'I5 explained' });
    expect(await explained.locator('p').textContent()).toBe(paragraph);
    await explained.getByRole('button', { name: 'Copy paragraph' }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('tab', { name: 'Drafts' }).click();
    await panel.getByRole('button', { name: 'Clear all drafts' }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('the side panel lists the workbook checks with their places, reached by keyboard alone', async () => {
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Fields' }).focus();
    await panel.keyboard.press('ArrowRight');
    const health = panel.getByRole('region', { name: 'Workbook health' });
    await health.waitFor();
    // The next stop after the view's tab is the section's summary; the workbook was imported as a file (a JSON path).
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await panel.locator('.health details[open]').waitFor();
    const listed = await health.locator('ul.findings > li').evaluateAll((items) =>
      items.map((li) => ({
        severity: li.closest('ul')?.getAttribute('aria-label'),
        text: li.querySelector('p')?.textContent,
        checkId: li.querySelector('code')?.textContent,
      })),
    );
    const heading = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;
    const findings = checkWorkbook(demoWorkbook, { asOf: todayIso(), locate: jsonLocator });
    expect(findings.length).toBeGreaterThan(0);
    expect(listed).toEqual(
      findings.map((f) => ({
        severity: heading[f.severity],
        text: `${f.place}: ${f.message}`,
        checkId: f.checkId,
      })),
    );
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await health.locator('.rule-doc[open]').getByText('How to fix it').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('the side panel follows the page as it changes, told by the page rather than polling it', async () => {
    const tabId = await (await session.extensionPage()).evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    await page.click('nav.steps button[data-step="3"]');
    const panel = await session.context.newPage();
    // Counts every timer the panel sets up to repeat: a panel that polled the page would set one.
    await panel.addInitScript(() => {
      const counted = window as unknown as { repeatingTimers: number };
      counted.repeatingTimers = 0;
      const setInterval = window.setInterval.bind(window);
      window.setInterval = ((...args: Parameters<typeof window.setInterval>) => {
        counted.repeatingTimers++;
        return setInterval(...args);
      }) as typeof window.setInterval;
    });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('heading', { name: 'How will you measure and evaluate your success?' }).waitFor();
    const answer = 'We will ask each of the thirteen young people how confident they feel, twice.';
    await page.locator('#measurement').fill(answer);
    await panel.getByText(`${answer.split(' ').length} words, ${answer.length} characters`).waitFor();
    expect(
      await panel.evaluate(() => (window as unknown as { repeatingTimers: number }).repeatingTimers),
    ).toBe(0);
    await panel.close();
  });

  it('opens the findings of the focused field with the keyboard, and the page stays accessible with them open', async () => {
    await page.click('nav.steps button[data-step="3"]');
    await page.locator('#outcomes').focus();
    await page.keyboard.press('Alt+Shift+KeyI');
    await page.waitForTimeout(100);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('opens the side panel from the findings, with the keyboard alone', async () => {
    const extensionPage = await session.extensionPage();
    const panels = () =>
      extensionPage.evaluate(
        async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
      );
    expect(await panels()).toBe(0);
    await page.bringToFront();
    await page.click('nav.steps button[data-step="3"]');
    await until(report, (r) => r.fields.some((f) => f.key.includes('outcomes')), 'the outcomes field');
    await page.locator('#outcomes').focus();
    await page.keyboard.press('Alt+Shift+KeyI');
    // Focus is on "Open side panel", the popover's first button.
    await page.keyboard.press('Enter');
    await until(panels, (n) => n === 1, 'the side panel');
  });

  it('keeps what is typed into a field revealed a moment before, without another keystroke', async () => {
    await page.click('nav.steps button[data-step="2"]');
    // At once, before the content script has found the field that just appeared.
    await page.locator('#activities').fill('We will run weekly mentoring sessions.');
    await until(
      () => storageGet(session, null),
      (all) =>
        Object.entries(all).some(
          ([k, v]) =>
            k.includes('activities') &&
            (v as { current: { text: string } }).current.text === 'We will run weekly mentoring sessions.',
        ),
      'the activities draft',
    );
  });

  it('tells the user, on the page and in the report, when the browser refuses to store a draft', async () => {
    const extensionPage = await session.extensionPage();
    // Fill the extension's storage to its quota, as years of drafts might.
    await extensionPage.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      const room = chrome.storage.local.QUOTA_BYTES - used - '"filler"'.length - 2;
      await chrome.storage.local.set({ filler: 'x'.repeat(room) });
    });
    try {
      await page.bringToFront();
      await page.click('nav.steps button[data-step="1"]');
      await page.locator('#summary').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' We will also interview ten parents.');
      await until(report, (r) => r.draftsUnsaved === true, 'the unsaved-drafts flag');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await extensionPage.evaluate(() => chrome.storage.local.remove('filler'));
    }
    await page.keyboard.type(' And their children.');
    await until(report, (r) => r.draftsUnsaved === undefined, 'drafts saved again');
  });

  it('stops at once on a page of a site the user turns off: no badges, no fields, no drafts', async () => {
    expect(await page.evaluate(() => Boolean(document.querySelector('impact-lens-overlay')))).toBe(true);
    expect(await messageTab(session, url, { type: 'impact/stop' })).toBe(true);
    expect(await page.evaluate(() => Boolean(document.querySelector('impact-lens-overlay')))).toBe(false);
    expect((await report()).fields).toEqual([]);
  });

  it('made no request to anywhere but the local test server', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
