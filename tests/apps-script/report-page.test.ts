import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFundersTable } from '../../core/demo/funders';
import { demoLearningLogTable } from '../../core/demo/learning-log';
import { demoWorkbook } from '../../core/demo/workbook';
import { FUNDERS_COLUMNS, readFunders } from '../../core/funders/read';
import { draftReport } from '../../core/funders/report';
import { reportCells } from '../../core/funders/tab';
import { readLearningLog } from '../../core/review/log';
import { LOCAL_DAYS } from '../../core/workbook/cells';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtHtmlFiles, loadAddon } from './load-code';
import { scriptRun } from './script-run';

/**
 * sheets-addon/html/Report.html, with its bundled script, against the built Code.js after Add demo data: the page
 * drafts with core what core drafts from the same evidence, and the server writes only the tab it is sent.
 */
async function openReport(options: { demo?: boolean } = { demo: true }) {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet);
  if (options.demo) addon.call('addDemoData');
  else addon.call('setUpImpactWorkbook');
  addon.call('draftFunderReport');
  expect(addon.shown.sidebars[0]!.title).toBe('Draft report');
  const asOf = (addon.call('getReportInput') as { asOf: string }).asOf;
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = scriptRun(addon.call);
  Object.assign(window, { google: { script: { run: script.run, host: { close() {} } } } });
  window.document.write(builtHtmlFiles().Report!);
  await window.happyDOM.waitUntilComplete();
  await script.settled();
  const document = window.document;
  const byId = <T = HTMLElement>(id: string) => document.getElementById(id) as unknown as T;
  const text = (id: string) => byId(id).textContent!.trim();
  const choose = async (funder: string, period: string) => {
    const funderSelect = byId<HTMLSelectElement>('funder');
    funderSelect.value = funder;
    funderSelect.dispatchEvent(new window.Event('change') as never);
    byId<HTMLSelectElement>('period').value = period;
    byId<HTMLButtonElement>('draft').click();
    await script.settled();
  };
  const click = async (id: string) => {
    byId<HTMLButtonElement>(id).click();
    await script.settled();
  };
  return { window, document, script, spreadsheet, byId, text, choose, click, asOf };
}

type Page = Awaited<ReturnType<typeof openReport>>;

const CONTEXT = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;

function drafted(funder: string, periodEnd: string, asOf: string) {
  const { funders } = readFunders(demoFundersTable(), CONTEXT);
  const log = readLearningLog(demoLearningLogTable(), CONTEXT).rows;
  return draftReport(demoWorkbook, funders, log, { funder, periodEnd, asOf });
}

/** The controls Tab reaches, in order: enabled, not hidden, and none moved by a positive tabindex. */
function tabOrder(page: Page): string[] {
  return [...page.document.querySelectorAll('select, input, button, textarea, [tabindex]')]
    .filter((el) => !el.closest('[hidden]') && !(el as unknown as HTMLButtonElement).disabled)
    .filter((el) => el.getAttribute('tabindex') !== '-1')
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

const previewSections = (page: Page) =>
  [...page.document.querySelectorAll('#sections > section')].map((section) => ({
    heading: section.querySelector('h3')!.textContent,
    paragraphs: [...section.querySelectorAll('.para > p:first-child')].map((p) => p.textContent),
    words: section.querySelector('.words')!.textContent,
  }));

beforeAll(async () => {
  await buildAddon();
});

describe('the Draft report sidebar', () => {
  it('offers the demo’s two funders, and drafts each from the same evidence in its own outcomes', async () => {
    const page = await openReport();
    expect(page.script.calls).toEqual([{ name: 'getReportInput', args: [] }]);
    const funders = [...page.document.querySelectorAll('#funder option')].map((o) => o.textContent);
    expect(funders).toEqual(['Northfield Community Foundation', 'Brightpath Trust']);
    for (const [funder, end] of [
      ['Brightpath Trust', '2026-09-30'],
      ['Northfield Community Foundation', '2026-04-30'],
    ] as const) {
      await page.choose(funder, end);
      const core = drafted(funder, end, page.asOf);
      expect(previewSections(page)).toEqual(
        core.sections.map((s) => ({
          heading: s.heading,
          paragraphs: s.paragraphs.map((p) => p.text),
          words: `${s.words} of ${s.limit} words${s.leftOut > 0 ? `; ${s.leftOut} sentence${s.leftOut === 1 ? '' : 's'} left out to keep within the limit` : ''}`,
        })),
      );
      for (const s of core.sections) expect(s.words).toBeLessThanOrEqual(s.limit!);
      expect(page.document.activeElement).toBe(page.byId('preview-heading'));
    }
    expect(page.script.calls).toHaveLength(1);
  });

  it('shows each paragraph’s findings beside it, and flags a slipped indicator the log says nothing about', async () => {
    const page = await openReport();
    await page.choose('Brightpath Trust', '2026-09-30');
    const core = drafted('Brightpath Trust', '2026-09-30', page.asOf);
    const paras = [...page.document.querySelectorAll('.para')];
    const expected = core.sections.flatMap((s) => s.paragraphs);
    expect(paras).toHaveLength(expected.length);
    paras.forEach((para, i) => {
      const items = [...para.querySelectorAll('.findings li')].map((li) => li.textContent);
      expect(items).toEqual(expected[i]!.findings.map((f) => `${f.severity}: ${f.message}`));
    });
    expect(expected.some((p) => p.findings.length > 0)).toBe(true);
    expect([...page.document.querySelectorAll('.flag')].map((f) => f.textContent)).toEqual([
      'No note in the Learning log yet on I7.',
    ]);
  });

  it('writes the report tab, and asks before replacing it', async () => {
    const page = await openReport();
    await page.choose('Brightpath Trust', '2026-09-30');
    const name = 'Report – Brightpath Trust – 2026-09-30';
    await page.click('write');
    expect(page.text('status')).toBe(`Wrote the report to the tab "${name}".`);
    const sheet = page.spreadsheet.getSheetByName(name)!;
    const cells = reportCells(drafted('Brightpath Trust', '2026-09-30', page.asOf));
    expect(sheet.getDataRange().getValues()).toEqual(cells);
    expect(sheet.calls.setValues).toBe(1);

    await page.click('write');
    expect(page.byId('confirm').hidden).toBe(false);
    expect(page.text('confirm-text')).toBe(
      `There is already a tab named "${name}". Replace it with this report?`,
    );
    expect(page.document.activeElement).toBe(page.byId('replace'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('keep');
    expect(page.byId('confirm').hidden).toBe(true);
    expect(page.document.activeElement).toBe(page.byId('write'));
    expect(sheet.calls.setValues).toBe(1);

    await page.click('write');
    await page.click('replace');
    expect(page.text('status')).toBe(`Wrote the report to the tab "${name}".`);
    expect(sheet.calls.setValues).toBe(2);
    expect(sheet.getDataRange().getValues()).toEqual(cells);
  });

  it('is usable from the keyboard alone, and axe finds no serious violation', async () => {
    const page = await openReport();
    expect(tabOrder(page)).toEqual(['funder', 'period', 'draft']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.choose('Northfield Community Foundation', '2026-04-30');
    expect(tabOrder(page)).toEqual(['funder', 'period', 'draft', 'write']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says when the Funders tab has no funders yet', async () => {
    const page = await openReport({ demo: false });
    expect(page.byId('choose').hidden).toBe(true);
    expect(page.text('status')).toBe(
      'The Funders tab has no funders yet: add a row for each funder outcome, or add the demo data.',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the report server functions', () => {
  it('Set up makes the Funders tab with its headers; Add demo data fills it, dates as dates, but never over a team’s own', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet, { answers: ['YES'] });
    addon.call('setUpImpactWorkbook');
    const funders = spreadsheet.getSheetByName('Funders')!;
    expect(funders.getDataRange().getValues()).toEqual([FUNDERS_COLUMNS.map((c) => c.header)]);
    addon.call('addDemoData');
    const sent = (addon.call('getReportInput') as { funders: unknown[][] }).funders;
    const shown = sent.map((row) => row.map((c) => (typeof c === 'object' ? (c as { day: string }).day : c)));
    expect(shown).toEqual(demoFundersTable());
    funders.getRange(2, 1).setValue('Our own funder');
    addon.call('addDemoData');
    expect(funders.getRange(2, 1).getValue()).toBe('Our own funder');
  });

  it.each<[string, unknown]>([
    ['a tab name that is not a report’s', { name: 'Indicators', cells: [['x', '']] }],
    ['rows of the wrong width', { name: 'Report – F – 2026-09-30', cells: [['x']] }],
    ['no rows', { name: 'Report – F – 2026-09-30', cells: [] }],
    ['more than it asked for', { name: 'Report – F – 2026-09-30', cells: [['x', '']], extra: 1 }],
  ])('writeReportTab refuses %s, writing nothing', async (_, tab) => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    const before = spreadsheet.getSheets().length;
    expect(addon.call('writeReportTab', tab, true)).toEqual({
      ok: false,
      exists: false,
      message: 'Not written: the report was not as expected.',
    });
    expect(spreadsheet.getSheets().length).toBe(before);
  });

  it('writeReportTab keeps text that starts with "=" as text', async () => {
    const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
    const addon = await loadAddon(spreadsheet);
    addon.call('writeReportTab', { name: 'Report – F – 2026-09-30', cells: [['=1+1', 'ok']] }, false);
    expect(spreadsheet.getSheetByName('Report – F – 2026-09-30')!.getRange(1, 1).getValue()).toBe("'=1+1");
  });
});
