// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/checks/finding';
import type { KeyValueStore } from '../drafts/draft-store';
import { render } from '../fields/test-page';
import type { CheckRequest, CheckResult } from '../messaging';
import { Overlay } from '../overlay/overlay';
import { PageSession, STOPPED } from './session';

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

/**
 * Stands in for the background: reads every question as an outcomes one and finds one thing in each answer. Like
 * the background, it holds one session's answers, and asks for them all when a change comes for another session.
 */
function background(): (request: CheckRequest) => Promise<CheckResult> {
  let session: string | undefined;
  return async (request) => {
    const result: CheckResult = { questions: {}, findings: {}, shown: {} };
    if (request.partial && request.session !== session) return { ...result, resend: true };
    session = request.session;
    for (const f of request.fields) {
      result.questions[f.key] = { kind: 'outcomes', label: f.label, limit: { max: 250, unit: 'words' } };
      result.findings[f.key] = f.text ? [VAGUE] : [];
      result.shown[f.key] = f.text ? [VAGUE] : [];
    }
    return result;
  };
}

const controllers: AbortController[] = [];
const FORM = `<form><label for="a">${LABEL}</label><textarea id="a" maxlength="2000"></textarea>
  <label for="b">How will you measure it?</label><textarea id="b"></textarea></form>`;

async function startSession(check = vi.fn(background()), connected = () => true, html = FORM) {
  render(html);
  const controller = new AbortController();
  controllers.push(controller);
  const reportChanged = vi.fn();
  const keepDrafts = vi.fn();
  const storage = memoryStore();
  const session = new PageSession({
    document,
    storage,
    signal: controller.signal,
    openSidePanel: () => undefined,
    saveAnswer: async () => true,
    check,
    keepDrafts,
    reportChanged,
    connected,
    stop: () => controller.abort(),
  });
  await session.start();
  return { session, check, keepDrafts, reportChanged, storage, signal: controller.signal };
}

function type(id: string, text: string): void {
  const field = document.getElementById(id) as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('a page session', () => {
  it('sends what the page says about each question to be described with the checks, not a limit of its own', async () => {
    const { check } = await startSession();
    await vi.waitFor(() => expect(check).toHaveBeenCalled());
    const [field] = check.mock.calls[0]![0].fields;
    expect(field).toEqual({
      key: expect.stringContaining('#'),
      text: '',
      label: LABEL,
      help: '',
      maxLength: 2000,
      counterText: '',
    });
  });

  it('reads what the page says about a field as it arrives, and keeps it while a counter counts down', async () => {
    const { check } = await startSession(
      undefined,
      undefined,
      `<form><div><label for="a">${LABEL}</label><textarea id="a"></textarea>
        <div class="counter">250 words remaining</div></div></form>`,
    );
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(check.mock.calls[0]![0].fields[0]?.counterText).toBe('250 words remaining');
    (document.querySelector('.counter') as HTMLElement).textContent = '247 words remaining';
    type('a', 'Three more words');
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect(check.mock.calls[1]![0].fields[0]?.counterText).toBe('250 words remaining');
  });

  it("reports each field with the question the background described, once that field's check is back", async () => {
    let answer: (result: CheckResult) => void = () => undefined;
    const check = vi.fn(
      (_request: CheckRequest) =>
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
    expect(fields[0]).toEqual(
      expect.objectContaining({
        label: LABEL,
        kind: 'outcomes',
        limit: { max: 250, unit: 'words' },
        words: 0,
      }),
    );
  });

  it('tells the side panel each time the report changes: after the first check, and after typing', async () => {
    const { session, reportChanged } = await startSession();
    await vi.waitFor(() => expect(reportChanged).toHaveBeenCalledTimes(1));
    type('a', 'Young people will feel better.');
    await vi.waitFor(() => expect(reportChanged).toHaveBeenCalledTimes(2));
    const [field] = (await session.report()).fields;
    expect([field?.words, field?.findings]).toEqual([5, [VAGUE]]);
  });

  it('sends every field first, then only the field typed in', async () => {
    const { session, check } = await startSession();
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(check.mock.calls[0]![0]).toMatchObject({ partial: false });
    expect(check.mock.calls[0]![0].fields).toHaveLength(2);
    type('b', 'A survey at the start and the end.');
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    const request = check.mock.calls[1]![0];
    expect(request.partial).toBe(true);
    expect(request.fields.map((f) => f.key)).toEqual([expect.stringMatching(/=b$/)]);
    const [a, b] = (await session.report()).fields;
    expect([a?.findings, b?.findings]).toEqual([[], [VAGUE]]);
  });

  it("names its page to the background, and reports the application's other pages after its own fields", async () => {
    const page1 = { url: 'https://apply.example.org/form/step-1', title: 'Step 1' };
    const answered = background();
    const check = vi.fn(async (request: CheckRequest) => {
      const result = await answered(request);
      // The background kept an answer from page 1 of the application, and checks it with this page's.
      if (request.partial) return result;
      result.questions.other = { kind: 'beneficiaries', label: 'Who will benefit?', limit: null };
      result.findings.other = [VAGUE];
      result.elsewhere = { other: { page: page1, text: 'We will support 120 young people.' } };
      return result;
    });
    document.title = 'Step 3';
    const { session } = await startSession(check);
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(check.mock.calls[0]![0].page).toEqual({ url: document.location.href, title: 'Step 3' });
    const report = await session.report();
    expect(report.fields).toHaveLength(2);
    expect(report.otherPages).toEqual([
      {
        url: page1.url,
        title: 'Step 1',
        fields: [
          expect.objectContaining({ key: 'other', label: 'Who will benefit?', words: 6, findings: [VAGUE] }),
        ],
      },
    ]);
    // Typing here tells the background nothing about the other page's field, and keeps it in the report.
    type('a', 'Young people will feel better.');
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect(check.mock.calls[1]![0].fields.map((f) => f.key)).not.toContain('other');
    expect((await session.report()).otherPages?.[0]?.fields[0]?.key).toBe('other');
  });

  it('sends every field again when the background no longer holds the session’s answers', async () => {
    const answered = background();
    let forgotten = false;
    const check = vi.fn((request: CheckRequest) => {
      // The background's worker restarted: it knows no session.
      if (forgotten && request.partial)
        return Promise.resolve({ questions: {}, findings: {}, shown: {}, resend: true as const });
      return answered(request);
    });
    const { session } = await startSession(check);
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    forgotten = true;
    type('a', 'Young people will feel better.');
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(3));
    expect(check.mock.calls[2]![0]).toMatchObject({ partial: false });
    expect(check.mock.calls[2]![0].fields).toHaveLength(2);
    expect((await session.report()).fields[0]?.findings).toEqual([VAGUE]);
  });

  it('tells the user, and stops, when the extension is cut off from the page', async () => {
    const retire = vi.spyOn(Overlay.prototype, 'retire');
    let connected = true;
    const { check, storage, signal } = await startSession(vi.fn(background()), () => connected);
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    connected = false;
    type('a', 'Young people will feel better.');
    expect(retire).toHaveBeenCalledWith(STOPPED);
    expect(signal.aborted).toBe(true);
    expect(document.querySelector('impact-lens-overlay')).not.toBeNull();
    expect(Object.keys(await storage.get(null))).toEqual([]);
  });

  it('saves what was typed at once when the page goes, and hands it to the background too, which outlives the page', async () => {
    const { keepDrafts, storage } = await startSession();
    type('a', 'Young people will feel better.');
    expect(keepDrafts).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    expect(keepDrafts).toHaveBeenCalledTimes(1);
    expect(keepDrafts.mock.calls[0]![0]).toEqual([
      expect.objectContaining({
        label: LABEL,
        current: expect.objectContaining({ text: 'Young people will feel better.' }),
      }),
    ]);
    const [stored] = Object.values(await storage.get(null));
    expect(stored).toEqual(keepDrafts.mock.calls[0]![0][0]);
  });

  it('hands what was typed to the background when the page is asked whether it may go, and nothing twice', async () => {
    const { keepDrafts } = await startSession();
    type('a', 'Young people will feel better.');
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('pagehide'));
    expect(keepDrafts).toHaveBeenCalledTimes(1);
    expect(keepDrafts.mock.calls[0]![0][0].current.text).toBe('Young people will feel better.');
  });

  it('finds a field the moment focus moves into it, without waiting for the page to go quiet', async () => {
    const { session } = await startSession();
    const late = document.createElement('textarea');
    late.id = 'late';
    late.setAttribute('aria-label', 'Anything else?');
    document.querySelector('form')!.append(late);
    late.focus();
    expect((await session.report()).fields.map((f) => f.label)).toContain('Anything else?');
  });

  it('finds a field added to a page that never goes quiet', async () => {
    const { session } = await startSession();
    const clock = document.createElement('p');
    document.body.append(clock);
    const ticking = setInterval(() => {
      clock.textContent = String(Date.now());
    }, 100);
    try {
      const late = document.createElement('textarea');
      late.setAttribute('aria-label', 'Anything else?');
      document.querySelector('form')!.append(late);
      await vi.waitFor(
        async () => expect((await session.report()).fields.map((f) => f.label)).toContain('Anything else?'),
        { timeout: 5_000, interval: 100 },
      );
    } finally {
      clearInterval(ticking);
    }
  });
});
