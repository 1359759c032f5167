import { describe, expect, it, vi } from 'vitest';
import {
  clearAllDrafts,
  type DraftRecord,
  DraftSaver,
  deleteDraft,
  type KeyValueStore,
  keepHandedDrafts,
  listDrafts,
  MAX_EARLIER_VERSIONS,
  nextRecord,
  pruneDrafts,
  readDraft,
  shrankSharply,
} from './draft-store';

function memoryStore(): KeyValueStore & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  const store = {
    data,
    writes: 0,
    async get(keys: string[] | null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of data) if (keys === null || keys.includes(k)) out[k] = structuredClone(v);
      return out;
    },
    async set(items: Record<string, unknown>) {
      store.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string[]) {
      for (const k of keys) data.delete(k);
    },
  };
  return store;
}

const field = {
  key: 'https://apply.example.org/form#q1',
  url: 'https://apply.example.org/form',
  label: 'What difference will it make?',
};
const long = 'Young people will move into work within six months of leaving the programme.';

describe('nextRecord', () => {
  it('does not keep the same text twice in a row as an earlier version', () => {
    const first = nextRecord(undefined, field, 'A first answer that is long enough', 1)!;
    const second = nextRecord(first, field, 'Another answer', 2, true)!;
    // Typed back to the first answer: nothing kept (it is already the latest earlier version).
    const back = nextRecord(second, field, 'A first answer that is long enough', 3)!;
    // The portal redraws the field with its own copy: the first answer is not kept a second time.
    const redrawn = nextRecord(back, field, 'The portal’s copy', 4, true)!;
    expect(redrawn.earlier.map((v) => v.text)).toEqual(['A first answer that is long enough']);
    expect(redrawn.current.text).toBe('The portal’s copy');
  });

  it('stores nothing for an empty first answer, and nothing when the text has not changed', () => {
    expect(nextRecord(undefined, field, '  ', 1)).toBeUndefined();
    const first = nextRecord(undefined, field, long, 1)!;
    expect(nextRecord(first, field, long, 2)).toBeUndefined();
  });

  it.each([
    ['select-all and delete', ''],
    ['a portal that clears the form on time-out', ' '],
    ['pasting a short text over a long one', 'Young people.'],
  ])('keeps the earlier text after %s', (_, after) => {
    const first = nextRecord(undefined, field, long, 1)!;
    const next = nextRecord(first, field, after, 2)!;
    expect(next.current.text).toBe(after);
    expect(next.earlier).toEqual([{ text: long, savedAt: 1 }]);
  });

  it.each([
    ['ordinary typing', long, `${long} More`],
    ['deleting a word', long, long.replace(' the programme', '')],
    ['clearing a text too short to be worth keeping', 'Hello', ''],
  ])('does not pile up versions for %s', (_, before, after) => {
    const start = nextRecord(undefined, field, before, 1)!;
    expect(nextRecord(start, field, after, 2)!.earlier).toEqual([]);
  });

  it('keeps at most ten earlier versions, newest first', () => {
    let record = nextRecord(undefined, field, long, 0)!;
    for (let i = 1; i <= 15; i++) {
      record = nextRecord(record, field, '', i)!;
      record = nextRecord(record, field, `${long} ${i}`, i)!;
    }
    expect(record.earlier).toHaveLength(MAX_EARLIER_VERSIONS);
    expect(record.earlier[0]!.text).toBe(`${long} 14`);
    expect(shrankSharply(long, '')).toBe(true);
  });
});

describe('DraftSaver', () => {
  it('writes at most once per delay while typing, and at once on flush', async () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore();
      const saver = new DraftSaver(store, () => 1000, 500);
      for (const text of ['Y', 'Yo', 'You', 'Youn', 'Young']) saver.save(field, text);
      expect(store.writes).toBe(0);
      await vi.advanceTimersByTimeAsync(500);
      expect(store.writes).toBe(1);
      expect((await readDraft(store, field.key))!.current.text).toBe('Young');
      saver.save(field, 'Young people');
      await saver.flush();
      expect(store.writes).toBe(2);
      expect((await readDraft(store, field.key))!.current.text).toBe('Young people');
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands the write to storage before flush returns, so that a save started as the page unloads is not lost', () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 1);
    saver.save(field, long);
    void saver.flush();
    expect(store.writes).toBe(1);
  });

  it('remembers a draft across a new saver (a reload) and keeps the text a time-out cleared', async () => {
    const store = memoryStore();
    const before = new DraftSaver(store, () => 1);
    before.save(field, long);
    await before.flush();
    const after = new DraftSaver(store, () => 2);
    await after.prefetch([field.key]); // the content script does this when it finds the field
    after.save(field, '');
    await after.flush();
    const record = (await readDraft(store, field.key))!;
    expect(record.current.text).toBe('');
    expect(record.earlier[0]!.text).toBe(long);
  });
});

describe('a page that unloads', () => {
  const other = { ...field, key: `${field.key}-budget`, label: 'Budget' };

  it('hands every draft it writes to the background at once when the page is going, and none on an ordinary flush', async () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 5);
    const handOff = vi.fn();
    saver.save(field, 'Young people');
    await saver.flush();
    saver.save(field, long);
    saver.save(other, 'Staff: £12,000');
    void saver.flush(handOff);
    expect(handOff).toHaveBeenCalledTimes(1);
    expect(handOff.mock.calls[0]![0].map((r: DraftRecord) => [r.key, r.current.text])).toEqual([
      [field.key, long],
      [other.key, 'Staff: £12,000'],
    ]);
    void saver.flush(handOff);
    expect(handOff).toHaveBeenCalledTimes(1);
  });

  it('loses nothing when the page’s own write never lands (Firefox drops it), once the background writes what it was handed', async () => {
    const background = memoryStore();
    const dropping: KeyValueStore = { ...background, set: () => new Promise(() => {}) };
    const saver = new DraftSaver(dropping, () => 5);
    saver.save(field, long);
    let handed: DraftRecord[] = [];
    void saver.flush((records) => {
      handed = records;
    });
    expect(await keepHandedDrafts(background, structuredClone(handed))).toBe(true);
    expect(await readDraft(background, field.key)).toEqual({
      ...field,
      current: { text: long, savedAt: 5 },
      earlier: [],
    });
  });

  it('does not write again a draft the page stored itself, and writes over an older one', async () => {
    const store = memoryStore();
    const before = new DraftSaver(store, () => 1);
    before.save(field, 'Young people');
    await before.flush();
    const saver = new DraftSaver(store, () => 5);
    let handed: DraftRecord[] = [];
    saver.save(other, 'Staff: £12,000');
    await saver.flush((records) => {
      handed = records;
    });
    const writes = store.writes;
    expect(await keepHandedDrafts(store, handed)).toBe(true);
    expect(store.writes).toBe(writes);

    const handedOver = { ...field, current: { text: long, savedAt: 5 }, earlier: [] };
    expect(await keepHandedDrafts(store, [handedOver])).toBe(true);
    expect(await readDraft(store, field.key)).toEqual(handedOver);
  });

  it('keeps a draft saved since (the reloaded page, another tab) as the latest, and the handed text as an earlier version', async () => {
    const store = memoryStore();
    const newer = (earlier: { text: string; savedAt: number }[]): DraftRecord => ({
      ...field,
      current: { text: 'Typed after the reload', savedAt: 9 },
      earlier,
    });
    await store.set({ [`draft:${field.key}`]: newer([{ text: 'Young people', savedAt: 1 }]) });
    const handed = { ...field, current: { text: long, savedAt: 5 }, earlier: [] };
    expect(await keepHandedDrafts(store, [handed])).toBe(true);
    expect(await readDraft(store, field.key)).toEqual(
      newer([
        { text: long, savedAt: 5 },
        { text: 'Young people', savedAt: 1 },
      ]),
    );
    // Handed again: the newer draft holds it already.
    const writes = store.writes;
    await keepHandedDrafts(store, [handed]);
    expect(store.writes).toBe(writes);
  });

  it('says so when storage refuses a handed draft, and still writes the others', async () => {
    const store = memoryStore();
    const set = store.set.bind(store);
    store.set = (items) =>
      Object.keys(items).some((key) => key.endsWith('-budget'))
        ? Promise.reject(new Error('QUOTA_BYTES quota exceeded'))
        : set(items);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handed = [field, other].map((f) => ({ ...f, current: { text: long, savedAt: 5 }, earlier: [] }));
    expect(await keepHandedDrafts(store, handed)).toBe(false);
    expect((await readDraft(store, field.key))?.current.text).toBe(long);
    expect(await readDraft(store, other.key)).toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Budget'), expect.any(Error));
    error.mockRestore();
  });
});

/** A store that refuses every write, as a full browser storage does, until told to accept them again. */
function refusingStore() {
  const store = memoryStore();
  const set = store.set.bind(store);
  let full = true;
  store.set = async (items) => {
    if (full) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  };
  const refuse = (refusing: boolean) => {
    full = refusing;
  };
  return { store, refuse };
}

describe('a draft storage refuses', () => {
  it('names the field whose draft storage refused, names none once it is stored, and the next write saves all of it', async () => {
    const { store, refuse } = refusingStore();
    const told = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const saver = new DraftSaver(store, () => 1, 500, told);
    saver.save(field, 'We will reach 200 young people');
    await saver.flush();
    expect(told).toHaveBeenLastCalledWith([field]);
    refuse(false);
    saver.save(field, 'We will reach 200 young people a year');
    await saver.flush();
    expect(told).toHaveBeenLastCalledWith([]);
    expect((await readDraft(store, field.key))?.current.text).toBe('We will reach 200 young people a year');
    error.mockRestore();
  });

  it('tries a refused draft again with the next write of any field, so none is left behind', async () => {
    const { store, refuse } = refusingStore();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const told = vi.fn();
    const saver = new DraftSaver(store, () => 1, 500, told);
    saver.save(field, 'A long outcomes answer the user must not lose.');
    await saver.flush();
    refuse(false);
    const other = { ...field, key: `${field.key}-budget`, label: 'Budget' };
    saver.save(other, 'Staff: £12,000');
    await saver.flush();
    expect((await readDraft(store, field.key))?.current.text).toBe(
      'A long outcomes answer the user must not lose.',
    );
    expect((await readDraft(store, other.key))?.current.text).toBe('Staff: £12,000');
    expect(told).toHaveBeenLastCalledWith([]);
    error.mockRestore();
  });
});

describe('a store that refuses at once (the extension was updated under the page)', () => {
  it('is told as a refusal, naming the field, and the other fields are still saved', async () => {
    const store = memoryStore();
    const set = store.set.bind(store);
    store.set = (items) => {
      if (Object.keys(items).some((key) => key.endsWith('-gone')))
        throw new Error('Extension context invalidated.');
      return set(items);
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const told = vi.fn();
    const saver = new DraftSaver(store, () => 1, 500, told);
    const gone = { ...field, key: `${field.key}-gone`, label: 'Gone' };
    saver.save(gone, long);
    saver.save(field, long);
    await saver.flush();
    expect(told).toHaveBeenLastCalledWith([gone]);
    expect((await readDraft(store, field.key))?.current.text).toBe(long);
    error.mockRestore();
  });
});

describe('listing, deleting and pruning drafts', () => {
  it('lists newest first, deletes one, clears all and prunes by age', async () => {
    const store = memoryStore();
    const day = 86_400_000;
    for (const [i, savedAt] of [0, 40 * day, 10 * day].entries()) {
      const saver = new DraftSaver(store, () => savedAt);
      saver.save({ ...field, key: `k${i}` }, `${long} ${i}`);
      await saver.flush();
    }
    expect((await listDrafts(store)).map((d) => d.key)).toEqual(['k1', 'k2', 'k0']);
    expect(await pruneDrafts(store, 30, 45 * day)).toBe(2);
    expect((await listDrafts(store)).map((d) => d.key)).toEqual(['k1']);
    await deleteDraft(store, 'k1');
    expect(await listDrafts(store)).toEqual([]);
    store.data.set('settings', { sites: [] });
    const saver = new DraftSaver(store, () => 1);
    saver.save(field, long);
    await saver.flush();
    expect(await clearAllDrafts(store)).toBe(1);
    expect(store.data.has('settings')).toBe(true);
  });

  it('passes over a stored draft of another shape, with a warning, and builds nothing on it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const store = memoryStore();
      const saver = new DraftSaver(store, () => 5);
      saver.save({ ...field, key: 'good' }, long);
      await saver.flush();
      store.data.set(`draft:${field.key}`, {
        key: field.key,
        current: { text: 'Old text of another shape' },
      });
      expect((await listDrafts(store)).map((d) => d.key)).toEqual(['good']);
      expect(await readDraft(store, field.key)).toBeUndefined();
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringContaining(`draft:${field.key}`),
        expect.stringContaining(`draft:${field.key}`),
      ]);
      // A new draft of that field starts afresh rather than taking the broken record's versions.
      const next = new DraftSaver(store, () => 6);
      await next.prefetch([field.key]);
      next.save(field, long);
      await next.flush();
      expect(await readDraft(store, field.key)).toEqual({
        ...field,
        current: { text: long, savedAt: 6 },
        earlier: [],
      });
    } finally {
      warn.mockRestore();
    }
  });
});

describe('drafts shared with the rest of the browser', () => {
  it('does not bring back drafts the user cleared when the open tab types again', async () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 1);
    saver.save(field, long);
    await saver.flush();
    saver.save(field, '');
    await saver.flush();
    const removed = await clearAllDrafts(store);
    expect(removed).toBe(1);
    saver.storageChanged({ [`draft:${field.key}`]: {} });
    saver.save(field, 'A');
    await saver.flush();
    const record = (await readDraft(store, field.key))!;
    expect(record.current.text).toBe('A');
    expect(record.earlier).toEqual([]);
  });

  it('keeps another tab’s text when this tab saves the same field', async () => {
    const store = memoryStore();
    const tabA = new DraftSaver(store, () => 1);
    const tabB = new DraftSaver(store, () => 2);
    tabA.save(field, long);
    await tabA.flush();
    await tabB.prefetch([field.key]);
    tabB.save(field, `${long} edited in B`);
    await tabB.flush();
    tabA.storageChanged({ [`draft:${field.key}`]: { newValue: await readDraft(store, field.key) } });
    tabA.save(field, `${long} edited in A`);
    await tabA.flush();
    const record = (await readDraft(store, field.key))!;
    expect(record.current.text).toBe(`${long} edited in A`);
    expect(record.earlier.map((v) => v.text)).toContain(`${long} edited in B`);
  });

  it('keeps the replaced text when a version is restored, whatever its length', async () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 1);
    const thousand = 'x'.repeat(1000);
    saver.save(field, thousand);
    await saver.flush();
    saver.save(field, 'y'.repeat(600), true);
    await saver.flush();
    const record = (await readDraft(store, field.key))!;
    expect(record.current.text).toBe('y'.repeat(600));
    expect(record.earlier[0]!.text).toBe(thousand);
  });
});

describe('no text is overwritten unseen', () => {
  const first = 'The first tab’s answer, typed there alone.';
  const second = 'The second tab’s answer, typed there.';

  it('keeps the first tab’s text when a second tab, whose field never held it, saves the same field', async () => {
    const store = memoryStore();
    const tabA = new DraftSaver(store, () => 1);
    const tabB = new DraftSaver(store, () => 2);
    await tabB.prefetch([field.key]); // both tabs open on the form before anything is typed
    tabA.save(field, first);
    await tabA.flush();
    tabB.storageChanged({ [`draft:${field.key}`]: { newValue: await readDraft(store, field.key) } });
    tabB.save(field, second);
    await tabB.flush();
    const record = (await readDraft(store, field.key))!;
    expect([record.current.text, ...record.earlier.map((v) => v.text)]).toEqual([second, first]);
  });

  it('puts back the text of a tab whose save another tab overwrote before it heard of it', async () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore();
      const tabA = new DraftSaver(store, () => 1, 500);
      const tabB = new DraftSaver(store, () => 2, 500);
      tabA.save(field, first);
      await tabA.flush();
      tabB.save(field, second); // tab B has not heard of tab A's save yet
      await tabB.flush();
      const stored = await readDraft(store, field.key);
      tabA.storageChanged({ [`draft:${field.key}`]: { newValue: stored } });
      tabB.storageChanged({ [`draft:${field.key}`]: { newValue: stored } });
      await vi.advanceTimersByTimeAsync(500);
      const record = (await readDraft(store, field.key))!;
      expect([record.current.text, ...record.earlier.map((v) => v.text)].sort()).toEqual(
        [first, second].sort(),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the draft of a reloaded page when the field comes back empty and the user types something else', async () => {
    const store = memoryStore();
    const before = new DraftSaver(store, () => 1);
    before.save(field, first);
    await before.flush();
    const after = new DraftSaver(store, () => 2);
    await after.prefetch([field.key]);
    after.save(field, 'Another answer, nearly as long');
    await after.flush();
    const record = (await readDraft(store, field.key))!;
    expect(record.earlier.map((v) => v.text)).toEqual([first]);
  });

  it('keeps text typed and cleared before it was written (a portal clearing its form straight after typing)', async () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 1);
    saver.save(field, long);
    saver.save(field, '');
    await saver.flush();
    const record = (await readDraft(store, field.key))!;
    expect([record.current.text, ...record.earlier.map((v) => v.text)]).toContain(long);
  });
});

/** A store that refuses any write bigger than `room` characters, as a full browser storage refuses a big draft. */
function storeWithRoomFor(room: number) {
  const store = memoryStore();
  const set = store.set.bind(store);
  let limit = room;
  store.set = async (items) => {
    if (JSON.stringify(items).length > limit) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  };
  const makeRoom = (more: number) => {
    limit += more;
  };
  return { store, makeRoom };
}

describe('a draft too big for the storage', () => {
  const giant = { ...field, key: `${field.key}-giant`, label: 'Everything else' };
  const budget = { ...field, key: `${field.key}-budget`, label: 'Budget' };
  const giantText = 'All of it. '.repeat(10_000);

  it('is named, and blocks no other draft: each field is saved on its own', async () => {
    const { store } = storeWithRoomFor(10_000);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const told = vi.fn();
    const saver = new DraftSaver(store, () => 1, 500, told);
    saver.save(giant, giantText);
    saver.save(field, long);
    await saver.flush();
    saver.save(budget, 'Staff: £12,000');
    await saver.flush();
    expect((await readDraft(store, field.key))?.current.text).toBe(long);
    expect((await readDraft(store, budget.key))?.current.text).toBe('Staff: £12,000');
    expect(await readDraft(store, giant.key)).toBeUndefined();
    expect(told).toHaveBeenLastCalledWith([giant]);
    error.mockRestore();
  });

  it('is saved once room is made (a draft or anything else deleted), without another keystroke', async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { store, makeRoom } = storeWithRoomFor(10_000);
      const told = vi.fn();
      const saver = new DraftSaver(store, () => 1, 500, told);
      saver.save(giant, giantText);
      await saver.flush();
      expect(told).toHaveBeenLastCalledWith([giant]);
      makeRoom(giantText.length);
      saver.storageChanged({ filler: {} });
      await vi.advanceTimersByTimeAsync(500);
      expect((await readDraft(store, giant.key))?.current.text).toBe(giantText);
      expect(told).toHaveBeenLastCalledWith([]);
    } finally {
      error.mockRestore();
      vi.useRealTimers();
    }
  });
});

describe('a field that turns out to hold a secret', () => {
  it('loses its draft and every earlier version, and is never saved again, even by a write under way', async () => {
    const store = memoryStore();
    const saver = new DraftSaver(store, () => 1);
    saver.save(field, long);
    await saver.flush();
    saver.save(field, '');
    saver.save(field, 'hunter2 and more');
    void saver.flush();
    await saver.forget(field.key);
    saver.save(field, 'hunter2 and more, shown');
    await saver.flush();
    expect(store.data.has(`draft:${field.key}`)).toBe(false);
  });
});
