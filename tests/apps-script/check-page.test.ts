import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding } from '../../core/checks/finding';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Cell } from '../../core/workbook/cells';
import { fromTables } from '../../core/workbook/from-tables';
import { toTables } from '../../core/workbook/to-tables';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, fillSpreadsheet, loadAddon } from './load-code';
import { scriptRun } from './script-run';

const ORGANISATION = 'Northfield Youth Futures';

async function openSidebar(tables: Record<string, Cell[][]>, options: { failing?: boolean } = {}) {
  const spreadsheet = new FakeSpreadsheet(ORGANISATION);
  const addon = await loadAddon(spreadsheet);
  fillSpreadsheet(spreadsheet, tables, addon.realmDate);
  addon.call('checkTheoryOfChange');
  expect(addon.shown.sidebars[0]!.title).toBe('Impact Lens');
  const call = options.failing
    ? () => {
        throw new Error('Service Spreadsheets timed out');
      }
    : addon.call;
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Sidebar!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const text = (id: string) => document.getElementById(id)!.textContent!.trim();
  const buttons = () => [...document.querySelectorAll('button.finding')] as unknown as HTMLButtonElement[];
  const asOf = /Judged as of (\d{4}-\d\d-\d\d)\.$/.exec(text('subtitle'))?.[1];
  return { window, document, script, addon, spreadsheet, text, buttons, asOf };
}

type Page = Awaited<ReturnType<typeof openSidebar>>;

/** What the sidebar listed when the server checked the tabs itself: each finding's line, in order. */
function checkedOnTheServer(tables: Record<string, Cell[][]>, asOf: string): string[] {
  const parsed = fromTables(tables, { organisation: { name: ORGANISATION } });
  return [...parsed.problems, ...checkWorkbook(parsed.workbook, { asOf, locate: parsed.locate })].map(
    (f) => `${f.severity} ${f.checkId} ${formatFinding(f)} ${JSON.stringify(f.cell ?? null)}`,
  );
}

/** Each listed finding as checkedOnTheServer writes it, read from its button, the cell from what clicking it selects. */
async function listed(page: Page): Promise<string[]> {
  const lines: string[] = [];
  for (const button of page.buttons()) {
    const [word, place] = [...button.querySelectorAll('.head span')].map((s) => s.textContent);
    const severity = { Error: 'error', Warning: 'warning', Note: 'info' }[word!];
    const message = button.children[1]!.textContent;
    const checkId = button.querySelector('.id')!.textContent;
    const before = page.script.calls.length;
    button.click();
    await page.script.settled();
    const selected = page.script.calls.slice(before).find((c) => c.name === 'selectCell')?.args;
    const cell = selected ? { tab: selected[0], row: selected[1], column: selected[2] } : null;
    lines.push(`${severity} ${checkId} ${place ? `${place}: ${message}` : message} ${JSON.stringify(cell)}`);
  }
  return lines;
}

/** The controls Tab reaches, in order: enabled, not hidden, and none moved by a tabindex. */
function tabOrder(page: Page): string[] {
  return [...page.document.querySelectorAll('select, input, button, textarea, [tabindex]')]
    .filter((el) => !el.closest('[hidden]') && !(el as unknown as HTMLButtonElement).disabled)
    .map((el) => {
      expect(Number(el.getAttribute('tabindex') ?? 0)).toBeLessThanOrEqual(0);
      return el.id || el.getAttribute('aria-label')!;
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

const DEMO = toTables(demoWorkbook);

beforeAll(async () => {
  await buildAddon();
});

describe('the check sidebar', () => {
  it("lists the findings the server's own check gave, in its order, with their cells", async () => {
    const page = await openSidebar(DEMO);
    expect(page.script.calls).toEqual([{ name: 'getCheckInput', args: [] }]);
    expect(page.text('subtitle')).toMatch(
      new RegExp(`^${ORGANISATION}: 14 steps, \\d+ indicators, \\d+ data rows\\. Judged as of `),
    );
    const expected = checkedOnTheServer(DEMO, page.asOf!);
    expect(expected.some((f) => f.startsWith('warning toc-stale-data Indicators!A4'))).toBe(true);
    expect(page.text('status')).toBe(`${expected.length} findings.`);
    expect(await listed(page)).toEqual(expected);
    const summary = [...page.document.querySelectorAll('#summary div')].map((d) => d.textContent);
    const count = (s: string) => expected.filter((f) => f.startsWith(`${s} `)).length;
    expect(summary).toEqual([
      `${count('error')} errors`,
      `${count('warning')} warnings`,
      `${count('info')} notes`,
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('selects the cell of the finding chosen from the keyboard', async () => {
    const page = await openSidebar(DEMO);
    const labels = page.buttons().map((b) => b.getAttribute('aria-label')!);
    expect(tabOrder(page)).toEqual(['run', ...labels]);
    const stale = page
      .buttons()
      .find((b) => b.getAttribute('aria-label')!.startsWith('Warning at Indicators!A4:'))!;
    stale.focus();
    expect(page.document.activeElement).toBe(stale);
    stale.click();
    await page.script.settled();
    expect(page.script.calls.at(-1)).toEqual({ name: 'selectCell', args: ['Indicators', 4, 1] });
    expect(page.spreadsheet.active?.getSheet().getName()).toBe('Indicators');
    expect(page.spreadsheet.active?.getA1Notation()).toBe('A4');
    expect(page.text('status')).toBe('Selected Indicators!A4.');
  });

  it('names a bad cell by its address, as text, never as markup', async () => {
    const tables = {
      'Theory of change': [
        ['ID', 'Level', 'Statement'],
        ['A1', '<img src=x onerror="window.pwned=1">', 'Mentoring'],
      ],
    };
    const page = await openSidebar(tables);
    expect(await listed(page)).toEqual(checkedOnTheServer(tables, page.asOf!));
    const bad = page.buttons().find((b) => b.textContent!.includes("'Theory of change'!B2"))!;
    expect(bad.textContent).toContain('Level must be one of');
    expect(bad.textContent).toContain('<img src=x');
    expect(page.document.querySelector('img')).toBeNull();
    bad.click();
    await page.script.settled();
    expect(page.spreadsheet.active?.getA1Notation()).toBe('B2');
  });

  it('says what to do when the workbook has no tabs', async () => {
    const page = await openSidebar({});
    const expected = checkedOnTheServer({}, page.asOf!);
    expect(await listed(page)).toEqual(expected);
    expect(page.buttons()[0]!.getAttribute('aria-label')).toBe(
      "Error at 'Theory of change'!A1: There is no Theory of change tab, or it is empty; run Set up impact workbook from the Impact Lens menu.",
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a failure as a message rather than freezing', async () => {
    const page = await openSidebar(DEMO, { failing: true });
    expect(page.text('status')).toBe('The check could not run: Service Spreadsheets timed out');
    expect((page.document.getElementById('run') as unknown as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('selectCell, which the sidebar calls', () => {
  it('selects only a cell that is there, from arguments of the right kind', async () => {
    const spreadsheet = new FakeSpreadsheet(ORGANISATION);
    const addon = await loadAddon(spreadsheet);
    fillSpreadsheet(spreadsheet, DEMO, addon.realmDate);
    expect(addon.call('selectCell', 'Data', 9, 2)).toBe(true);
    expect(spreadsheet.active?.getA1Notation()).toBe('B9');
    for (const args of [
      ['No such tab', 1, 1],
      ['Data', 0, 1],
      ['Data', 1.5, 1],
      ['Data', '9', 2],
      ['Data', 1_000_000, 1],
      [{}, 1, 1],
    ]) {
      expect(addon.call('selectCell', ...args), JSON.stringify(args)).toBe(false);
    }
  });
});
