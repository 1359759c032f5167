import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { demoWorkbook } from '../core/demo/workbook';
import { STATUS_COLOURS } from '../sheets-addon/src/dashboard';
import { evaluateDashboard, serialToIso } from '../tests/apps-script/dashboard-evaluation';
import { CHROMIUM_ARGS, findChromium } from './chromium';

// Renders the demo Dashboard, as a real spreadsheet engine computes the template's formulas, to
// docs/images/dashboard.png for docs/sheets-addon.md.
const { headers, rows } = evaluateDashboard(demoWorkbook);
const percent = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '');
const STATUS_COLOUR: Record<string, string> = Object.fromEntries(STATUS_COLOURS);
const format: Record<string, (v: unknown, row: unknown[]) => string> = {
  'Latest period': (v) => (typeof v === 'number' ? serialToIso(v).split('-').reverse().join('/') : ''),
  'Latest value': (v, row) => {
    const unit = demoWorkbook.indicators.find((i) => i.id === row[0])?.unit;
    return typeof v === 'number' ? (unit === 'Percent' ? percent(v) : String(Math.round(v * 10) / 10)) : '';
  },
  Progress: percent,
  'Trend per quarter': (v) =>
    typeof v === 'number' ? (v >= 0 ? '+' : '') + (Math.abs(v) < 1 ? v.toFixed(3) : v.toFixed(2)) : '',
  'Rate (last 12 months)': percent,
  'Lower (95%)': percent,
  'Upper (95%)': percent,
  Sparkline: () => '(drawn by Sheets)',
};
const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const body = rows
  .map((row) => {
    const cells = headers.map((h, i) => {
      const shown = format[h] ? format[h]!(row[i], row) : String(row[i] ?? '');
      const bg = h === 'Status' ? STATUS_COLOUR[String(row[i])] : undefined;
      return `<td${bg ? ` style="background:${bg}"` : ''}${h === 'Sparkline' ? ' class="na"' : ''}>${esc(shown)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  })
  .join('\n');
const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
body{font:13px Arial,sans-serif;margin:16px;color:#202124}
h1{font-size:15px;margin:0 0 8px}
table{border-collapse:collapse}
th{background:#d9ead3;text-align:left;font-weight:bold}
td,th{border:1px solid #dadce0;padding:4px 8px;max-width:300px}
td.na{color:#80868b;font-style:italic}
</style></head><body><h1>Dashboard · ${esc(demoWorkbook.organisation.name)} (demo workbook)</h1>
<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></body></html>`;

const out = join(import.meta.dirname, '..', 'docs', 'images');

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1500, height: 420 }, deviceScaleFactor: 1 });
await page.setContent(html);
await page.locator('body').screenshot({ path: join(out, 'dashboard.png') });
await browser.close();
console.log('docs/images/dashboard.png written');
