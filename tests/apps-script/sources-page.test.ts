import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../core/workbook/cells';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, fillSpreadsheet, loadAddon } from './load-code';
import { scriptRun } from './script-run';

const SOURCES_HEADER = ['Indicator', 'Records tab', 'ID column', 'Date column', 'Window', 'Count'];

function charity(): Record<string, Cell[][]> {
  const indicator = (id: string, name: string) => [id, 'O1', name, 'Percent', 'Increase', 'Quarterly'];
  return {
    'Theory of change': [
      ['ID', 'Level', 'Statement'],
      ['O1', 'Outcome', 'Young people find and keep work'],
    ],
    Indicators: [
      ['ID', 'Outcome', 'Indicator', 'Unit', 'Direction', 'Frequency'],
      indicator('K1', 'Young people enrolled'),
      indicator('K2', 'Share of starters who complete'),
    ],
    Sources: [SOURCES_HEADER, ['K1', 'Records', 'ID', 'Start date', '', 'Participants']],
    Records: [
      ['ID', 'Start date', 'Completed', 'Score', 'Site'],
      ['R1', new Date(2025, 0, 5), 'Yes', 30, 'North'],
    ],
  };
}

async function openSidebar() {
  const spreadsheet = new FakeSpreadsheet('Charity');
  const addon = await loadAddon(spreadsheet);
  fillSpreadsheet(spreadsheet, charity(), addon.realmDate);
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(addon.call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Sources!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const byId = <T = HTMLElement>(id: string) => document.getElementById(id) as unknown as T;
  return { spreadsheet, window, document, script, byId };
}

type Page = Awaited<ReturnType<typeof openSidebar>>;

/** The controls Tab reaches, in order: enabled, not hidden, and none moved by a tabindex. */
function tabOrder(page: Page): string[] {
  return [...page.document.querySelectorAll('select, input, button, [tabindex]')]
    .filter((el) => !el.closest('[hidden]') && !(el as unknown as HTMLButtonElement).disabled)
    .map((el) => {
      expect(Number(el.getAttribute('tabindex') ?? 0)).toBeLessThanOrEqual(0);
      return el.id;
    });
}

/** What a keyboard user does in one control: focus it (Tab), choose or type, and the page hears it. */
function choose(page: Page, id: string, value: string): void {
  const control = page.byId<HTMLSelectElement | HTMLInputElement>(id);
  control.focus();
  expect(page.document.activeElement).toBe(control);
  control.value = value;
  expect(control.value).toBe(value);
  const event = control.tagName === 'SELECT' ? 'change' : 'input';
  control.dispatchEvent(new page.window.Event(event, { bubbles: true }) as unknown as Event);
}

async function pressEnter(page: Page): Promise<void> {
  const target = page.document.activeElement!;
  target.dispatchEvent(
    new page.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );
  await page.script.settled();
}

const text = (page: Page, id: string) => page.byId(id).textContent!.trim();

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

beforeAll(async () => {
  await buildAddon();
});

describe('the Add a record source sidebar', () => {
  it('lists the indicators and records tabs, and the chosen tab’s columns in every column field', async () => {
    const page = await openSidebar();
    const options = (id: string) => [...page.byId<HTMLSelectElement>(id).options].map((o) => o.value);
    expect(options('indicator')).toEqual(['K1', 'K2']);
    expect(options('tab')).toEqual(['Records']);
    expect(options('dateColumn')).toEqual(['', 'ID', 'Start date', 'Completed', 'Score', 'Site']);
    expect(options('breakdown2')).toEqual(options('dateColumn'));
    expect(text(page, 'indicator-hint')).toBe(
      'Sources row 2 already computes this indicator; adding asks before replacing it.',
    );
    expect(page.script.calls.map((c) => c.name)).toEqual(['getSourceChoices']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('builds and adds a row by keyboard alone: each field in order, a live preview, and Enter to add', async () => {
    const page = await openSidebar();
    choose(page, 'indicator', 'K2');
    expect(text(page, 'indicator-hint')).toBe('');
    choose(page, 'count', 'Share');
    expect(tabOrder(page)).toEqual([
      'indicator',
      'tab',
      'count',
      'idColumn',
      'dateColumn',
      'windowAmount',
      'windowUnit',
      'eligibleColumn',
      'eligibleTest',
      'eligibleValue',
      'conditionColumn',
      'conditionTest',
      'conditionValue',
      'breakdown1',
      'breakdown2',
      'add',
      'close',
    ]);
    choose(page, 'dateColumn', 'Start date');
    choose(page, 'windowAmount', '12');
    choose(page, 'conditionColumn', 'Completed');
    choose(page, 'conditionValue', 'Yes');
    choose(page, 'breakdown1', 'Site');
    expect(text(page, 'preview')).toBe(
      'IndicatorK2Records tabRecordsDate columnStart dateWindow12 weeks after Start dateCountShareConditionCompleted = YesBreakdown 1Site',
    );
    await pressEnter(page);
    expect(text(page, 'status')).toBe(
      'Added Sources row 3: K2 from Records. Run Update data from records to compute it.',
    );
    expect(page.spreadsheet.getSheetByName('Sources')!.getRange(3, 1, 1, 6).getValues()).toEqual([
      ['K2', 'Records', '', 'Start date', '12 weeks after Start date', 'Share'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a refusal beside the field it concerns, marks it invalid, announces it and moves focus there', async () => {
    const page = await openSidebar();
    choose(page, 'indicator', 'K2');
    choose(page, 'count', 'Average');
    choose(page, 'dateColumn', 'Start date');
    await pressEnter(page);
    const message =
      'Average needs a Value: the column to average, such as "Score", or "weeks from Start date to Job start".';
    expect(text(page, 'value-error')).toBe(message);
    expect(page.byId('value').getAttribute('aria-invalid')).toBe('true');
    expect(page.byId('value').getAttribute('aria-describedby')).toBe('value-error');
    expect(page.byId('status').getAttribute('aria-live')).toBe('polite');
    expect(text(page, 'status')).toBe(`Not added: Value: ${message}`);
    expect(page.document.activeElement).toBe(page.byId('value'));
    expect(page.spreadsheet.getSheetByName('Sources')!.getLastRow()).toBe(2);
    choose(page, 'value', 'Score');
    await pressEnter(page);
    expect(text(page, 'value-error')).toBe('');
    expect(page.byId('value').hasAttribute('aria-invalid')).toBe(false);
    expect(text(page, 'status')).toMatch(/^Added Sources row 3/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks before replacing the row an indicator already has, and replaces it only when told to', async () => {
    const page = await openSidebar();
    choose(page, 'count', 'Rows');
    choose(page, 'dateColumn', 'Start date');
    await pressEnter(page);
    expect(text(page, 'status')).toBe(
      'K1 is already computed by Sources row 2. Replace that row with this one?',
    );
    const replace = page.byId<HTMLButtonElement>('replace');
    expect(replace.hidden).toBe(false);
    expect(replace.textContent).toBe('Replace row 2');
    expect(page.document.activeElement).toBe(replace);
    expect(page.spreadsheet.getSheetByName('Sources')!.getRange(2, 6).getValue()).toBe('Participants');
    replace.click();
    expect(page.byId('form').getAttribute('aria-busy')).toBe('true');
    expect(page.byId('status').querySelector('.spinner')).not.toBeNull();
    await page.script.settled();
    expect(page.byId('form').getAttribute('aria-busy')).toBe('false');
    expect(text(page, 'status')).toMatch(/^Replaced Sources row 2/);
    expect(page.spreadsheet.getSheetByName('Sources')!.getRange(2, 6).getValue()).toBe('Rows');
    expect(page.spreadsheet.getSheetByName('Sources')!.getLastRow()).toBe(2);
  });
});
