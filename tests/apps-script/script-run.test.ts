import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../sheets-addon/build';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';
import { answerCall, PAGE_SCRIPT_RUN, SERVER_BRIDGE, scriptRun } from './script-run';

type Runner = Record<string, (...args: unknown[]) => Runner>;

/** One google.script.run call, answered: what reached the success handler, or the failure handler's message. */
async function outcome(run: object, name: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve) => {
    (run as Runner).withSuccessHandler!((value: unknown) => resolve({ value })).withFailureHandler!(
      (error: unknown) => resolve({ error: (error as Error).message }),
    )[name]!(...args);
  });
}

async function demoAddon() {
  const addon = await loadAddon(new FakeSpreadsheet('Northfield Youth Futures'));
  addon.call('addDemoData');
  return addon;
}

beforeAll(async () => {
  await buildAddon();
});

describe('the google.script.run stand-ins answer only from the built Code.js', () => {
  it('in a browser page, as scripts/render-addon-pages.ts installs it', async () => {
    const addon = await demoAddon();
    const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
    Object.assign(window, {
      [SERVER_BRIDGE]: async (name: string, args: unknown[]) => answerCall(addon.call, name, args),
    });
    (window as unknown as { eval(code: string): unknown }).eval(PAGE_SCRIPT_RUN);
    const run = (window as unknown as { google: { script: { run: object } } }).google.script.run;
    const answered = (await outcome(run, 'getExplainInput', 'I5')) as { value: { indicator?: unknown } };
    expect(answered.value).toEqual(answerCall(addon.call, 'getExplainInput', ['I5']));
    expect(await outcome(run, 'getMadeUpFigures', 'I5')).toEqual({
      error: 'Code.js has no global function getMadeUpFigures',
    });
  });

  it('in the same realm, as the page tests use it', async () => {
    const addon = await demoAddon();
    const script = scriptRun(addon.call);
    expect(await outcome(script.run, 'getMadeUpFigures')).toEqual({
      error: 'Code.js has no global function getMadeUpFigures',
    });
    expect(script.calls).toEqual([{ name: 'getMadeUpFigures', args: [] }]);
  });
});
