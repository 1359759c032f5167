import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_SCHEMAS,
  type BackgroundMessages,
  CONTENT_SCHEMAS,
  type ContentMessages,
  PANEL_SCHEMAS,
  type Report,
  type Schemas,
} from '../messaging';
import { type Handlers, type Listener, receiver, type Sender } from './channel';

const REPORT: Report = { url: 'https://apply.example.org/form', fields: [] };

function contentHandlers(overrides: Partial<Handlers<ContentMessages>> = {}): Handlers<ContentMessages> {
  return {
    'impact/report': () => REPORT,
    'impact/focus-field': (message) => message.key === 'q1',
    'impact/apply-text': async (message) => message.mode === 'insert',
    'impact/refresh': () => true,
    'impact/stop': () => true,
    ...overrides,
  };
}

/** Sends `message` to `listener` as the browser would, and what came of it. */
async function deliver(listener: Listener, message: unknown, sender: Sender = {}) {
  const sendResponse = vi.fn();
  const kept = listener(message, sender, sendResponse);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { kept, responses: sendResponse.mock.calls.map((call) => call[0]) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a receiver', () => {
  it("answers each message with its handler's response, synchronous or not", async () => {
    const listener = receiver(CONTENT_SCHEMAS, contentHandlers());
    expect(await deliver(listener, { type: 'impact/report' })).toEqual({ kept: true, responses: [REPORT] });
    expect(await deliver(listener, { type: 'impact/focus-field', key: 'q1' })).toEqual({
      kept: true,
      responses: [true],
    });
    expect(
      await deliver(listener, { type: 'impact/apply-text', key: 'q1', text: 'More.', mode: 'insert' }),
    ).toEqual({ kept: true, responses: [true] });
  });

  it('gives the handler the sender, for the tab a content script wrote from', async () => {
    const seen: Sender[] = [];
    const listener = receiver(PANEL_SCHEMAS, {
      'impact/report-changed': (_m, sender) => void seen.push(sender),
    });
    await deliver(listener, { type: 'impact/report-changed' }, { tab: { id: 7 } });
    expect(seen).toEqual([{ tab: { id: 7 } }]);
  });

  it("leaves alone another receiver's message and anything that is not a message, without a word", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handle = vi.fn(() => true);
    const listener = receiver(BACKGROUND_SCHEMAS, {
      'impact/open-panel': handle,
      'impact/sites-changed': handle,
      'impact/check': () => ({ questions: {}, findings: {}, shown: {} }),
      'impact/keep-drafts': handle,
      'impact/save-answer': handle,
    });
    for (const message of [
      { type: 'impact/report-changed' },
      { type: 'impact/report' },
      { type: 'toString' },
      { type: 'constructor' },
      { type: 42 },
      'impact/open-panel',
      null,
      undefined,
    ]) {
      expect(await deliver(listener, message), JSON.stringify(message)).toEqual({
        kept: false,
        responses: [],
      });
    }
    expect(handle).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses a message of its own type whose shape is wrong, and says so in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const applyText = vi.fn(() => true);
    const listener = receiver(CONTENT_SCHEMAS, contentHandlers({ 'impact/apply-text': applyText }));
    for (const message of [
      { type: 'impact/apply-text', key: 'q1', text: 'x', mode: 'overwrite' },
      { type: 'impact/apply-text', key: 'q1', mode: 'replace' },
      { type: 'impact/apply-text', key: 3, text: 'x', mode: 'replace' },
    ]) {
      expect(await deliver(listener, message), JSON.stringify(message)).toEqual({
        kept: false,
        responses: [],
      });
    }
    expect(applyText).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[0]?.[0])).toContain('impact/apply-text');
  });

  it('checks every field a check carries, and passes on only what the schema names', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const checked: unknown[] = [];
    const listener = receiver(BACKGROUND_SCHEMAS, {
      'impact/open-panel': () => true,
      'impact/sites-changed': () => true,
      'impact/check': (message) => {
        checked.push(message.fields);
        return { questions: {}, findings: {}, shown: {} };
      },
      'impact/keep-drafts': () => true,
      'impact/save-answer': () => true,
    });
    const field = {
      key: 'k',
      text: 'We will.',
      label: 'Outcomes',
      help: '',
      maxLength: null,
      counterText: '',
    };
    expect((await deliver(listener, { type: 'impact/check', fields: [{ ...field, extra: 'x' }] })).kept).toBe(
      true,
    );
    expect((await deliver(listener, { type: 'impact/check', fields: [{ ...field, text: 5 }] })).kept).toBe(
      false,
    );
    expect(checked).toEqual([[field]]);
  });

  it('checks every draft a page hands over as it unloads, and refuses the message if one is not a draft', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const kept: unknown[] = [];
    const listener = receiver(BACKGROUND_SCHEMAS, {
      'impact/open-panel': () => true,
      'impact/sites-changed': () => true,
      'impact/check': () => ({ questions: {}, findings: {}, shown: {} }),
      'impact/keep-drafts': (message) => {
        kept.push(message.drafts);
        return true;
      },
      'impact/save-answer': () => true,
    });
    const draft = {
      key: 'k',
      url: 'https://a.example/',
      label: 'Outcomes',
      current: { text: 'We will.', savedAt: 1 },
      earlier: [],
    };
    expect(await deliver(listener, { type: 'impact/keep-drafts', drafts: [draft] })).toEqual({
      kept: true,
      responses: [true],
    });
    const { current: _, ...noText } = draft;
    expect((await deliver(listener, { type: 'impact/keep-drafts', drafts: [draft, noText] })).kept).toBe(
      false,
    );
    expect(kept).toEqual([[draft]]);
  });

  it('takes an answer to save with its question, and refuses an empty one or a question of no known kind', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saved: unknown[] = [];
    const listener = receiver(BACKGROUND_SCHEMAS, {
      'impact/open-panel': () => true,
      'impact/sites-changed': () => true,
      'impact/check': () => ({ questions: {}, findings: {}, shown: {} }),
      'impact/keep-drafts': () => true,
      'impact/save-answer': (message) => {
        saved.push(message);
        return true;
      },
    });
    const answer = {
      type: 'impact/save-answer',
      text: 'We will.',
      question: { label: 'Outcomes', help: '', kind: 'outcomes', limit: { max: 250, unit: 'words' } },
      url: 'https://a.example/apply',
    };
    expect(await deliver(listener, answer)).toEqual({ kept: true, responses: [true] });
    for (const wrong of [
      { ...answer, text: '  ' },
      { ...answer, question: { ...answer.question, kind: 'poetry' } },
      { ...answer, question: { ...answer.question, limit: { max: 0, unit: 'words' } } },
      { ...answer, url: undefined },
    ])
      expect((await deliver(listener, wrong)).kept, JSON.stringify(wrong)).toBe(false);
    expect(saved).toEqual([answer]);
  });

  it('answers nothing useful, but answers, when a handler throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listener = receiver(
      CONTENT_SCHEMAS,
      contentHandlers({
        'impact/refresh': () => {
          throw new Error('storage gone');
        },
      }),
    );
    expect(await deliver(listener, { type: 'impact/refresh' })).toEqual({
      kept: true,
      responses: [undefined],
    });
    expect(error).toHaveBeenCalled();
  });
});

describe('the tables are checked when the extension compiles', () => {
  it('a handler map must answer every message of its receiver, each with its own response type', () => {
    // @ts-expect-error: 'impact/stop' has no handler
    const missing: Handlers<ContentMessages> = {
      'impact/report': () => REPORT,
      'impact/focus-field': () => true,
      'impact/apply-text': () => true,
      'impact/refresh': () => true,
    };
    const wrongResponse: Handlers<ContentMessages> = {
      // @ts-expect-error: a report is not a boolean
      'impact/report': () => true,
      'impact/focus-field': () => true,
      'impact/apply-text': () => true,
      'impact/refresh': () => true,
      'impact/stop': () => true,
    };
    const notMine: Handlers<BackgroundMessages> = {
      'impact/open-panel': () => true,
      'impact/sites-changed': () => true,
      'impact/check': () => ({ questions: {}, findings: {}, shown: {} }),
      'impact/keep-drafts': () => true,
      // @ts-expect-error: the content script answers this one, not the background
      'impact/report': () => REPORT,
    };
    expect([missing, wrongResponse, notMine].map((handlers) => Object.keys(handlers).length)).toEqual([
      4, 5, 5,
    ]);
  });

  it('a schema map must check every message, each against its own shape', () => {
    // @ts-expect-error: 'impact/check' has no schema
    const missing: Schemas<BackgroundMessages> = {
      'impact/open-panel': BACKGROUND_SCHEMAS['impact/open-panel'],
      'impact/sites-changed': BACKGROUND_SCHEMAS['impact/sites-changed'],
    };
    const swapped: Schemas<ContentMessages> = {
      ...CONTENT_SCHEMAS,
      // @ts-expect-error: this schema lets through focus-field messages, not apply-text ones
      'impact/apply-text': CONTENT_SCHEMAS['impact/focus-field'],
    };
    expect(Object.keys(missing)).toHaveLength(2);
    expect(Object.keys(swapped)).toHaveLength(5);
  });
});
