import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../core/checks/run-workbook';
import { DEMO_COSTS } from '../core/costing/demo';
import { meBudgetLine, meJustification, mePlanCost } from '../core/costing/plan';
import { DEMO_AS_OF, demoWorkbook } from '../core/demo/workbook';
import type { Limit } from '../core/questions/types';
import { formatLongDate } from '../core/util/calendar';
import type { Report } from '../extension/messaging';
import { ensureE2eBuild, launchWithExtension, messageTab, storageSet } from '../tests/e2e/harness';
import { DEMO_ANSWERS } from '../tests/fixtures/applications/demo-answers';
import { startPortalServer } from '../tests/fixtures/portals/server';
import { findChromium } from './chromium';
import { EXPLAINED_INDICATOR, explainDemoIndicator } from './demo-explanation';
import { formatFindings } from './print-findings';

/**
 * The main job: build everything, serve the demo funder application on 127.0.0.1, open Chromium with the extension
 * and the demo organisation's workbook, and type the grant writer's draft answers. With a display the window stays
 * open for you; without one, screenshots go to out/ and the report is printed.
 */
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out');
const headless = !process.env.DISPLAY && process.platform === 'linux';

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

async function typeAnswer(page: Page, id: string, text: string): Promise<void> {
  const field = page.locator(`#${id}`);
  await field.scrollIntoViewIfNeeded();
  await field.click();
  // Real keystrokes, as a person types, so the portal and Impact Lens see what they would see.
  await page.keyboard.type(text, { delay: 0 });
}

async function main(): Promise<void> {
  findChromium(); // says exactly what to install, before any work is done
  step('Building the extension (test build, on for 127.0.0.1) and the Sheets add-on');
  ensureE2eBuild();
  execFileSync('npx', ['tsx', 'sheets-addon/build.ts'], { cwd: ROOT, stdio: 'inherit' });

  step('The demo workbook: Northfield Youth Futures');
  const findings = checkWorkbook(demoWorkbook, { asOf: DEMO_AS_OF });
  console.log(`Theory of change check as of ${formatLongDate(DEMO_AS_OF)}: ${findings.length} findings`);
  console.log(formatFindings(findings));

  const explained = explainDemoIndicator(EXPLAINED_INDICATOR);
  step(`Explain indicator: ${explained.indicatorId}, ${explained.name}`);
  console.log(
    `As the add-on's Explain sidebar writes it on ${formatLongDate(explained.asOf)}, with the breakdowns of the demo records:\n\n${explained.paragraph}`,
  );

  const plan = mePlanCost(demoWorkbook, DEMO_COSTS);
  step('M&E plan and cost');
  console.log(`${meBudgetLine(plan)}\n\n${meJustification(plan, demoWorkbook)}`);

  step('Serving the demo funder application and opening Chromium');
  const server = await startPortalServer();
  const session = await launchWithExtension(undefined, { headless });
  try {
    await storageSet(session, { workbook: demoWorkbook });
    const page = await session.context.newPage();
    const url = `${server.url}demo-application.html`;
    await page.goto(url);
    const steps: [string, string[]][] = [
      ['1', ['summary', 'need']],
      ['2', ['beneficiaries', 'activities']],
      ['3', ['outcomes', 'measurement']],
      ['4', ['budget']],
    ];
    for (const [stepNumber, ids] of steps) {
      await page.click(`nav.steps button[data-step="${stepNumber}"]`);
      for (const id of ids) await typeAnswer(page, id, DEMO_ANSWERS[id]!);
    }
    step('What Impact Lens says about each answer');
    for (const [stepNumber] of steps) {
      await page.click(`nav.steps button[data-step="${stepNumber}"]`);
      await page.waitForTimeout(700);
      const report = await messageTab<Report>(session, url, { type: 'impact/report' });
      for (const field of report.fields) {
        // The limit goes beside the count in its own unit: "39 of 100 words · 220 characters".
        const of = (unit: Limit['unit']) => (field.limit?.unit === unit ? ` of ${field.limit.max}` : '');
        console.log(
          `\n● ${field.label}\n  ${field.kind} question · ${field.words}${of('words')} words · ${field.characters}${of('characters')} characters`,
        );
        if (field.findings.length === 0) console.log('  no issues');
        for (const f of field.findings) {
          console.log(
            `  ${f.severity.padEnd(7)} ${f.checkId}: ${f.message}${f.evidence ? `\n          your data: ${f.evidence}` : ''}`,
          );
        }
      }
    }
    await page.click('nav.steps button[data-step="3"]');
    await page.waitForTimeout(500);

    if (!headless) {
      step('Chromium is open with the demo. Close the window when you are done.');
      await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
      return;
    }
    mkdirSync(OUT, { recursive: true });
    await page.locator('#outcomes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'demo-page.png') });
    await page.locator('#outcomes').focus();
    await page.keyboard.press('Alt+Shift+KeyI');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, 'demo-popover.png') });
    const tabId = await (await session.extensionPage()).evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForTimeout(800);
    await panel.screenshot({ path: join(OUT, 'demo-side-panel.png'), fullPage: true });
    step(
      'Screenshots written (no display here): out/demo-page.png, out/demo-popover.png, out/demo-side-panel.png',
    );
    if (session.outsideRequests.length)
      console.log(`Requests outside the machine: ${session.outsideRequests.join(', ')}`);
    else console.log('No request left the machine.');
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `\nImpact Lens could not run the demo: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
