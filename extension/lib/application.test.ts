import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../drafts/draft-store';
import type { FieldText, ReportedField } from '../messaging';
import {
  APPLICATION_LIMITS,
  APPLICATION_PREFIX,
  ApplicationStore,
  applicationKey,
  deletedDrafts,
  type KeptApplication,
  mergeAnswers,
  otherPagesOf,
  progressOf,
  pruneApplications,
} from './application';

function memoryStore(): KeyValueStore & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  return {
    data,
    writes: 0,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of data) if (keys === null || keys.includes(k)) out[k] = structuredClone(v);
      return out;
    },
    async set(items) {
      this.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
}

const DAY = 86_400_000;
const PAGE_1 = { url: 'https://apply.example.org/grants/77/step-1', title: 'Step 1: Who will benefit' };
const PAGE_3 = { url: 'https://apply.example.org/grants/77/step-3', title: 'Step 3: Results' };

const field = (key: string, text: string): FieldText => ({ key, text, label: `Question ${key}` });

describe('the application a page belongs to', () => {
  it.each([
    ['https://apply.example.org/grants/77/step-1', 'https://apply.example.org/grants/77/'],
    ['https://apply.example.org/grants/77/step-3', 'https://apply.example.org/grants/77/'],
    ['https://apply.example.org/grants/77/page/2/', 'https://apply.example.org/grants/77/'],
    ['https://apply.example.org/grants/77/3', 'https://apply.example.org/grants/77/'],
    ['https://apply.example.org/form/Section_4.aspx', 'https://apply.example.org/form/'],
    ['http://127.0.0.1:4173/apply/step-2.html', 'http://127.0.0.1:4173/apply/'],
    ['https://apply.example.org/form?id=9&page=2', 'https://apply.example.org/form/?id=9'],
    ['https://apply.example.org/form?step=3&id=9#top', 'https://apply.example.org/form/?id=9'],
    ['https://apply.example.org/form?b=2&a=1', 'https://apply.example.org/form/?a=1&b=2'],
  ])('%s is part of %s', (url, key) => {
    expect(applicationKey(url)).toBe(key);
  });

  it('keeps apart different forms and different sites', () => {
    expect(applicationKey('https://apply.example.org/grants/78/step-1')).not.toBe(
      applicationKey('https://apply.example.org/grants/77/step-1'),
    );
    expect(applicationKey('https://apply.example.org/demo-application.html')).toBe(
      'https://apply.example.org/demo-application.html/',
    );
    expect(applicationKey('https://other.example.org/grants/77/step-1')).not.toBe(
      applicationKey('https://apply.example.org/grants/77/step-1'),
    );
    expect(applicationKey('https://apply.example.org/grants/177')).toBe(
      'https://apply.example.org/grants/177/',
    );
    // Pages numbered at the site's root are one application of the site.
    expect(applicationKey('https://apply.example.org/2')).toBe('https://apply.example.org/');
  });
});

describe("the answers kept across an application's pages", () => {
  const empty = (): KeptApplication => ({ key: 'app', updated: 0, pages: {}, fields: {} });

  it('merges the answers of each page, and each field keeps the page it was typed on', () => {
    let app = mergeAnswers(empty(), [field('a', 'one')], [], PAGE_1, 1);
    app = mergeAnswers(app, [field('c', 'three'), field('a', 'one')], [], PAGE_3, 2);
    expect(app.fields.a).toMatchObject({ text: 'one', page: PAGE_1.url, updated: 1 });
    expect(app.fields.c).toMatchObject({ text: 'three', page: PAGE_3.url, updated: 2 });
    expect(app.pages).toEqual({
      [PAGE_1.url]: { title: PAGE_1.title },
      [PAGE_3.url]: { title: PAGE_3.title },
    });
    // Typed into on page 3: it moves there.
    app = mergeAnswers(app, [field('a', 'one, changed')], [], PAGE_3, 3);
    expect(app.fields.a?.page).toBe(PAGE_3.url);
    expect(Object.keys(app.pages)).toEqual([PAGE_3.url]);
  });

  it('forgets the fields a page says are gone', () => {
    let app = mergeAnswers(empty(), [field('a', 'one'), field('b', 'two')], [], PAGE_1, 1);
    app = mergeAnswers(app, [], ['b'], PAGE_1, 2);
    expect(Object.keys(app.fields)).toEqual(['a']);
  });

  it('gives the other pages their answers, without the fields the page itself holds', () => {
    let app = mergeAnswers(empty(), [field('a', 'one')], [], PAGE_1, 1);
    app = mergeAnswers(app, [field('c', 'three')], [], PAGE_3, 2);
    expect(otherPagesOf(app, new Set(['c']))).toEqual([
      { key: 'a', text: 'one', label: 'Question a', page: PAGE_1 },
    ]);
    expect(otherPagesOf(undefined, new Set())).toEqual([]);
  });

  it('is bounded: the most recently changed fields, and answers cut to a long essay', () => {
    const many = Array.from({ length: APPLICATION_LIMITS.fieldsPerApplication + 5 }, (_, i) =>
      field(`f${i}`, 'x'),
    );
    let app = mergeAnswers(empty(), many.slice(0, 5), [], PAGE_1, 1);
    app = mergeAnswers(app, many.slice(5), [], PAGE_3, 2);
    expect(Object.keys(app.fields)).toHaveLength(APPLICATION_LIMITS.fieldsPerApplication);
    expect(app.fields.f0).toBeUndefined();
    expect(app.fields[`f${many.length - 1}`]).toBeDefined();
    // No field is left on page 1: it is no longer listed.
    expect(Object.keys(app.pages)).toEqual([PAGE_3.url]);
    const long = mergeAnswers(
      empty(),
      [field('a', 'y'.repeat(APPLICATION_LIMITS.characters + 10))],
      [],
      PAGE_1,
      1,
    );
    expect(long.fields.a?.text).toHaveLength(APPLICATION_LIMITS.characters);
    // Long answers on many pages: the most recent ones that fit the application's room are kept.
    const essays = Array.from({ length: 6 }, (_, i) =>
      field(`e${i}`, 'z'.repeat(APPLICATION_LIMITS.characters)),
    );
    let essayed = empty();
    essays.forEach((essay, i) => {
      essayed = mergeAnswers(essayed, [essay], [], PAGE_1, i);
    });
    expect(Object.keys(essayed.fields).sort()).toEqual(['e2', 'e3', 'e4', 'e5']);
  });
});

describe('the store of applications', () => {
  it('keeps what a page sent, across a new store (the worker stopping), written once for a burst', async () => {
    const storage = memoryStore();
    const store = new ApplicationStore(storage, () => 10, 1_000);
    const key = applicationKey(PAGE_1.url);
    await store.update(key, [field('a', 'o')], [], PAGE_1);
    await store.update(key, [field('a', 'on')], [], PAGE_1);
    await store.update(key, [field('a', 'one')], [], PAGE_1);
    expect(storage.writes).toBe(0);
    await store.flush();
    expect(storage.writes).toBe(1);
    const restarted = new ApplicationStore(storage);
    expect((await restarted.read(key))?.fields.a?.text).toBe('one');
    expect(await restarted.read('https://elsewhere.example.org/')).toBeUndefined();
  });

  it('builds each update on the one before, even while storage is first read', async () => {
    const storage = memoryStore();
    const store = new ApplicationStore(storage, () => 10, 0);
    const key = applicationKey(PAGE_1.url);
    await Promise.all([
      store.update(key, [field('a', 'one')], [], PAGE_1),
      store.update(key, [field('c', 'three')], [], PAGE_3),
    ]);
    expect(Object.keys((await store.read(key))?.fields ?? {}).sort()).toEqual(['a', 'c']);
  });

  it("replaces what is not an application, and keeps no copy of a deleted draft's text", async () => {
    const storage = memoryStore();
    const key = applicationKey(PAGE_1.url);
    storage.data.set(`${APPLICATION_PREFIX}${key}`, { not: 'an application' });
    const store = new ApplicationStore(storage, () => 10, 0);
    expect(await store.read(key)).toBeUndefined();
    await store.update(key, [field('a', 'one'), field('b', 'two')], [], PAGE_1);
    await store.flush();
    await store.forgetTexts(deletedDrafts({ 'draft:a': { oldValue: {} }, 'draft:b': { newValue: {} } }));
    const stored = storage.data.get(`${APPLICATION_PREFIX}${key}`) as KeptApplication;
    expect(stored.fields.a?.text).toBe('');
    expect(stored.fields.b?.text).toBe('two');
    expect((await store.read(key))?.fields.a?.text).toBe('');
  });

  it('prunes applications older than the drafts, and all but the most recent few', async () => {
    const storage = memoryStore();
    const now = 100 * DAY;
    const put = (key: string, updated: number) =>
      storage.data.set(`${APPLICATION_PREFIX}${key}`, { key, updated, pages: {}, fields: {} });
    put('old', now - 31 * DAY);
    put('recent', now - DAY);
    put('newest', now);
    storage.data.set('draft:x', { kept: true });
    expect(await pruneApplications(storage, 30, now)).toBe(1);
    expect(await pruneApplications(storage, 30, now, 1)).toBe(1);
    expect([...storage.data.keys()].sort()).toEqual([`${APPLICATION_PREFIX}newest`, 'draft:x']);
  });
});

describe("an application's progress", () => {
  const reported = (over: Partial<ReportedField>): ReportedField => ({
    key: 'k',
    label: 'L',
    kind: 'other',
    limit: null,
    words: 0,
    characters: 0,
    findings: [],
    ...over,
  });

  it('counts the answered fields, those over their limit and the findings by severity', () => {
    const finding = (severity: 'error' | 'warning' | 'info') => ({
      checkId: 'c',
      severity,
      message: 'm',
      docs: '',
    });
    expect(
      progressOf([
        reported({
          words: 12,
          characters: 60,
          limit: { max: 10, unit: 'words' },
          findings: [finding('warning')],
        }),
        reported({ words: 3, characters: 20, limit: { max: 20, unit: 'characters' } }),
        reported({ findings: [finding('error'), finding('warning')] }),
      ]),
    ).toEqual({ answered: 2, total: 3, overLimit: 1, findings: { error: 1, warning: 2, info: 0 } });
  });
});
