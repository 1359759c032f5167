import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { emptyWorkbook, type Workbook } from '../../core/model/schema';
import { LEARNING_LOG_COLUMNS, readLearningLog } from '../../core/review/log';
import { reviewItems } from '../../core/review/review-items';
import { formatLongDate } from '../../core/util/calendar';
import { type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { fromTables } from '../../core/workbook/from-tables';
import { toTables } from '../../core/workbook/to-tables';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, fillSpreadsheet, loadAddon } from './load-code';
import { scriptRun } from './script-run';

const ORGANISATION = 'Northfield Youth Futures';
const HEADERS = LEARNING_LOG_COLUMNS.map((c) => c.header);

/**
 * sheets-addon/html/Review.html, with its bundled script, against the built Code.js: google.script.run calls the
 * add-on's globals in node:vm, asynchronously, with arguments and results passed as JSON, as Apps Script does.
 */
async function openReview(tables: Record<string, Cell[][]>, options: { failing?: boolean } = {}) {
  const spreadsheet = new FakeSpreadsheet(ORGANISATION);
  const addon = await loadAddon(spreadsheet);
  fillSpreadsheet(spreadsheet, tables, addon.realmDate);
  addon.call('openQuarterlyReview');
  expect(addon.shown.sidebars[0]!.title).toBe('Quarterly review');
  const asOf = (addon.call('getReviewInput') as { asOf: string }).asOf;
  const call = options.failing
    ? () => {
        throw new Error('Service Spreadsheets timed out');
      }
    : addon.call;
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Review!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const text = (id: string) => document.getElementById(id)!.textContent!.trim();
  const openers = () => [...document.querySelectorAll('li.item > button')] as unknown as HTMLButtonElement[];
  return { window, document, script, addon, spreadsheet, text, openers, asOf };
}

type Page = Awaited<ReturnType<typeof openReview>>;

/** What core's review gives for the same tabs on the same day: each item's heading and reason, in order. */
function reviewedByCore(tables: Record<string, Cell[][]>, asOf: string): string[] {
  const { workbook } = fromTables(tables, { organisation: { name: ORGANISATION } });
  const log = readLearningLog(tables['Learning log'], { dateOrder: 'dmy', days: LOCAL_DAYS });
  return reviewItems(workbook, log.rows, { asOf }).map(
    (i) => `${i.kind} | ${i.about}: ${i.title} | ${i.reason}`,
  );
}

/** Each listed item as reviewedByCore writes it, read from the page. */
function listed(page: Page): string[] {
  return [...page.document.querySelectorAll('li.item')].map((li) => {
    const kind = li.className.replace('item ', '');
    return `${kind} | ${li.querySelector('h3')!.textContent} | ${li.querySelector('p')!.textContent}`;
  });
}

/** The controls Tab reaches, in order: enabled, not hidden, and none moved by a tabindex. */
function tabOrder(page: Page): string[] {
  return [...page.document.querySelectorAll('select, input, button, textarea, [tabindex]')]
    .filter((el) => !el.closest('[hidden]') && !(el as unknown as HTMLButtonElement).disabled)
    .map((el) => {
      expect(Number(el.getAttribute('tabindex') ?? 0)).toBeLessThanOrEqual(0);
      return el.id || el.getAttribute('aria-label') || el.textContent!;
    });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const context = page.window as unknown as { eval(code: string): unknown; axe: typeof axe };
  context.eval(axe.source);
  const results = await context.axe.run(page.document as unknown as Document, {
    rules: { 'color-contrast': { enabled: false } }, // happy-dom does not compute styles
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

const logRow = (date: Date, about: string, change: string, reviewBy: Date, watch: string): Cell[] => [
  date,
  about,
  'What we saw',
  '',
  change,
  'Sam',
  reviewBy,
  watch,
];

/** The demo organisation, with a decision whose share has not moved beyond chance and one with no period since. */
const DEMO: Record<string, Cell[][]> = {
  ...toTables(demoWorkbook),
  'Learning log': [
    HEADERS,
    logRow(new Date(2026, 0, 15), 'I4', 'Add a mentor session', new Date(2026, 5, 30), 'I4'),
    logRow(new Date(2026, 9, 1), 'I2', 'Move sessions to evenings', new Date(2026, 10, 1), 'I2'),
  ],
};

/** A share that doubled on 100 a quarter after the team decided to act. */
const MOVED: Workbook = {
  ...emptyWorkbook({ name: ORGANISATION }),
  nodes: [{ id: 'O1', level: 'Outcome', statement: 'Young people finish the course' }],
  indicators: [
    {
      id: 'K1',
      outcome: 'O1',
      name: 'Share who finish',
      unit: 'Percent',
      direction: 'Increase',
      frequency: 'Quarterly',
    },
  ],
  measurements: [
    { indicator: 'K1', periodEnd: '2025-12-31', achieved: 30, outOf: 100 },
    { indicator: 'K1', periodEnd: '2026-06-30', achieved: 60, outOf: 100 },
  ],
};

beforeAll(async () => {
  await buildAddon();
});

describe('the Quarterly review sidebar', () => {
  it("lists, kind by kind, the items core's review gives for the demo, with its decisions' movement", async () => {
    const page = await openReview(DEMO);
    expect(page.script.calls).toEqual([{ name: 'getReviewInput', args: [] }]);
    const expected = reviewedByCore(DEMO, page.asOf);
    expect(new Set(expected.map((e) => e.split(' | ')[0]))).toEqual(
      new Set(['status', 'overdue', 'untested-assumption', 'decision-due']),
    );
    expect(listed(page)).toEqual(expected);
    const decisions = expected.filter((e) => e.startsWith('decision-due'));
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toMatch(/Too early to tell: I4 went from .*; the interval includes no change\.$/);
    expect(decisions[1]).toContain(
      'Too early to tell: no period of I2 has ended since the decision (1 October 2026)',
    );
    expect(page.text('status')).toBe(
      `${expected.length} items to talk about. Add what you decide to the Learning log.`,
    );
    expect(page.text('progress-label')).toBe(`Answered in the log: 0 of ${expected.length}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a decision whose watched share moved beyond chance', async () => {
    const tables = {
      ...toTables(MOVED),
      'Learning log': [
        HEADERS,
        logRow(new Date(2026, 0, 15), 'K1', 'Phone people who miss a week', new Date(2026, 5, 30), 'K1'),
      ],
    };
    const page = await openReview(tables);
    const expected = reviewedByCore(tables, page.asOf);
    expect(listed(page)).toEqual(expected);
    expect(expected.find((e) => e.startsWith('decision-due'))).toContain(
      'K1 moved from 30% (30 of 100, period ending 31 December 2025) to 60% (60 of 100, period ending 30 June 2026): +30 points, 95% interval',
    );
  });

  it('answers an item into the log from the keyboard, then returns to it', async () => {
    const page = await openReview(DEMO);
    const openers = page.openers();
    expect(tabOrder(page)).toEqual([
      'run',
      ...openers.map((b) => b.getAttribute('aria-label')!),
      'save-version',
    ]);
    const untested = openers.find((b) => b.getAttribute('aria-label')!.startsWith('Add to the log: A1:'))!;
    untested.focus();
    untested.click();
    const form = page.document.querySelector('form.log')!;
    const field = (name: string) => form.querySelector(`[name="${name}"]`) as unknown as HTMLInputElement;
    expect(page.document.activeElement).toBe(field('found'));
    expect(field('about').value).toBe('A1');
    expect(field('found').value).toContain('no indicator tests it');
    expect(tabOrder(page)).toContain(`item-${openers.indexOf(untested)}-found`);
    expect(await seriousViolations(page)).toEqual([]);
    field('change').value = 'Ask two employers each quarter whether placements continue';
    field('reviewBy').value = '2027-03-31';
    (form.querySelector('button[type="submit"]') as unknown as HTMLButtonElement).click();
    await page.script.settled();
    const sent = page.script.calls.at(-1)!;
    expect(sent.name).toBe('addLearningLogRow');
    expect(sent.args[0]).toMatchObject({
      about: 'A1',
      change: 'Ask two employers each quarter whether placements continue',
      reviewBy: '2027-03-31',
      watch: '',
    });
    expect(page.text('status')).toBe('Added to the Learning log, row 4: A1.');
    expect(page.text('progress-label')).toBe(`Answered in the log: 1 of ${openers.length}`);
    expect(page.document.querySelector('form.log')).toBeNull();
    expect(page.document.activeElement).toBe(untested);
    expect(untested.closest('li')!.querySelector('.logged')!.textContent).toBe('Logged in row 4.');
    const log = page.spreadsheet.getSheetByName('Learning log')!;
    expect(log.getRange(4, 2, 1, 1).getValues()[0]![0]).toBe('A1');
  });

  it('shows what the server refused on its field, and Escape closes the form without writing', async () => {
    const page = await openReview(DEMO);
    const opener = page.openers()[0]!;
    opener.click();
    const form = page.document.querySelector('form.log')!;
    const found = form.querySelector('[name="found"]') as unknown as HTMLTextAreaElement;
    found.value = '   ';
    (form.querySelector('button[type="submit"]') as unknown as HTMLButtonElement).click();
    await page.script.settled();
    expect(page.text('status')).toBe('Not added: fix the fields marked.');
    expect(found.getAttribute('aria-invalid')).toBe('true');
    expect(page.document.getElementById(found.getAttribute('aria-describedby')!)!.textContent).toBe(
      'What we found must not be empty.',
    );
    expect(page.document.activeElement).toBe(found);
    found.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as never);
    expect(page.document.querySelector('form.log')).toBeNull();
    expect(page.document.activeElement).toBe(opener);
    expect(page.spreadsheet.getSheetByName('Learning log')!.getLastRow()).toBe(3);
  });

  it('shows a failure as a message rather than freezing', async () => {
    const page = await openReview(DEMO, { failing: true });
    expect(page.text('status')).toBe('The review could not run: Service Spreadsheets timed out');
    expect((page.document.getElementById('run') as unknown as HTMLButtonElement).disabled).toBe(false);
  });

  it('saves a version, then lists what changed since an older one: steps added and reworded, links moved and added', async () => {
    const page = await openReview(DEMO);
    const older = {
      saved: '2026-03-31',
      nodes: demoWorkbook.nodes
        .filter((n) => n.id !== 'O4')
        .map((n) => (n.id === 'A1' ? { ...n, statement: 'Mentoring' } : n)),
      links: [
        ...demoWorkbook.links.filter((l) => l.from !== 'A2' && l.to !== 'O4' && l.from !== 'O4'),
        { from: 'A2', to: 'IM1' },
      ],
    };
    page.spreadsheet.documentProperties.set('impactLensTocVersion:2026-03-31', JSON.stringify(older));
    const save = page.document.getElementById('save-version') as unknown as HTMLButtonElement;
    save.focus();
    save.click();
    await page.script.settled();
    expect(page.script.calls.slice(-2).map((c) => c.name)).toEqual(['saveTocVersion', 'getReviewInput']);
    expect(page.text('status')).toBe(
      `Saved the theory of change as the version of ${page.asOf}: ${demoWorkbook.nodes.length} steps and ${demoWorkbook.links.length} links.`,
    );
    expect(page.document.activeElement).toBe(save);
    const from = page.document.getElementById('compare-from') as unknown as HTMLSelectElement;
    const to = page.document.getElementById('compare-to') as unknown as HTMLSelectElement;
    expect([...from.options].map((o) => o.value)).toEqual(['2026-03-31', page.asOf]);
    expect([...to.options].map((o) => o.textContent)).toEqual(['31 March 2026', expect.any(String), 'Now']);
    expect(tabOrder(page).slice(-4)).toEqual(['save-version', 'compare-from', 'compare-to', 'compare']);
    from.value = '2026-03-31';
    (page.document.getElementById('compare') as unknown as HTMLButtonElement).click();
    const changes = [...page.document.querySelectorAll('#changes li')].map((li) => li.textContent);
    const o4 = demoWorkbook.nodes.find((n) => n.id === 'O4')!;
    const a1 = demoWorkbook.nodes.find((n) => n.id === 'A1')!;
    const leadsTo = (from: string) => demoWorkbook.links.filter((l) => l.from === from).map((l) => l.to);
    const intoO4 = demoWorkbook.links.filter((l) => l.to === 'O4').map((l) => l.from);
    expect(changes).toEqual([
      `A1 was "Mentoring"; it is now "${a1.statement}".`,
      `A2 led to IM1; it now leads to ${leadsTo('A2').join(', ')} instead.`,
      ...intoO4.map((from) => `${from} now also leads to O4.`),
      `O4 was added: "${o4.statement}", leading to ${leadsTo('O4').join(', ')}.`,
    ]);
    expect(page.text('compare-summary')).toBe(
      `From the version of 31 March 2026 to that of ${formatLongDate(page.asOf)}: ${changes.length} changes.`,
    );
    expect(page.text('status')).toBe(page.text('compare-summary'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
