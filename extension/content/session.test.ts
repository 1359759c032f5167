// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/checks/finding';
import type { KeyValueStore } from '../drafts/draft-store';
import { render } from '../fields/test-page';
import type { CheckResult, FieldText } from '../messaging';
import { PageSession } from './session';

const LABEL = 'What difference will your project make? (max 250 words)';

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      return Object.fromEntries([...data].filter(([k]) => keys === null || keys.includes(k)));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
}

const VAGUE: Finding = {
  checkId: 'vague-outcome',
  severity: 'warning',
  message: 'Say what will change.',
  docs: 'docs/checks/vague-outcome.md',
};

/** Stands in for the background: reads every question as an outcomes one and finds one thing in each answer. */
function background(): (fields: FieldText[]) => Promise<CheckResult> {
  return async (fields) => {
    const result: CheckResult = { questions: {}, findings: {} };
    for (const f of fields) {
      result.questions[f.key] = { kind: 'outcomes', label: f.label, limit: { max: 250, unit: 'words' } };
      result.findings[f.key] = f.text ? [VAGUE] : [];
    }
    return result;
  };
}

const controllers: AbortController[] = [];

async function startSession(check = vi.fn(background())) {
  render(`<form><label for="a">${LABEL}</label><textarea id="a" maxlength="2000"></textarea></form>`);
  const controller = new AbortController();
  controllers.push(controller);
  const reportChanged = vi.fn();
  const session = new PageSession({
    document,
    storage: memoryStore(),
    signal: controller.signal,
    openSidePanel: () => undefined,
    check,
    reportChanged,
  });
  await session.start();
  return { session, check, reportChanged };
}

afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
});

describe('a page session', () => {
  it('sends what the page says about each question to be described with the checks, not a limit of its own', async () => {
    const { check } = await startSession();
    await vi.waitFor(() => expect(check).toHaveBeenCalled());
    const [field] = check.mock.calls[0]![0];
    expect(field).toEqual({
      key: expect.stringContaining('#'),
      text: '',
      label: LABEL,
      help: '',
      maxLength: 2000,
      counterText: '',
    });
  });

  it("reports each field with the question the background described, once that field's check is back", async () => {
    let answer: (result: CheckResult) => void = () => undefined;
    const check = vi.fn(
      (_fields: FieldText[]) =>
        new Promise<CheckResult>((resolve) => {
          answer = resolve;
        }),
    );
    const { session } = await startSession(check);
    await vi.waitFor(() => expect(check).toHaveBeenCalled());
    let reported = false;
    const report = session.report().then((r) => {
      reported = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reported).toBe(false);
    answer(await background()(check.mock.calls[0]![0]));
    const { fields } = await report;
    expect(fields).toEqual([
      expect.objectContaining({
        label: LABEL,
        kind: 'outcomes',
        limit: { max: 250, unit: 'words' },
        words: 0,
      }),
    ]);
  });

  it('tells the side panel each time the report changes: after the first check, and after typing', async () => {
    const { session, reportChanged } = await startSession();
    await vi.waitFor(() => expect(reportChanged).toHaveBeenCalledTimes(1));
    const textarea = document.querySelector('textarea')!;
    textarea.value = 'Young people will feel better.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(reportChanged).toHaveBeenCalledTimes(2));
    const [field] = (await session.report()).fields;
    expect([field?.words, field?.findings]).toEqual([5, [VAGUE]]);
  });
});
