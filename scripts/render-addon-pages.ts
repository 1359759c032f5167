import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { isoFromLocalDate } from '../core/util/calendar';
import { formatCell, serialToIso } from '../tests/apps-script/dashboard-evaluation';
import { FakeSpreadsheet } from '../tests/apps-script/fake-spreadsheet';
import { createEngineWithImpactFunctions, type SheetCell } from '../tests/apps-script/hyperformula-impact';
import { builtHtmlFiles, loadAddon } from '../tests/apps-script/load-code';
import { answerCall, PAGE_SCRIPT_RUN, SERVER_BRIDGE, type ServerCall } from '../tests/apps-script/script-run';
import { CHROMIUM_ARGS, findChromium } from './chromium';

// Renders the add-on's Explain and Quarterly review sidebars, and the Charts tab that Set up builds, for the demo
// organisation, to docs/images/ for README.md and docs/sheets-addon.md. The sidebars are the built pages, answered
// by the built Code.js over the fake spreadsheet; the charts are the tab's own helper table, computed by a real
// spreadsheet engine, drawn as the line charts Set up asks Sheets for.

const OUT = join(import.meta.dirname, '..', 'docs', 'images');
/** The width Sheets gives an add-on's sidebar. */
const SIDEBAR_WIDTH = 300;
/** The Indicators row of the demo's I5, the indicator the Explain image explains. */
const I5_ROW = 6;

/** One built page in a sidebar-wide viewport, its google.script.run answered by Code.js, once `ready` shows. */
async function shootSidebar(html: string, call: ServerCall, file: string, ready: string): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: SIDEBAR_WIDTH, height: 600 },
    deviceScaleFactor: 2,
  });
  await page.exposeFunction(SERVER_BRIDGE, (name: string, args: unknown[]) => answerCall(call, name, args));
  await page.addInitScript(PAGE_SCRIPT_RUN);
  // Served from a URL, since init scripts run on a navigation and setContent is none.
  const url = `https://sheets-addon.invalid/${file.replace(/\.png$/, '.html')}`;
  await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await settle(page);
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  await page.close();
  console.log(`docs/images/${file} written`);
}

/** Waits until the page has stopped changing: every answer in and drawn. */
async function settle(page: Page): Promise<void> {
  let before = '';
  for (;;) {
    await page.waitForTimeout(100);
    const now = await page.content();
    if (now === before) return;
    before = now;
  }
}

type Shown = string | number | null;

/** A sheet of the fake spreadsheet as the engine takes it: formulas where there are, dates as ISO days. */
function engineCells(name: string): SheetCell[][] {
  const range = spreadsheet.getSheetByName(name)!.getDataRange();
  const formulas = range.getFormulas();
  return range.getValues().map((row, r) =>
    row.map((value, c) => {
      if (formulas[r]![c]) return formulas[r]![c]!;
      // Dates come from the script's realm, where instanceof Date is false.
      if (Object.prototype.toString.call(value) === '[object Date]') return isoFromLocalDate(value as Date);
      return value === '' ? null : (value as SheetCell);
    }),
  );
}

/** The Charts tab, Indicators and Data as a real spreadsheet engine computes them: the Charts tab's values. */
function evaluateChartsTab(): Shown[][] {
  const engine = createEngineWithImpactFunctions(
    Object.fromEntries(['Indicators', 'Data', 'Charts'].map((name) => [name, engineCells(name)])),
    { useArrayArithmetic: true },
  );
  const values = engine.getSheetValues(engine.getSheetId('Charts')!) as unknown[][];
  engine.destroy();
  return values.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined || typeof v === 'number' || typeof v === 'string') return v ?? null;
      throw new Error(`The Charts tab computed ${JSON.stringify(v)}, which a chart cannot draw`);
    }),
  );
}

interface ChartData {
  title: string;
  format: string;
  series: string[];
  /** Rows of [serial day, one figure or null per series]. */
  rows: [number, ...(number | null)[]][];
}

/** Each chart Set up put on the Charts tab, with the rows of its range (headers first) from the evaluated tab. */
function chartsOfTab(values: Shown[][]): ChartData[] {
  return spreadsheet
    .getSheetByName('Charts')!
    .getCharts()
    .map((chart) => {
      const range = spreadsheet.getRange(chart.ranges[0]!);
      const [top, left] = [range.getRow() - 1, range.getColumn() - 1];
      const block = values
        .slice(top, top + range.getNumRows())
        .map((row) => Array.from({ length: range.getNumColumns() }, (_, c) => row[left + c] ?? null));
      const [headers, ...body] = block.slice(chart.numHeaders - 1);
      const number = (v: Shown) => (typeof v === 'number' ? v : null);
      return {
        title: String(chart.options.title),
        format: (chart.options.vAxis as { format: string }).format,
        series: headers!.slice(1).map(String),
        rows: body
          .filter((row) => typeof row[0] === 'number')
          .map((row) => [row[0] as number, ...row.slice(1).map(number)] as [number, ...(number | null)[]]),
      };
    });
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const SERIES_COLOURS = ['#4285f4', '#db4437'];
const [W, H] = [600, 320];
const PLOT = { left: 64, right: 24, top: 60, bottom: 32 };

/** A chart's title in lines that fit its width, as Sheets wraps a long one. */
function titleLines(title: string, width = 68): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Round steps (1, 2 or 5 times a power of ten) covering [low, high]: the vertical axis's gridlines. */
function ticks(low: number, high: number): number[] {
  if (low === high) [low, high] = [low - 1, high + 1];
  const rough = (high - low) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const from = Math.floor(low / step) * step;
  return Array.from({ length: Math.round((Math.ceil(high / step) * step - from) / step) + 1 }, (_, i) =>
    Number((from + i * step).toPrecision(12)),
  );
}

const dayLabel = (serial: number) => serialToIso(serial).split('-').reverse().join('/');

/**
 * One line chart as Sheets draws Set up's: each series a line through its points, without markers, blanks skipped
 * (interpolateNulls), the vertical axis in `format`.
 */
function lineChart({ title, format, series, rows }: ChartData): string {
  const figures = rows.flatMap(([, ...ys]) => ys.filter((y): y is number => y !== null));
  const yTicks = ticks(Math.min(...figures), Math.max(...figures));
  const [x0, x1] = [rows[0]![0], rows.at(-1)![0]];
  const [y0, y1] = [yTicks[0]!, yTicks.at(-1)!];
  const px = (x: number) => PLOT.left + ((x - x0) / (x1 - x0 || 1)) * (W - PLOT.left - PLOT.right);
  const py = (y: number) => H - PLOT.bottom - ((y - y0) / (y1 - y0)) * (H - PLOT.top - PLOT.bottom);
  const grid = yTicks
    .map(
      (y) =>
        `<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${py(y)}" y2="${py(y)}" stroke="#e0e0e0"/>` +
        `<text x="${PLOT.left - 6}" y="${py(y) + 4}" text-anchor="end">${esc(formatCell(y, format))}</text>`,
    )
    .join('');
  const xLabels = (
    [
      [x0, 'start'],
      [(x0 + x1) / 2, 'middle'],
      [x1, 'end'],
    ] as const
  )
    .map(
      ([x, anchor]) =>
        `<text x="${px(x)}" y="${H - PLOT.bottom + 18}" text-anchor="${anchor}">${dayLabel(Math.round(x))}</text>`,
    )
    .join('');
  const lines = series
    .map((_, s) => {
      const points = rows.flatMap(([x, ...ys]) => (ys[s] === null ? [] : [[px(x), py(ys[s]!)]]));
      const colour = SERIES_COLOURS[s % SERIES_COLOURS.length]!;
      return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => p.join(',')).join(' ')}"/>`;
    })
    .join('');
  const legend = series
    .map(
      (name, s) =>
        `<span><i style="background:${SERIES_COLOURS[s % SERIES_COLOURS.length]}"></i>${esc(name)}</span>`,
    )
    .join('');
  return `<figure><svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">
${titleLines(title)
  .map((line, i) => `<text class="title" x="16" y="${22 + i * 18}">${esc(line)}</text>`)
  .join('')}
${grid}<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${H - PLOT.bottom}" y2="${H - PLOT.bottom}" stroke="#9e9e9e"/>
${xLabels}${lines}</svg><figcaption>${legend}</figcaption></figure>`;
}

/** The Charts tab's charts, two a row as Set up places them, to docs/images/charts-tab.png. */
async function shootCharts(): Promise<void> {
  const charts = chartsOfTab(evaluateChartsTab());
  if (charts.length === 0) throw new Error('Set up put no charts on the Charts tab');
  const note = String(spreadsheet.getSheetByName('Charts')!.getRange(1, 1).getValue());
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
body{font:13px Arial,sans-serif;margin:0;padding:16px;color:#202124;width:${2 * W + 16}px}
p{margin:0 0 12px}
main{display:grid;grid-template-columns:repeat(2,${W}px);gap:16px}
figure{margin:0;border:1px solid #dadce0;background:#fff}
svg{display:block;font-size:12px;fill:#5f6368}
svg .title{font-size:14px;fill:#202124;font-weight:bold}
figcaption{display:flex;gap:24px;justify-content:center;padding:0 0 10px;color:#5f6368}
figcaption i{display:inline-block;width:18px;height:3px;margin:0 6px 3px 0;vertical-align:middle}
</style></head><body><p>${esc(note)}</p><main>${charts.map(lineChart).join('\n')}</main></body></html>`;
  const page = await browser.newPage({ viewport: { width: 2 * W + 48, height: 600 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.locator('body').screenshot({ path: join(OUT, 'charts-tab.png') });
  await page.close();
  console.log('docs/images/charts-tab.png written');
}

const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
// loadAddon builds the add-on (sheets-addon/build.ts) into dist/sheets-addon/, pages included, and runs its Code.js.
const addon = await loadAddon(spreadsheet);
addon.call('addDemoData');
const pages = builtHtmlFiles();

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  spreadsheet.getSheetByName('Indicators')!.getRange(I5_ROW, 1).activate();
  await shootSidebar(pages.Explain!, addon.call, 'explain-sidebar.png', '#explanation:not([hidden])');
  await shootSidebar(pages.Review!, addon.call, 'review-sidebar.png', 'li.item');
  await shootCharts();
} finally {
  await browser.close();
}
