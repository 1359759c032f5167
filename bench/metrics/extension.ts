import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';
import { launchWithExtension } from '../../tests/e2e/harness';
import { startPortalServer } from '../../tests/fixtures/portals/server';
import { type BenchMetric, median } from '../harness';

const ROOT = join(import.meta.dirname, '..', '..');

/** A portal page of 200 long-answer fields, each with a label, help text and a counter, as large forms have. */
function twoHundredFields(): string {
  const questions = Array.from({ length: 200 }, (_, i) => {
    const kind = [
      'What difference will your project make?',
      'How will you measure success?',
      'Who will benefit?',
      'Why is it needed?',
    ][i % 4];
    return `<div class="q"><label for="q${i}">${i + 1}. ${kind} (max ${100 + (i % 5) * 50} words)</label>
      <p class="help" id="h${i}">Please be specific. Answers are scored out of 10.</p>
      <textarea id="q${i}" name="question_${i}" aria-describedby="h${i}" rows="3"></textarea>
      <div class="counter">0 / ${1000 + i} characters</div></div>`;
  });
  return `<!doctype html><html lang="en"><head><title>Large form</title></head><body><form>${questions.join('\n')}<input type="text" name="title" value="x"><input type="email" name="e"></form></body></html>`;
}

export const metrics: BenchMetric[] = [
  {
    name: 'extension-content-script-gz',
    unit: 'KB',
    budget: 40,
    better: 'lower',
    description: 'content script of the store build (.output/chrome-mv3), gzipped',
    measure() {
      const file = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
      if (!existsSync(file)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
      return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
    },
  },
  {
    name: 'extension-discovery-200-fields',
    unit: 'ms',
    budget: 20,
    better: 'lower',
    description: 'discoverFields on a 200-field portal page in Chromium (median of 31)',
    async measure() {
      const bundle = await build({
        entryPoints: [join(ROOT, 'extension', 'fields', 'index.ts')],
        bundle: true,
        format: 'iife',
        globalName: 'impactFields',
        write: false,
        minify: true,
        logLevel: 'silent',
      });
      const browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        await page.setContent(twoHundredFields());
        await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
        const times = await page.evaluate(() => {
          const api = (window as unknown as { impactFields: { discoverFields(d: Document): unknown[] } })
            .impactFields;
          const out: number[] = [];
          for (let i = 0; i < 36; i++) {
            const start = performance.now();
            const found = api.discoverFields(document);
            const ms = performance.now() - start;
            if (found.length !== 200) throw new Error(`found ${found.length} fields, not 200`);
            if (i >= 5) out.push(ms);
          }
          return out;
        });
        return median(times);
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'extension-keystroke-main-thread',
    unit: 'ms',
    budget: 4,
    better: 'lower',
    description:
      'page main-thread time of the content script per keystroke (mean of 70, Chromium trace); checks run in the service worker',
    async measure() {
      const server = await startPortalServer();
      const session = await launchWithExtension();
      try {
        const page = await session.context.newPage();
        await page.goto(`${server.url}demo-application.html`);
        await page.click('nav.steps button[data-step="3"]');
        await page.locator('#outcomes').click();
        await page.keyboard.type('Young people will feel more confident by March 2027. ');
        await page.waitForTimeout(500);
        const cdp = await session.context.newCDPSession(page);
        const events: {
          name: string;
          ph: string;
          dur?: number;
          ts: number;
          args?: { data?: { url?: string } };
        }[] = [];
        cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
          transferMode: 'ReportEvents',
        });
        const text = ' We will deliver forty workshops and 60% will move into work by 2027.';
        const keystrokes: [number, number][] = [];
        for (const ch of text) {
          const before = Date.now();
          await page.keyboard.type(ch);
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          keystrokes.push([before, Date.now()]);
        }
        const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.end');
        await ended;
        // Script time attributed to the content script, per keystroke: FunctionCall events from its file.
        const ours = events.filter(
          (e) =>
            e.ph === 'X' &&
            (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
            e.args?.data?.url?.includes('content-scripts/content.js'),
        );
        const total = ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
        const longest = Math.max(0, ...ours.map((e) => (e.dur ?? 0) / 1000));
        if (longest > 50)
          throw new Error(`the content script caused a long task of ${longest.toFixed(1)} ms`);
        return total / text.length;
      } finally {
        await session.close();
        await server.close();
      }
    },
  },
];
