import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, loadAddon } from './load-code';
import { scriptRun } from './script-run';

async function openCost(options: { demo?: boolean; failing?: boolean } = {}) {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet);
  if (options.demo) addon.call('addDemoData');
  const call = options.failing
    ? () => {
        throw new Error('Service Spreadsheets timed out');
      }
    : addon.call;
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Cost!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const byId = <T = HTMLElement>(id: string) => document.getElementById(id) as unknown as T;
  const text = (id: string) => byId(id).textContent!.trim();
  return { window, document, script, byId, text, spreadsheet };
}

type Page = Awaited<ReturnType<typeof openCost>>;

/** The controls Tab reaches, in order: enabled, not hidden, and none moved by a tabindex. */
function tabOrder(page: Page): string[] {
  return [...page.document.querySelectorAll('select, input, button, textarea, [tabindex]')]
    .filter((el) => !el.closest('[hidden]') && !(el as unknown as HTMLButtonElement).disabled)
    .map((el) => {
      expect(Number(el.getAttribute('tabindex') ?? 0)).toBeLessThanOrEqual(0);
      return el.id;
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

const rowsOf = (page: Page, table: string) =>
  [...page.document.querySelectorAll(`#${table} tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent),
  );

beforeAll(async () => {
  await buildAddon();
});

describe('the M&E plan and cost sidebar', () => {
  it('costs the demo plan per indicator and a year, with the budget line and justification', async () => {
    const page = await openCost({ demo: true });
    expect(page.script.calls).toEqual([{ name: 'getCostInput', args: [] }]);
    expect(page.byId('plan').hidden).toBe(false);
    expect(page.text('budget-line')).toBe(
      'Monitoring and evaluation: 2,748 a year (136 staff hours, survey licence)',
    );
    expect(page.text('justification')).toMatch(/^Monitoring and evaluation costs 2,748 a year\./);
    expect(rowsOf(page, 'indicators')[2]).toEqual([
      'I3: Average self-efficacy score at the end of the programme (General Self-Efficacy Scale, 10 to 40)',
      'survey',
      'Quarterly (4)',
      'Impact and learning lead',
      '24 h',
      '432',
    ]);
    expect(page.text('totals')).toContain('2,748 a year');
    expect(page.text('notes')).toContain('I8 is not costed');
    expect(page.byId('add-costs').hidden).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds the M&E costs tab from the keyboard, then costs with it', async () => {
    const page = await openCost({ demo: true });
    expect(tabOrder(page)).toEqual(['run', 'add-costs', 'copy-line', 'copy-justification']);
    const add = page.byId<HTMLButtonElement>('add-costs');
    add.focus();
    expect(page.document.activeElement).toBe(add);
    add.click();
    await page.script.settled();
    await page.script.settled();
    expect(page.script.calls.map((c) => c.name)).toEqual(['getCostInput', 'addCostsTab', 'getCostInput']);
    expect(page.spreadsheet.getSheetByName('M&E costs')!.getRange(2, 1, 1, 2).getValues()).toEqual([
      ['Currency', 'GBP'],
    ]);
    expect(page.text('budget-line')).toBe(
      'Monitoring and evaluation: £2,748 a year (136 staff hours, survey licence)',
    );
    expect(page.byId('add-costs').hidden).toBe(true);
    expect(tabOrder(page)).toEqual(['run', 'copy-line', 'copy-justification']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('copies the budget line and the justification, and says so in a live region', async () => {
    const page = await openCost({ demo: true });
    for (const [button, source, said] of [
      ['copy-line', 'budget-line', 'Budget line copied.'],
      ['copy-justification', 'justification', 'Justification copied.'],
    ] as const) {
      page.byId<HTMLButtonElement>(button).focus();
      page.byId<HTMLButtonElement>(button).click();
      await new Promise((r) => setTimeout(r, 0));
      expect(await page.window.navigator.clipboard.readText()).toBe(page.text(source));
      expect(page.text('copied')).toBe(said);
    }
    expect(page.byId('copied').getAttribute('aria-live')).toBe('polite');
  });

  it('says plainly when the workbook has no indicators, or cannot be read', async () => {
    const empty = await openCost();
    expect(empty.text('status')).toBe('No indicators to cost: add them on the Indicators tab.');
    expect(empty.byId('plan').hidden).toBe(true);
    expect(await seriousViolations(empty)).toEqual([]);
    const broken = await openCost({ failing: true });
    expect(broken.text('status')).toBe('The workbook could not be read: Service Spreadsheets timed out');
    expect(broken.byId('plan').hidden).toBe(true);
  });
});
