import axe from 'axe-core';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddon } from '../../sheets-addon/build';
import { builtHtmlFiles } from './load-code';

/**
 * A google.script.run that behaves as Apps Script's does where it matters: calls are asynchronous, a function
 * whose name ends in _ is private, and arguments and results may only be primitives, plain objects and arrays
 * (a Date or a function is refused, as Apps Script refuses it).
 */
function fakeScriptRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const failures: string[] = [];
  const transferable = (value: unknown): boolean => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
    if (typeof value === 'function' || value instanceof Date) return false;
    if (Array.isArray(value)) return value.every(transferable);
    if (typeof value === 'object')
      return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(transferable);
    return false;
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(success, fn);
          return (...args: unknown[]) => {
            if (!failure) failures.push(`${name} was called without a failure handler`);
            if (name.endsWith('_')) throw new Error(`${name} is private and cannot be called from the page`);
            if (!args.every(transferable))
              throw new Error(`${name}: arguments must be primitives, plain objects or arrays`);
            calls.push({ name, args });
            queueMicrotask(() => {
              try {
                const fn = server[name];
                if (!fn) throw new Error(`Script function not found: ${name}`);
                const result = fn(...args);
                if (!transferable(result))
                  throw new Error(`${name} returned a value google.script.run cannot pass`);
                success?.(result);
              } catch (error) {
                failure?.(error as Error);
              }
            });
          };
        },
      },
    );
  return { run: runner(), calls, failures };
}

async function openPage(file: string, server: Record<string, (...args: unknown[]) => unknown>) {
  const window = new Window({ settings: { enableJavaScriptEvaluation: true } });
  const script = fakeScriptRun(server);
  const host = {
    closed: false,
    close() {
      host.closed = true;
    },
  };
  Object.assign(window, { google: { script: { run: script.run, host } } });
  window.document.write(builtHtmlFiles()[file]!);
  await window.happyDOM.waitUntilComplete();
  await new Promise((r) => setTimeout(r, 0));
  return { window, document: window.document, script, host };
}

async function seriousViolations(window: Window): Promise<string[]> {
  const context = window as unknown as { eval(code: string): unknown; axe: typeof axe };
  context.eval(axe.source);
  const results = await context.axe.run(window.document as unknown as Document, {
    rules: { 'color-contrast': { enabled: false } }, // happy-dom does not compute styles
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

beforeAll(async () => {
  await buildAddon();
});

describe('the export and import dialogs', () => {
  it('export shows the JSON and offers a download', async () => {
    const page = await openPage('Export', {
      getWorkbookJson: () => ({
        ok: true,
        json: '{"schemaVersion":1}',
        fileName: 'northfield.impact.json',
        problems: [],
      }),
    });
    expect((page.document.getElementById('json') as unknown as HTMLTextAreaElement).value).toBe(
      '{"schemaVersion":1}',
    );
    expect((page.document.getElementById('download') as unknown as HTMLButtonElement).disabled).toBe(false);
    expect(await seriousViolations(page.window)).toEqual([]);
  });

  it('export lists the problems that stop it', async () => {
    const page = await openPage('Export', {
      getWorkbookJson: () => ({
        ok: false,
        json: '',
        fileName: 'x.impact.json',
        problems: ['Indicators!H7: Target must be a number, found "tbc".'],
      }),
    });
    expect(page.document.getElementById('problems')!.textContent).toContain('Indicators!H7');
    expect((page.document.getElementById('download') as unknown as HTMLButtonElement).disabled).toBe(true);
  });

  it('import asks before replacing rows, then imports', async () => {
    const calls: unknown[][] = [];
    const page = await openPage('Import', {
      importWorkbookJson: (text: unknown, replace: unknown) => {
        calls.push([text, replace]);
        return replace
          ? { status: 'imported', problems: [], replaces: ['Data'], summary: 'Northfield: 14 steps.' }
          : {
              status: 'needs-confirmation',
              problems: [],
              replaces: ['Data'],
              summary: 'Northfield: 14 steps.',
            };
      },
    });
    (page.document.getElementById('json') as unknown as HTMLTextAreaElement).value = '{"schemaVersion":1}';
    (page.document.getElementById('import') as unknown as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    const confirm = page.document.getElementById('confirm') as unknown as HTMLButtonElement;
    expect(confirm.hidden).toBe(false);
    expect(page.document.getElementById('status')!.textContent).toContain('replaces the rows on Data');
    confirm.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([
      ['{"schemaVersion":1}', false],
      ['{"schemaVersion":1}', true],
    ]);
    expect(page.document.getElementById('status')!.textContent).toBe('Imported. Northfield: 14 steps.');
    expect(await seriousViolations(page.window)).toEqual([]);
  });

  it('the formulas help closes with its button', async () => {
    const page = await openPage('Help', {});
    (page.document.getElementById('close') as unknown as HTMLButtonElement).click();
    expect(page.host.closed).toBe(true);
    expect(await seriousViolations(page.window)).toEqual([]);
  });
});
