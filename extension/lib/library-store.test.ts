import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import type { LibraryEntry } from '../../core/library/entry';
import {
  deleteEntry,
  loadLibrary,
  loadTeamLibrary,
  putEntries,
  replaceTeamLibrary,
  saveAnswer,
  TEAM_LIBRARY_KEY,
} from './library-store';
import { KEYS } from './settings';

function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    async get(keys: string[] | null) {
      return Object.fromEntries([...data].filter(([k]) => keys === null || keys.includes(k)));
    },
    async set(items: Record<string, unknown>) {
      // As storage does: what is kept is a copy.
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string[]) {
      for (const k of keys) data.delete(k);
    },
  };
}

const ENTRY: LibraryEntry = {
  id: 'e1',
  text: 'We reached 140 young people.',
  question: { label: 'Who benefits?', help: '', kind: 'beneficiaries', limit: null },
  funder: '',
  portal: 'apply.fund.org',
  savedAt: '2026-03-01T10:00:00.000Z',
  figures: [{ text: '140' }],
  source: 'mine',
};

afterEach(() => vi.restoreAllMocks());

describe('the library store', () => {
  it('saves an answer under one key, with its host, date and figures matched to the workbook', async () => {
    const store = memoryStore();
    const saved = await saveAnswer(
      store,
      {
        text: 'Of our leavers, 62% were in education, employment or training six months after leaving.',
        question: { label: 'What difference will you make?', help: '', kind: 'outcomes', limit: null },
        url: 'https://apply.fund.org/form/7?step=2',
      },
      demoWorkbook,
      new Date('2026-04-02T08:00:00.000Z'),
    );
    expect(saved).toMatchObject({
      portal: 'apply.fund.org',
      savedAt: '2026-04-02T08:00:00.000Z',
      figures: [{ text: '62%', indicatorId: 'I5' }],
      source: 'mine',
    });
    expect([...store.data.keys()]).toEqual([KEYS.library]);
    expect(await loadLibrary(store)).toEqual([saved]);
  });

  it('replaces an entry with the same id, adds the others, and counts the new ones', async () => {
    const store = memoryStore({ [KEYS.library]: [ENTRY] });
    const edited = { ...ENTRY, text: 'We reached 150 young people.' };
    const other = { ...ENTRY, id: 'e2' };
    expect(await putEntries(store, [edited, other])).toBe(1);
    expect(await loadLibrary(store)).toEqual([edited, other]);
    await deleteEntry(store, 'e1');
    expect(await loadLibrary(store)).toEqual([other]);
  });

  it('passes over what is not a valid entry, and anything but a list, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const invalid = { ...ENTRY, id: 'bad', question: { ...ENTRY.question, kind: 'poetry' } };
    const team = { ...ENTRY, id: 'team:2', source: 'team' };
    expect(await loadLibrary(memoryStore({ [KEYS.library]: [invalid, ENTRY, team] }))).toEqual([ENTRY]);
    expect(await loadLibrary(memoryStore({ [KEYS.library]: 'oops' }))).toEqual([]);
    expect(await loadLibrary(memoryStore())).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('keeps the team’s answers apart from the user’s, replaced whole at each read', async () => {
    const store = memoryStore({ [KEYS.library]: [ENTRY] });
    const team = { ...ENTRY, id: 'team:2', source: 'team' as const };
    await replaceTeamLibrary(store, [team, { ...team, id: 'team:3' }]);
    expect((await loadTeamLibrary(store)).map((e) => e.id)).toEqual(['team:2', 'team:3']);
    await replaceTeamLibrary(store, [{ ...team, id: 'team:4' }]);
    expect((await loadTeamLibrary(store)).map((e) => e.id)).toEqual(['team:4']);
    expect(await loadLibrary(store)).toEqual([ENTRY]);
    await replaceTeamLibrary(store, []);
    expect(await loadTeamLibrary(store)).toEqual([]);
  });

  it('uses no stored team answer that is not valid or not the team’s, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const team = { ...ENTRY, id: 'team:2', source: 'team' };
    const store = memoryStore({ [TEAM_LIBRARY_KEY]: [ENTRY, team, { ...team, text: '' }] });
    expect(await loadTeamLibrary(store)).toEqual([team]);
    expect(await loadTeamLibrary(memoryStore({ [TEAM_LIBRARY_KEY]: 'oops' }))).toEqual([]);
    expect(await loadTeamLibrary(memoryStore())).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
