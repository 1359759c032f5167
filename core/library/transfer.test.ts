import { describe, expect, it } from 'vitest';
import { makeEntry, portalHost } from './make-entry';
import { entry } from './test-entries';
import { exportLibrary, importLibrary, LIBRARY_FORMAT } from './transfer';

const MINE = makeEntry({
  id: 'e1',
  text: 'We reached 140 young people.',
  question: { label: 'Who benefits?', help: '', kind: 'beneficiaries', limit: { max: 100, unit: 'words' } },
  funder: ' Northern Trust ',
  url: 'https://apply.fund.org/form?x=1',
  savedAt: '2026-03-01T10:00:00.000Z',
});

describe('makeEntry', () => {
  it('keeps the portal’s host name, the funder trimmed and the figures cited', () => {
    expect(MINE).toMatchObject({
      portal: 'apply.fund.org',
      funder: 'Northern Trust',
      figures: [{ text: '140' }],
      source: 'mine',
    });
  });
});

describe('portalHost', () => {
  it.each([
    { url: 'https://Apply.Fund.org/form?x=1', host: 'apply.fund.org' },
    { url: 'http://user:pw@127.0.0.1:8080/a', host: '127.0.0.1' },
    { url: 'grants.example.org', host: 'grants.example.org' },
    { url: '', host: '' },
  ])('$url', ({ url, host }) => {
    expect(portalHost(url)).toBe(host);
  });
});

describe('export and import', () => {
  it('round-trips the user’s entries and leaves the team’s in the Sheet', () => {
    const team = entry('team:2', 'Team text.', { label: 'Q' }, { source: 'team' });
    const file = exportLibrary([MINE, team]);
    expect(importLibrary(file)).toEqual({ ok: true, entries: [MINE] });
  });

  const file = (entries: unknown[]) => JSON.stringify({ format: LIBRARY_FORMAT, version: 1, entries });

  it.each([
    { why: 'not JSON', input: '{', first: /^This is not valid JSON/ },
    {
      why: 'another file',
      input: JSON.stringify({ schemaVersion: 1 }),
      first: /^This is not an Impact Lens answer library/,
    },
    {
      why: 'a wrong kind',
      input: file([{ ...MINE, question: { ...MINE.question, kind: 'outcome' } }]),
      first: /^entries\[0\]\.question\.kind: must be "outcomes" or .*found "outcome"$/,
    },
    {
      why: 'an empty answer',
      input: file([MINE, { ...MINE, text: '  ' }]),
      first: /^entries\[1\]\.text: must not be empty/,
    },
    {
      why: 'a missing date',
      input: file([{ ...MINE, savedAt: undefined }]),
      first: /^entries\[0\]\.savedAt: is missing \(expected string\)$/,
    },
    {
      why: 'a bad date',
      input: file([{ ...MINE, savedAt: 'March' }]),
      first: /^entries\[0\]\.savedAt: must be an ISO date/,
    },
    {
      why: 'an unknown key',
      input: file([{ ...MINE, colour: 'red' }]),
      first: /^entries\[0\]: has keys .*colour$/,
    },
  ])('refuses $why, naming the path', ({ input, first }) => {
    const read = importLibrary(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(first);
  });

  it('lists at most twenty problems and counts the rest', () => {
    const read = importLibrary(file(Array.from({ length: 25 }, () => ({ ...MINE, text: '' }))));
    expect(read.ok ? [] : read.problems).toHaveLength(21);
    expect(read.ok ? '' : read.problems[20]).toBe('…and 5 more.');
  });

  it('takes an imported team entry as the user’s own', () => {
    const read = importLibrary(file([{ ...MINE, source: 'team' }]));
    expect(read.ok && read.entries[0]!.source).toBe('mine');
  });
});
