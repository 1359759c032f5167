import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Measurement, Workbook } from '../../core/model/schema';
import { addDays } from '../../core/util/calendar';
import { exportJson } from '../../core/workbook/json';
import { readStoredWorkbook } from '../../extension/lib/stored-workbook';
import type { Report } from '../../extension/messaging';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import { type ExtensionSession, launchWithExtension, messageTab, storageGet, storageSet } from './harness';

const MB = 1024 * 1024;
/** How long an import of tens of megabytes may take on a loaded machine: a wait, not a measure of speed. */
const IMPORT_WAIT = 180_000;
const TEST_TIMEOUT = 300_000;

const PREVIOUS = demoWorkbook.organisation.name;

/** A measurement like `template`, for another day, with its figure moved a little so that no two rows are alike. */
function dailyRow(template: Measurement, periodEnd: string, n: number): Measurement {
  const row: Measurement = { indicator: template.indicator, periodEnd };
  if (template.value !== undefined) row.value = template.value + (n % 5);
  if (template.outOf !== undefined) {
    row.outOf = template.outOf;
    row.achieved = Math.min(template.outOf, (template.achieved ?? 0) + (n % 3));
  }
  if (n % 50 === 0) row.note = 'Returned by post after the survey closed';
  return row;
}

/**
 * The demo workbook under another name, with `extra` more measurements: each measured indicator once a day, going
 * back from the quarter before the demo's first, so that every indicator and period stays one row.
 */
function withMeasurements(name: string, extra: number): Workbook {
  const workbook = structuredClone(demoWorkbook);
  workbook.organisation.name = name;
  const templates = workbook.indicators.flatMap(
    (i) => workbook.measurements.find((m) => m.indicator === i.id) ?? [],
  );
  for (let n = 0; n < extra; n++) {
    const day = Math.floor(n / templates.length) + 1;
    workbook.measurements.push(dailyRow(templates[n % templates.length]!, addDays('2024-09-30', -day), n));
  }
  return workbook;
}

/** A valid workbook whose exported JSON is at least `bytes` long, as the add-on's Export writes it. */
function workbookOfSize(name: string, bytes: number): { workbook: Workbook; json: string } {
  const sample = 1000;
  const perRow =
    (exportJson(withMeasurements(name, sample)).length - exportJson(withMeasurements(name, 0)).length) /
    sample;
  const workbook = withMeasurements(name, Math.ceil(bytes / perRow) + sample);
  return { workbook, json: exportJson(workbook) };
}

let server: PortalServer;
let session: ExtensionSession;
let portal: Page;
let url: string;
let tabId: number;
let files: string;

beforeAll(async () => {
  server = await startPortalServer();
  session = await launchWithExtension();
  portal = await session.context.newPage();
  url = `${server.url}demo-application.html`;
  await portal.goto(url);
  tabId = (await (
    await session.extensionPage()
  ).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url))!;
  files = mkdtempSync(join(tmpdir(), 'impact-lens-large-import-'));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

function writeWorkbook(name: string, json: string): string {
  const path = join(files, name);
  writeFileSync(path, json);
  return path;
}

interface Panel {
  page: Page;
  /** Every text the status line showed, in order. */
  statuses(): Promise<string[]>;
  /** Workers the page started since the panel opened. */
  workers: string[];
}

/** The side panel for the demo tab, on its Import view, recording what its status line says as it changes. */
async function openImport(): Promise<Panel> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  await page.getByRole('tab', { name: 'Import' }).click();
  return {
    page,
    workers,
    statuses: () => page.evaluate(() => (window as unknown as { statuses: string[] }).statuses),
  };
}

/** Chooses the file in the Import view and returns what the panel finally says about it. */
async function importFile(panel: Panel, path: string): Promise<string> {
  await panel.page.locator('#import-file').setInputFiles(path);
  return outcome(panel);
}

/** What the panel finally says about an import: imported, or not and why. */
async function outcome(panel: Panel): Promise<string> {
  const status = panel.page.getByRole('status');
  await status.filter({ hasText: /^(?:Imported|Not imported)/ }).waitFor({ timeout: IMPORT_WAIT });
  return (await status.textContent()) ?? '';
}

async function storedWorkbook(): Promise<Workbook | undefined> {
  const stored = await storageGet(session, ['workbook']);
  const read = readStoredWorkbook(stored.workbook);
  expect(read.unreadable).toEqual([]);
  return read.workbook;
}

/** Waits for a newly opened panel, which reads the workbook back from storage, to say which workbook it uses. */
async function panelUses(organisation: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  await page
    .locator('header p.muted')
    .filter({ hasText: `Checking against ${organisation}'s workbook.` })
    .waitFor({ timeout: IMPORT_WAIT });
  await page.close();
}

describe('importing a large workbook into the side panel', () => {
  it(
    'imports a valid 15 MB workbook off the panel’s main thread, showing progress, and keeps all of it',
    async () => {
      await storageSet(session, { workbook: demoWorkbook });
      const { workbook, json } = workbookOfSize('Large Import Trust', 15 * MB);
      expect(json.length).toBeGreaterThanOrEqual(15 * MB);
      const panel = await openImport();
      panel.workers.length = 0;

      const said = await importFile(panel, writeWorkbook('large.json', json));

      expect(said).toMatch(/^Imported Large Import Trust: 8 indicators/);
      expect(panel.workers, 'the import ran in a Worker').not.toEqual([]);
      const statuses = await panel.statuses();
      expect(statuses.length, `progress before the outcome: ${JSON.stringify(statuses)}`).toBeGreaterThan(1);
      expect(statuses.at(-1)).toBe(said);
      const kept = await storedWorkbook();
      expect(kept?.organisation.name).toBe('Large Import Trust');
      expect(kept?.measurements).toHaveLength(workbook.measurements.length);
      await panelUses('Large Import Trust');
      await panel.page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a workbook larger than the browser keeps, in plain words, and goes on using the previous one',
    async () => {
      await storageSet(session, { workbook: demoWorkbook });
      const { json } = workbookOfSize('Far Too Large Trust', 40 * MB);
      const panel = await openImport();

      const said = await importFile(panel, writeWorkbook('too-large.json', json));

      expect(said).toMatch(
        /^Not imported: this workbook needs [\d.]+ MB, and the browser keeps at most 10 MB/,
      );
      expect(said).toContain(`Still using ${PREVIOUS}'s workbook.`);
      expect((await storedWorkbook())?.organisation.name).toBe(PREVIOUS);
      await panelUses(PREVIOUS);
      await panel.page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a workbook the drafts leave no room for, says so, and goes on using the previous one',
    async () => {
      await storageSet(session, { workbook: demoWorkbook });
      const extensionPage = await session.extensionPage();
      // Years of drafts: everything but a megabyte of the extension's storage is taken.
      await extensionPage.evaluate(async (free) => {
        const used = await chrome.storage.local.getBytesInUse(null);
        const room = chrome.storage.local.QUOTA_BYTES - used - free - '"draft:filler"'.length;
        await chrome.storage.local.set({ 'draft:filler': 'x'.repeat(room) });
      }, MB);
      try {
        const { json } = workbookOfSize('Crowded Out Trust', 15 * MB);
        const panel = await openImport();

        const said = await importFile(panel, writeWorkbook('crowded.json', json));

        expect(said).toMatch(
          /^Not imported: this workbook needs [\d.]+ MB, but drafts and settings already take/,
        );
        expect(said).toContain('Delete old drafts (Drafts view)');
        expect(said).toContain(`Still using ${PREVIOUS}'s workbook.`);
        expect((await storedWorkbook())?.organisation.name).toBe(PREVIOUS);
        await panel.page.close();
      } finally {
        await extensionPage.evaluate(() => chrome.storage.local.remove('draft:filler'));
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'lists the first 100 problems of a file with 10,000 bad rows, counts the rest, and keeps the previous workbook',
    async () => {
      await storageSet(session, { workbook: demoWorkbook });
      const bad = structuredClone(demoWorkbook) as unknown as { measurements: unknown[] };
      for (let n = 0; n < 10_000; n++)
        bad.measurements.push({ indicator: 'I1', periodEnd: '2026-02-30', value: n });
      const panel = await openImport();

      const said = await importFile(panel, writeWorkbook('bad.json', JSON.stringify(bad)));

      expect(said).toMatch(/^Not imported: fix the problems listed/);
      const problems = panel.page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
      expect(await problems.count()).toBe(101);
      expect(await problems.first().textContent()).toBe(
        `measurements[${demoWorkbook.measurements.length}].periodEnd: must be a date written YYYY-MM-DD (a real day), found "2026-02-30"`,
      );
      expect(await problems.last().textContent()).toBe(
        'and more: 9,900 more problems like these: fix the ones above, then check again.',
      );
      expect((await storedWorkbook())?.organisation.name).toBe(PREVIOUS);
      await panel.page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'checks answers against a workbook imported in the panel, as the background reads it back from storage',
    async () => {
      await (await session.extensionPage()).evaluate(() => chrome.storage.local.remove('workbook'));
      const panel = await openImport();
      await panel.page.getByRole('button', { name: 'Use the demo workbook' }).click();
      expect(await outcome(panel)).toMatch(new RegExp(`^Imported ${PREVIOUS}: 8 indicators`));
      expect(typeof (await storageGet(session, ['workbook'])).workbook, 'kept packed, as text').toBe(
        'string',
      );

      await portal.bringToFront();
      await portal.click('nav.steps button[data-step="3"]');
      await portal.locator('#outcomes').fill(DEMO_ANSWERS.outcomes!);
      const claim = await evidenceFinding();
      expect(claim.evidence).toMatch(/95% CI 48–66%/);
      await panel.page.close();
    },
    TEST_TIMEOUT,
  );
});

/** The outcomes answer's finding that rests on the workbook's figures, once the background has checked it. */
async function evidenceFinding(): Promise<Report['fields'][number]['findings'][number]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const report = await messageTab<Report>(session, url, { type: 'impact/report' });
    const outcomes = report.fields.find((f) => f.key.includes('outcomes'));
    const claim = outcomes?.findings.find((f) => f.checkId === 'claim-exceeds-evidence');
    if (claim) return claim;
    if (Date.now() > deadline)
      throw new Error(`no evidence finding; last: ${JSON.stringify(outcomes)?.slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
