import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, loadAddon } from './load-code';
import { scriptRun } from './script-run';

/**
 * sheets-addon/html/Explain.html, with its bundled script, against the built Code.js: google.script.run calls the
 * add-on's globals in node:vm, asynchronously, with arguments and results passed as JSON, as Apps Script passes them.
 */
async function openExplain(options: { demo?: boolean; selectRow?: number; failing?: boolean } = {}) {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet);
  if (options.demo) addon.call('addDemoData');
  if (options.selectRow) spreadsheet.getSheetByName('Indicators')!.getRange(options.selectRow, 1).activate();
  const call = options.failing
    ? () => {
        throw new Error('Service Spreadsheets timed out');
      }
    : addon.call;
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Explain!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const byId = <T = HTMLElement>(id: string) => document.getElementById(id) as unknown as T;
  const text = (id: string) => byId(id).textContent!.trim();
  return { window, document, script, byId, text };
}

type Page = Awaited<ReturnType<typeof openExplain>>;

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

beforeAll(async () => {
  await buildAddon();
});

describe('the Explain sidebar', () => {
  it('explains the selected indicator: its figures, the theory of change, breakdowns and the paragraph', async () => {
    const page = await openExplain({ demo: true, selectRow: 6 });
    expect(page.script.calls).toEqual([{ name: 'getExplainInput', args: [''] }]);
    expect(page.byId<HTMLSelectElement>('indicator').value).toBe('I5');
    expect(page.byId('explanation').hidden).toBe(false);
    expect(page.text('title')).toBe(
      'I5: Share of leavers in education, employment or training six months after leaving',
    );
    const facts = [...page.document.querySelectorAll('#facts dt')].map((dt) => dt.textContent);
    expect(facts).toEqual(['Status', 'Progress', 'Latest', 'Trend', 'Rate', 'Data']);
    expect(page.text('facts')).toContain('62 of 109, 95% CI 48–66%');
    expect(page.text('paragraph')).toMatch(
      /^57% of leavers in education, employment or training six months after leaving \(62 of 109, 95% CI 48–66%\)/,
    );
    expect(page.text('step')).toBe(
      'O3 (Outcome): Young people move into education, employment or training within six months of leaving',
    );
    expect(page.text('from')).toContain('P3 (Output): Young people complete a work placement');
    expect(page.text('to')).toContain(
      'O4 (Outcome): Young people stay in work: still employed 26 weeks after starting a job',
    );
    expect(page.text('to')).toContain('Assumes: There are entry-level jobs and courses within reach');
    const captions = [...page.document.querySelectorAll('#breakdowns caption')].map((c) => c.textContent);
    expect(captions).toEqual([
      'By age band, period ending 30 September 2026',
      'By site, period ending 30 September 2026',
    ]);
    expect(page.text('breakdowns')).toContain('not shown');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('copies the paragraph from the keyboard, and says so in a live region', async () => {
    const page = await openExplain({ demo: true, selectRow: 6 });
    expect(tabOrder(page)).toEqual(['indicator', 'copy']);
    const copy = page.byId<HTMLButtonElement>('copy');
    expect(copy.tagName).toBe('BUTTON');
    copy.focus();
    expect(page.document.activeElement).toBe(copy);
    copy.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(await page.window.navigator.clipboard.readText()).toBe(page.text('paragraph'));
    expect(page.byId('copied').getAttribute('aria-live')).toBe('polite');
    expect(page.text('copied')).toBe('Paragraph copied.');
  });

  it('offers every indicator when none is selected, and explains the one chosen', async () => {
    const page = await openExplain({ demo: true });
    expect(page.byId('explanation').hidden).toBe(true);
    expect(page.text('status')).toBe(
      'Choose an indicator, or select its row on the Indicators, Data or Dashboard tab.',
    );
    const select = page.byId<HTMLSelectElement>('indicator');
    expect(select.disabled).toBe(false);
    expect(select.options).toHaveLength(9);
    select.focus();
    select.value = 'I1';
    select.dispatchEvent(new page.window.Event('change', { bubbles: true }) as unknown as Event);
    await page.script.settled();
    expect(page.script.calls.at(-1)).toEqual({ name: 'getExplainInput', args: ['I1'] });
    expect(page.text('title')).toBe('I1: Young people enrolled in the quarter');
    expect(page.text('paragraph')).toContain('Young people enrolled in the quarter: 39');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says plainly when the workbook has no indicators, or cannot be read', async () => {
    const empty = await openExplain();
    expect(empty.text('status')).toContain('This workbook has no indicators yet.');
    expect(empty.byId<HTMLSelectElement>('indicator').disabled).toBe(true);
    expect(await seriousViolations(empty)).toEqual([]);
    const broken = await openExplain({ failing: true });
    expect(broken.text('status')).toBe('The workbook could not be read: Service Spreadsheets timed out');
    expect(broken.byId('explanation').hidden).toBe(true);
  });
});
