import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Workbook } from '../../core/model/schema';
import { formatLongDate, todayIso } from '../../core/util/calendar';
import type { Cell } from '../../core/workbook/cells';
import { fromTables } from '../../core/workbook/from-tables';
import { TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { readStoredWorkbook } from '../../extension/lib/stored-workbook';
import { type GvizServer, startGvizServer } from '../fixtures/gviz/server';
import { startPortalServer } from '../fixtures/portals/server';
import { type ExtensionSession, launchWithExtension, storageGet, storageSet } from './harness';

let server: GvizServer;
let session: ExtensionSession;
let panel: Page;

/** The demo workbook's tabs, as the local server answers them. */
function tablesOf(workbook: Workbook): Record<string, Cell[][]> {
  return toTables(workbook);
}

/** The demo workbook with one more quarter of data for its first indicator. */
function withLaterPeriod(periodEnd: string): Workbook {
  const workbook = structuredClone(demoWorkbook);
  const first = workbook.measurements.find((m) => m.indicator === workbook.indicators[0]!.id)!;
  workbook.measurements.push({ ...first, periodEnd });
  return workbook;
}

const LATEST = demoWorkbook.measurements
  .map((m) => m.periodEnd)
  .sort()
  .at(-1)!;

async function seriousViolations(target: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which extension pages' content security policy does not block.
  await target.evaluate(axe.source);
  return target.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

async function openPanel(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'Link a Google Sheet' }).waitFor();
  return page;
}

async function storedWorkbook(): Promise<Workbook | undefined> {
  return readStoredWorkbook((await storageGet(session, ['workbook'])).workbook).workbook;
}

const status = () => panel.getByRole('status');
const linkedSheets = () => panel.getByRole('list', { name: 'Linked sheets' });

/** The text of what `locator` finds, '' while it finds nothing: for polling without Playwright's own wait. */
async function text(locator: Locator): Promise<string> {
  return (await locator.count()) ? ((await locator.first().textContent()) ?? '') : '';
}

/** How long a read of four tabs may take on a loaded machine: a wait, not a measure of speed. */
const EVENTUALLY = { timeout: 15_000, interval: 100 };

/** Links a sheet from the keyboard alone: the address, Tab, the name, Tab, then Enter on Link and read. */
async function link(id: string, name: string): Promise<void> {
  await panel.getByLabel('Sheet address').focus();
  await panel.keyboard.press('ControlOrMeta+A');
  await panel.keyboard.insertText(server.address(id));
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('ControlOrMeta+A');
  await panel.keyboard.insertText(name);
  await panel.keyboard.press('Tab');
  expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Link and read');
  await panel.keyboard.press('Enter');
}

beforeAll(async () => {
  server = await startGvizServer();
  session = await launchWithExtension();
  panel = await openPanel();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a Google Sheet linked in the side panel, read from a local server that speaks the protocol', () => {
  it('makes no request before a sheet is linked, and refuses an address that is not a sheet', async () => {
    await panel.getByLabel('Sheet address').fill('https://example.org/spreadsheets/report');
    await panel.getByRole('button', { name: 'Link and read' }).click();
    await expect
      .poll(() => text(panel.getByRole('alert')), EVENTUALLY)
      .toMatch(/^That is not the address of a Google Sheet/);
    expect(server.requests).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('links a sheet, reads every tab and checks against it, saying as of when', async () => {
    server.set('programme-a', { kind: 'tables', tables: tablesOf(demoWorkbook) });
    const linkedAt = Date.now();
    await link('programme-a', 'Youth programme');
    await expect
      .poll(() => text(status()), EVENTUALLY)
      .toMatch(/^Read Youth programme from Google Sheets: \d+ indicators/);
    expect(server.requests.every((r) => r.at >= linkedAt)).toBe(true);
    expect(server.requests.map((r) => r.sheet)).toEqual(
      expect.arrayContaining([TAB.toc, TAB.indicators, TAB.data, TAB.payments]),
    );
    const item = linkedSheets().getByRole('listitem');
    await expect.poll(() => text(item), EVENTUALLY).toContain('Youth programme (in use)');
    expect(await item.textContent()).toContain(
      `its latest data is for the period ending ${formatLongDate(LATEST)}`,
    );
    const stored = await storedWorkbook();
    expect(stored?.organisation).toEqual({ name: 'Youth programme' });
    expect(stored?.nodes).toEqual(demoWorkbook.nodes);
    expect(stored?.indicators).toEqual(demoWorkbook.indicators);
    expect(stored?.contracts).toEqual(demoWorkbook.contracts);
    expect(stored?.measurements).toHaveLength(demoWorkbook.measurements.length);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('names each of the workbook’s own problems by its tab and cell in the sheet', async () => {
    const read = fromTables(tablesOf(demoWorkbook));
    if (!read.ok) throw new Error('the demo workbook does not read from its tables');
    const expected = checkWorkbook(read.workbook, { asOf: todayIso(), locate: read.locate });
    expect(expected.length).toBeGreaterThan(0);
    await panel.getByRole('tab', { name: 'Evidence' }).click();
    const health = panel.getByRole('region', { name: 'Workbook health' });
    await health.locator('summary').first().click();
    const listed = await health
      .locator('ul.findings > li')
      .evaluateAll((items) => items.map((li) => li.querySelector('p')?.textContent));
    await panel.getByRole('tab', { name: 'Import' }).click();
    expect(listed).toEqual(expected.map((f) => `${f.place}: ${f.message}`));
    expect(listed.every((line) => /^[^:]+![A-Z]+\d+/.test(line ?? ''))).toBe(true);
  });

  it('reads the sheet again on Refresh, after its data changed', async () => {
    server.set('programme-a', { kind: 'tables', tables: tablesOf(withLaterPeriod('2027-03-31')) });
    await panel.getByRole('button', { name: 'Refresh Youth programme' }).click();
    await expect
      .poll(() => text(linkedSheets().getByRole('listitem')), EVENTUALLY)
      .toContain(`period ending ${formatLongDate('2027-03-31')}`);
    expect((await storedWorkbook())?.measurements).toHaveLength(demoWorkbook.measurements.length + 1);
  });

  it('reads the team’s Answers tab with the sheet: a team answer is suggested for a field, marked as the team’s, and inserts', async () => {
    const teamAnswer =
      'Young people leave with a CV, a job-search plan and a mentor who stays with them for six months.';
    const tables = tablesOf(withLaterPeriod('2027-03-31'));
    tables.Answers = [
      ['Question', 'Help', 'Kind', 'Limit', 'Answer', 'Funder', 'Portal', 'Date'],
      [
        'What difference will your project make?',
        '',
        '',
        '250',
        teamAnswer,
        'Northern Trust',
        '',
        '2026-11-02',
      ],
    ];
    server.set('programme-a', { kind: 'tables', tables });
    await panel.getByRole('button', { name: 'Refresh Youth programme' }).click();
    await expect.poll(() => text(status()), EVENTUALLY).toMatch(/^Read Youth programme from Google Sheets/);
    expect(server.requests.some((r) => r.sheet === 'Answers')).toBe(true);
    const team = (await storageGet(session, ['teamLibrary'])).teamLibrary;
    expect(team).toMatchObject([
      { id: 'team:2', text: teamAnswer, source: 'team', funder: 'Northern Trust' },
    ]);

    const portals = await startPortalServer();
    try {
      const form = await session.context.newPage();
      const url = `${portals.url}google-forms.html`;
      await form.goto(url);
      const label = 'What difference will your project make?';
      const tabId = await panel.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      );
      const library = await session.context.newPage();
      await library.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
      await library.getByRole('tab', { name: 'Library' }).click();
      const target = library.getByLabel('Insert into');
      await expect.poll(() => target.locator('option').allTextContents(), EVENTUALLY).toContain(label);
      await target.selectOption({ label });
      const suggestion = library
        .getByRole('region', { name: 'Suggested for this field' })
        .getByRole('listitem')
        .filter({ hasText: teamAnswer });
      expect(await suggestion.locator('p.muted').first().textContent()).toMatch(
        /^Team · outcomes · Northern Trust/,
      );
      expect(await suggestion.getByRole('button').allTextContents()).toEqual(['Insert']);
      await suggestion.getByRole('button', { name: 'Insert' }).click();
      await library
        .getByRole('status')
        .filter({ hasText: `Inserted into "${label}".` })
        .waitFor();
      expect(await form.locator('textarea[aria-labelledby="i7"]').inputValue()).toBe(teamAnswer);
      await library.close();
      await form.close();
    } finally {
      await portals.close();
    }
  });

  it('lists the problems in the sheet by tab and cell, and keeps the workbook in use', async () => {
    const tables = tablesOf(demoWorkbook);
    tables[TAB.indicators] = tables[TAB.indicators]!.map((row, i) => (i === 2 ? ['', ...row.slice(1)] : row));
    server.set('programme-a', { kind: 'tables', tables });
    await panel.getByRole('button', { name: 'Refresh Youth programme' }).click();
    const problems = panel.getByRole('list', { name: 'Problems in the sheet' });
    await expect.poll(() => text(problems), EVENTUALLY).toContain('Indicators!A3: ID is missing.');
    expect((await storedWorkbook())?.measurements).toHaveLength(demoWorkbook.measurements.length + 1);
    server.set('programme-a', { kind: 'tables', tables: tablesOf(demoWorkbook) });
  });

  const failures: [string, Parameters<GvizServer['set']>[1], RegExp][] = [
    ['its sign-in page', { kind: 'signed-out' }, /sign-in page instead of the data\. Sign in to Google/],
    ['access_denied', { kind: 'access-denied' }, /may not open this sheet\. Ask its owner to share it/],
    [
      'an invalid sheet',
      { kind: 'tables', tables: { [TAB.toc]: tablesOf(demoWorkbook)[TAB.toc]! } },
      /no "Indicators" tab\. Was it renamed\?/,
    ],
    [
      'the first tab for a renamed one',
      {
        kind: 'tables',
        tables: {
          [TAB.toc]: tablesOf(demoWorkbook)[TAB.toc]!,
          [TAB.indicators]: tablesOf(demoWorkbook)[TAB.indicators]!,
        },
        missing: 'first-tab',
      },
      /no "Data" tab\. Was it renamed\?/,
    ],
    [
      'internal_error',
      { kind: 'internal-error' },
      /did not give the "Theory of change" tab \(Internal error/,
    ],
    ['HTTP 404', { kind: 'status', status: 404 }, /Google has no sheet at this address/],
  ];

  it.each(failures)(
    'says what to do when Google answers with %s, and keeps the workbook in use',
    async (_, behaviour, message) => {
      server.set('programme-b', behaviour);
      const use = panel.getByRole('button', { name: 'Use for checks: Adult learners' });
      if (await use.count()) await use.click();
      else await link('programme-b', 'Adult learners');
      await expect.poll(() => text(panel.getByRole('alert')), EVENTUALLY).toMatch(message);
      expect((await storedWorkbook())?.organisation.name).toBe('Youth programme');
      expect(await seriousViolations(panel)).toEqual([]);
    },
  );

  it('switches between two linked workbooks', async () => {
    const adults = structuredClone(demoWorkbook);
    adults.indicators = adults.indicators.slice(0, 3);
    adults.measurements = adults.measurements.filter((m) =>
      adults.indicators.some((i) => i.id === m.indicator),
    );
    adults.contracts = [];
    const tables = tablesOf(adults);
    delete tables[TAB.payments];
    server.set('programme-b', { kind: 'tables', tables });
    await panel.getByRole('button', { name: 'Use for checks: Adult learners' }).click();
    await expect
      .poll(() => text(status()), EVENTUALLY)
      .toMatch(/^Read Adult learners from Google Sheets: 3 indicators/);
    expect((await storedWorkbook())?.organisation.name).toBe('Adult learners');
    expect(await panel.getByRole('alert').count()).toBe(0);

    await panel.getByRole('button', { name: 'Use for checks: Youth programme' }).click();
    await expect
      .poll(async () => (await storedWorkbook())?.organisation.name, EVENTUALLY)
      .toBe('Youth programme');
    expect(await linkedSheets().getByRole('listitem').first().textContent()).toContain('(in use)');
  });

  it('reads the sheet in use again when the panel opens, if it was read longer ago than the setting', async () => {
    const stored = (await storageGet(session, ['sheetLinks'])).sheetLinks as {
      links: { id: string; readAt?: string }[];
    };
    const hourAgo = new Date(Date.now() - 61 * 60_000).toISOString();
    const links = stored.links.map((l) => (l.id === 'programme-a' ? { ...l, readAt: hourAgo } : l));
    await storageSet(session, { sheetLinks: { ...stored, links } });
    server.set('programme-a', { kind: 'tables', tables: tablesOf(withLaterPeriod('2027-06-30')) });
    const before = server.requests.length;
    const reopened = await openPanel();
    await expect.poll(() => text(reopened.getByRole('status')), EVENTUALLY).toMatch(/^Read Youth programme/);
    // The four tabs of the workbook, and the team's Answers tab.
    expect(server.requests.length).toBe(before + 5);

    // Read just now: opening the panel again asks nothing.
    const again = await openPanel();
    await again.getByRole('list', { name: 'Linked sheets' }).waitFor();
    expect(server.requests.length).toBe(before + 5);
    await again.close();
    await reopened.close();
  });

  it('reads through a tab where the sheet is open, when Google gives the extension its sign-in page', async () => {
    server.set('tab-only', { kind: 'same-origin-only', tables: tablesOf(demoWorkbook) });
    await link('tab-only', 'Open in a tab');
    await expect.poll(() => text(panel.getByRole('alert')), EVENTUALLY).toMatch(/open the sheet in a tab/);

    const sheetTab = await session.context.newPage();
    await sheetTab.goto(server.address('tab-only'));
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Use for checks: Open in a tab' }).click();
    await expect.poll(() => text(status()), EVENTUALLY).toMatch(/^Read Open in a tab from Google Sheets/);
    const throughTab = server.requests.filter((r) => r.sheet && r.fetchSite === 'same-origin');
    expect(throughTab.map((r) => r.sheet)).toEqual(
      expect.arrayContaining([TAB.toc, TAB.indicators, TAB.data]),
    );
    await sheetTab.close();
  });

  it('is usable from the keyboard alone: unlinking a sheet', async () => {
    const unlink = panel.getByRole('button', { name: 'Unlink Open in a tab' });
    await unlink.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => linkedSheets().getByRole('listitem').count(), EVENTUALLY).toBe(2);
    expect(await status().textContent()).toMatch(
      /^Unlinked Open in a tab\. Its workbook, as last read, is still in use/,
    );
  });

  it('sent nothing anywhere but the local protocol server, and there only reads of the sheets linked', () => {
    expect(session.outsideRequests).toEqual([]);
    // The test's own opening of a sheet's page (and the browser's request for its icon) are the only others.
    const testsOwn = new Set(['/spreadsheets/d/tab-only/edit', '/favicon.ico']);
    const reads = server.requests.filter((r) => !testsOwn.has(r.path));
    const linked = new Set(['programme-a', 'programme-b', 'tab-only']);
    for (const r of reads) {
      expect(r.path).toMatch(/^\/spreadsheets\/d\/[\w-]+\/gviz\/tq$/);
      expect(linked.has(r.path.split('/')[3]!)).toBe(true);
    }
    expect(reads.length).toBeGreaterThan(0);
  });
});
