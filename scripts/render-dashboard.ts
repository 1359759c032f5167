import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_AS_OF, demoWorkbook } from '../core/demo/workbook';
import { STATUS_COLOURS } from '../sheets-addon/src/dashboard';
import { evaluateDashboard, formatCell, NOT_EVALUATED } from '../tests/apps-script/dashboard-evaluation';
import { CHROMIUM_ARGS, findChromium } from './chromium';

// Renders the demo Dashboard, as a real spreadsheet engine computes the template's formulas on the demo's as-of day,
// to docs/images/dashboard.png for docs/sheets-addon.md. Each cell is shown with the number format Set up writes.
const { headers, rows, formats } = evaluateDashboard(demoWorkbook, DEMO_AS_OF);
const STATUS_COLOUR: Record<string, string> = Object.fromEntries(STATUS_COLOURS);
const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const body = rows
  .map((row, r) => {
    const cells = headers.map((h, i) => {
      const shown = NOT_EVALUATED.has(h) ? '(drawn by Sheets)' : formatCell(row[i]!, formats[r]![i]!);
      const bg = h === 'Status' ? STATUS_COLOUR[String(row[i])] : undefined;
      const align = typeof row[i] === 'number' ? ' style="text-align:right"' : '';
      const style = bg ? ` style="background:${bg}"` : align;
      return `<td${style}${NOT_EVALUATED.has(h) ? ' class="na"' : ''}>${esc(shown)}</td>`;
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
</style></head><body><h1>Dashboard · ${esc(demoWorkbook.organisation.name)} (demo workbook, on ${DEMO_AS_OF.split('-').reverse().join('/')})</h1>
<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></body></html>`;

const out = join(import.meta.dirname, '..', 'docs', 'images');

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1700, height: 420 }, deviceScaleFactor: 1 });
await page.setContent(html);
await page.locator('body').screenshot({ path: join(out, 'dashboard.png') });
await browser.close();
console.log('docs/images/dashboard.png written');
