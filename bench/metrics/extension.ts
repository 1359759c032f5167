import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';
import { ensureStoreBuild } from '../../tests/e2e/harness';
import { type BenchMetric, fromRounds, type SideBySide } from '../harness';

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

/** Every element discovery considers a candidate: text boxes, inputs and editable regions. */
const CANDIDATES = 'textarea, input, [contenteditable]';

async function fieldsBundle(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'extension', 'fields', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'impactFields',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

interface RoundTimes {
  floors: number[];
  subjects: number[];
  /** Discovery and then every field's description read, as the session does when the fields first arrive. */
  described: number[];
}

/**
 * Discovery and its floor, timed in the page in interleaved rounds. The page's clock is coarsened to 0.1 ms, so each
 * round times a batch of runs of each side and divides.
 */
function discoveryRounds(page: Page): Promise<RoundTimes> {
  return page.evaluate(
    ({ candidates, rounds }) => {
      const api = (
        window as unknown as {
          impactFields: { discoverFields(d: Document): unknown[]; describeField(field: unknown): void };
        }
      ).impactFields;
      const floor = () => {
        const found: { element: Element; label: Element | null; box: DOMRect }[] = [];
        for (const element of document.querySelectorAll(candidates)) {
          const labelledBy = element.getAttribute('aria-labelledby');
          const label =
            (element as HTMLTextAreaElement).labels?.[0] ??
            (labelledBy ? document.getElementById(labelledBy) : null);
          found.push({ element, label, box: element.getBoundingClientRect() });
        }
        return found.length;
      };
      const subject = () => {
        const found = api.discoverFields(document).length;
        if (found !== 200) throw new Error(`found ${found} fields, not 200`);
        return found;
      };
      const describedAll = () => {
        const fields = api.discoverFields(document);
        for (const field of fields) api.describeField(field);
        return fields.length;
      };
      const batch = (run: () => number, runs: number) => {
        const start = performance.now();
        for (let i = 0; i < runs; i++) run();
        return (performance.now() - start) / runs;
      };
      for (let i = 0; i < 10; i++) {
        floor();
        subject();
        describedAll();
      }
      const floors: number[] = [];
      const subjects: number[] = [];
      const described: number[] = [];
      for (let round = 0; round < rounds; round++) {
        floors.push(batch(floor, 20));
        subjects.push(batch(subject, 3));
        described.push(batch(describedAll, 2));
      }
      return { floors, subjects, described };
    },
    { candidates: CANDIDATES, rounds: 31 },
  );
}

async function discoveryAgainstFloor(): Promise<SideBySide> {
  const script = await fieldsBundle();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(twoHundredFields());
    await page.addScriptTag({ content: script });
    // tsx compiles this file with esbuild's keepNames, which wraps the functions named in discoveryRounds in a
    // __name helper that the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    const { floors, subjects, described } = await discoveryRounds(page);
    const whole = fromRounds(floors, described);
    // Information, not the budgeted figure: the description is not discovery's work, but the page pays for it when
    // the fields first arrive, and this says how much.
    console.log(
      `extension-discovery-200-fields: discovery and every field's description read: ${whole.ratio.toFixed(2)}× the floor, ${whole.ms.toFixed(2)} ms (information, no budget)`,
    );
    return fromRounds(floors, subjects);
  } finally {
    await browser.close();
  }
}

export const metrics: BenchMetric[] = [
  {
    name: 'extension-content-script-gz',
    unit: 'KB',
    budget: 40,
    better: 'lower',
    description: 'content script of the store build (.output/chrome-mv3), gzipped',
    measure() {
      const file = join(ensureStoreBuild(), 'content-scripts', 'content.js');
      return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
    },
  },
  {
    name: 'extension-discovery-200-fields',
    unit: 'ratio',
    budget: 3,
    better: 'lower',
    description: 'discoverFields on a 200-field portal page, in Chromium',
    floor: `one querySelectorAll('${CANDIDATES}'), then each candidate's label element and bounding box`,
    measure: discoveryAgainstFloor,
  },
];
