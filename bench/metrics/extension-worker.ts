import type { CDPSession, Page } from 'playwright-core';
import { demoWorkbook } from '../../core/demo/workbook';
import { KEYS } from '../../extension/lib/settings';
import type { CheckResult, FieldText, Message } from '../../extension/messaging';
import { type ExtensionSession, launchWithExtension, storageSet } from '../../tests/e2e/harness';
import { realisticApplication } from '../../tests/fixtures/applications/realistic-application';
import { type BenchMetric, fromRounds, type SideBySide } from '../harness';

const ROUNDS = 15;
/** Rounds timed and thrown away first: the first starts of a worker also fill Chrome's caches for its script. */
const WARMUP_ROUNDS = 2;

/** The page the content script would send: the 10-field, 5,000-word application, every field at once. */
function checkWholeApplication(): Message {
  const fields: FieldText[] = realisticApplication(5_000).map((a) => ({
    key: a.key,
    text: a.text,
    label: a.question.label,
    help: a.question.limit ? `Maximum ${a.question.limit.max} ${a.question.limit.unit}.` : '',
  }));
  return { type: 'impact/check', fields };
}

/** Not one of the extension's messages: the worker wakes, its listener looks at it and answers nothing. */
const NOTHING = { type: 'bench/nothing' };

/**
 * Stops every service worker (the extension's is the only one) through DevTools, as Chrome stops an idle one, and
 * waits until the extension's worker reports that it has stopped.
 */
async function stopWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not stop within 5 s')), 5_000);
    const onUpdate = (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = event.versions.find((v) => v.scriptURL.includes(extensionId));
      if (ours?.runningStatus !== 'stopped') return;
      clearTimeout(timer);
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      resolve();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** Milliseconds from sending `message` from an extension page to its answer, and the answer. */
function timeMessage(page: Page, message: unknown): Promise<{ ms: number; answer: unknown }> {
  return page.evaluate(async (message) => {
    const start = performance.now();
    const answer: unknown = await chrome.runtime.sendMessage(message);
    return { ms: performance.now() - start, answer };
  }, message);
}

function countFindings(answer: unknown): number {
  const findings = (answer as Partial<CheckResult> | undefined)?.findings ?? {};
  return Object.values(findings).reduce((n, list) => n + list.length, 0);
}

async function coldRounds(session: ExtensionSession): Promise<SideBySide> {
  const page = await session.extensionPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const check = checkWholeApplication();
  const floors: number[] = [];
  const subjects: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    await stopWorker(cdp, session.extensionId);
    const floor = await timeMessage(page, NOTHING);
    await stopWorker(cdp, session.extensionId);
    const subject = await timeMessage(page, check);
    // A check that answered nothing would time a worker that did no work, and flatter the figure.
    if (countFindings(subject.answer) === 0) throw new Error('the woken worker returned no findings');
    if (round < WARMUP_ROUNDS) continue;
    floors.push(floor.ms);
    subjects.push(subject.ms);
  }
  return fromRounds(floors, subjects);
}

async function firstFindingsAgainstBareWake(): Promise<SideBySide> {
  const session = await launchWithExtension();
  try {
    // The user's workbook imported, as in use: the first check after a wake reads it and builds its evidence.
    await storageSet(session, { [KEYS.workbook]: demoWorkbook });
    return await coldRounds(session);
  } finally {
    await session.close();
  }
}

export const metrics: BenchMetric[] = [
  {
    name: 'extension-first-findings-after-idle',
    unit: 'ratio',
    budget: 10,
    better: 'lower',
    description:
      'first findings for the 10-field, 5,000-word application after Chrome stopped the service worker (e2e build, demo workbook stored)',
    floor: 'the same stopped worker woken by a message that does nothing',
    measure: firstFindingsAgainstBareWake,
  },
];
