import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFinding } from '../../core/checks/finding';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Cell } from '../../core/workbook/cells';
import { TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { gvizError, gvizJson, SIGN_IN_PAGE } from '../../tests/fixtures/gviz/encode';
import {
  type FetchTab,
  isStale,
  type LinkRead,
  permissionPattern,
  readLinkedSheet,
  readSheetLinks,
  type SheetLink,
  sheetAddress,
  sheetOrigins,
  type TabAnswer,
  withLink,
  withoutLink,
} from './sheet-link';

afterEach(() => {
  vi.restoreAllMocks();
});

const STORE = sheetOrigins(false);
const TEST = sheetOrigins(true);
const ID = '1AbC-dEf_0123456789xyzXYZ';

describe('sheetAddress', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}`],
    [`  https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing  `],
  ])('takes the sheet of %s', (text) => {
    expect(sheetAddress(text, STORE)).toEqual({ ok: true, id: ID, origin: 'https://docs.google.com' });
  });

  it.each([
    ['', /^Paste the address/],
    ['my sheet', /^That is not a web address/],
    [`https://docs.google.com/document/d/${ID}/edit`, /^That is not the address of a Google Sheet/],
    [`https://evil.example/spreadsheets/d/${ID}/edit`, /^That is not the address of a Google Sheet/],
    [`http://docs.google.com/spreadsheets/d/${ID}/edit`, /^That is not the address of a Google Sheet/],
    [`http://127.0.0.1:8080/spreadsheets/d/${ID}/edit`, /^That is not the address of a Google Sheet/],
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1vR/pubhtml', /published to the web/],
  ])('refuses %j, saying why', (text, message) => {
    const read = sheetAddress(text, STORE);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('takes the local protocol server in the test build only', () => {
    expect(sheetAddress('http://127.0.0.1:8080/spreadsheets/d/programme-a/edit', TEST)).toEqual({
      ok: true,
      id: 'programme-a',
      origin: 'http://127.0.0.1:8080',
    });
    expect(TEST('http://127.0.0.1.evil.example')).toBe(false);
  });
});

describe('permissionPattern', () => {
  it('asks for the host, whatever the port', () => {
    expect(permissionPattern('https://docs.google.com')).toBe('https://docs.google.com/*');
    expect(permissionPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});

const LINK: SheetLink = { id: 'programme-a', origin: 'http://127.0.0.1:8080', name: 'Youth programme' };

/** A server answering each tab from `answers` by its name, and recording what was asked. */
function server(answers: Record<string, TabAnswer>): FetchTab & { asked: string[] } {
  const asked: string[] = [];
  const fetchTab = async (url: string) => {
    asked.push(url);
    const tab = new URL(url).searchParams.get('sheet') ?? '';
    return (
      answers[tab] ?? { ok: true, text: gvizError('invalid_query', 'INVALID_QUERY', `Invalid sheet: ${tab}`) }
    );
  };
  return Object.assign(fetchTab, { asked });
}

const json = (table: Cell[][]): TabAnswer => ({ ok: true, text: gvizJson(table) });

function demoAnswers(): Record<string, TabAnswer> {
  return Object.fromEntries(Object.entries(toTables(demoWorkbook)).map(([tab, table]) => [tab, json(table)]));
}

function failure(read: LinkRead) {
  if (read.kind !== 'failed') throw new Error('the sheet was read');
  return { problem: read.problem, tab: read.tab };
}

describe('readLinkedSheet', () => {
  it('reads every tab and gives the workbook under the programme name, with its latest period', async () => {
    const fetchTab = server(demoAnswers());
    const read = await readLinkedSheet(LINK, fetchTab);
    if (read.kind !== 'read') throw new Error(read.message);
    expect(read.result.problems).toEqual([]);
    expect(read.result.workbook).toEqual({ ...demoWorkbook, organisation: { name: 'Youth programme' } });
    expect(read.latestPeriod).toBe(
      demoWorkbook.measurements
        .map((m) => m.periodEnd)
        .sort()
        .at(-1),
    );
    expect(fetchTab.asked.map((u) => new URL(u).searchParams.get('sheet'))).toEqual([
      TAB.toc,
      TAB.indicators,
      TAB.data,
      TAB.payments,
      'Answers',
    ]);
    expect(
      fetchTab.asked.every((u) => u.startsWith('http://127.0.0.1:8080/spreadsheets/d/programme-a/gviz/tq?')),
    ).toBe(true);
  });

  it('names each problem by tab and cell, as the add-on does', async () => {
    const answers = demoAnswers();
    const data = toTables(demoWorkbook)[TAB.data].map((row) => [...row]);
    data[3]![0] = '';
    answers[TAB.data] = json(data);
    const read = await readLinkedSheet(LINK, server(answers));
    if (read.kind !== 'read') throw new Error(read.message);
    expect(read.result.ok).toBe(false);
    expect(read.result.problems.map(formatFinding)).toEqual(['Data!A4: Indicator is missing.']);
  });

  it('reads a workbook without a Payments tab as one without contracts', async () => {
    const answers = demoAnswers();
    delete answers[TAB.payments];
    const read = await readLinkedSheet(LINK, server(answers));
    if (read.kind !== 'read') throw new Error(read.message);
    expect(read.result.workbook.contracts).toEqual([]);
  });

  it.each([
    ['a sign-in page', { ok: true, text: SIGN_IN_PAGE }, 'signed-out'],
    ['HTTP 401', { ok: false, status: 401 }, 'signed-out'],
    [
      'access_denied',
      { ok: true, text: gvizError('access_denied', 'Access denied', 'Access denied') },
      'no-permission',
    ],
    ['HTTP 403', { ok: false, status: 403 }, 'no-permission'],
    ['HTTP 404', { ok: false, status: 404 }, 'not-found'],
    ['no answer', { ok: false, status: 0, reason: 'Failed to fetch' }, 'unreachable'],
    [
      'an internal error',
      { ok: true, text: gvizError('internal_error', 'Internal error', 'later') },
      'other',
    ],
    ['HTTP 500', { ok: false, status: 500 }, 'other'],
  ] as const)('fails on %s, saying what to do', async (_, answer, problem) => {
    const answers = demoAnswers();
    answers[TAB.indicators] = answer;
    const read = await readLinkedSheet(LINK, server(answers));
    expect(failure(read)).toEqual({ problem, tab: TAB.indicators });
  });

  it('fails on a renamed tab, whether Google answers with an error or with the first tab', async () => {
    const missing = demoAnswers();
    delete missing[TAB.data];
    const read = await readLinkedSheet(LINK, server(missing));
    expect(failure(read)).toEqual({ problem: 'tab-missing', tab: TAB.data });
    if (read.kind === 'failed') expect(read.message).toMatch(/no "Data" tab\. Was it renamed\?/);

    const firstTab = demoAnswers();
    firstTab[TAB.indicators] = firstTab[TAB.toc]!;
    expect(failure(await readLinkedSheet(LINK, server(firstTab)))).toEqual({
      problem: 'tab-missing',
      tab: TAB.indicators,
    });
  });

  it('tells the first failure in the tabs’ order', async () => {
    const answers = demoAnswers();
    answers[TAB.data] = { ok: false, status: 500 };
    answers[TAB.toc] = { ok: true, text: SIGN_IN_PAGE };
    expect(failure(await readLinkedSheet(LINK, server(answers)))).toEqual({
      problem: 'signed-out',
      tab: TAB.toc,
    });
  });
});

describe('readLinkedSheet: the team’s Answers tab', () => {
  const ANSWERS: Cell[][] = [
    ['Question', 'Answer', 'Funder', 'Date'],
    [
      'Who will benefit?',
      'Of our leavers, 62% were in education, employment or training.',
      'Northern Trust',
      '',
    ],
    ['What is the budget?', '', '', ''],
  ];

  it('reads its rows as the team’s answers, with figures matched against the workbook read', async () => {
    const answers = demoAnswers();
    answers.Answers = json(ANSWERS);
    const read = await readLinkedSheet(LINK, server(answers));
    if (read.kind !== 'read') throw new Error(read.message);
    expect(read.team?.entries).toEqual([
      expect.objectContaining({
        id: 'team:2',
        source: 'team',
        funder: 'Northern Trust',
        question: expect.objectContaining({ label: 'Who will benefit?' }),
        figures: [{ text: '62%', indicatorId: 'I5' }],
      }),
    ]);
    expect(read.team?.problems).toEqual(['Answers!3: needs both a question and an answer; left out.']);
  });

  it('takes a sheet without one, whether Google answers with an error or the first tab, as a team with none', async () => {
    for (const answer of [undefined, json(toTables(demoWorkbook)[TAB.toc])]) {
      const answers = demoAnswers();
      if (answer) answers.Answers = answer;
      const read = await readLinkedSheet(LINK, server(answers));
      if (read.kind !== 'read') throw new Error(read.message);
      expect(read.result.ok).toBe(true);
      expect(read.team).toEqual({ entries: [], problems: [] });
    }
  });

  it('reads the workbook still when the Answers tab cannot be had, saying nothing of the team', async () => {
    const answers = demoAnswers();
    answers.Answers = { ok: false, status: 500 };
    const read = await readLinkedSheet(LINK, server(answers));
    if (read.kind !== 'read') throw new Error(read.message);
    expect(read.result.ok).toBe(true);
    expect(read.team).toBeUndefined();
  });
});

describe('stored links', () => {
  const a: SheetLink = { ...LINK, readAt: '2026-12-08T04:00:00.000Z', latestPeriod: '2026-09-30' };
  const b: SheetLink = { id: 'programme-b', origin: 'http://127.0.0.1:8080', name: 'Adult learners' };

  it('read back what was saved, keeping the link in use', () => {
    expect(readSheetLinks({ links: [a, b], active: 'programme-b' }, TEST)).toEqual({
      links: [a, b],
      active: 'programme-b',
    });
    expect(readSheetLinks(undefined, TEST)).toEqual({ links: [] });
  });

  it('leave out, with a warning, a link that does not read or points away from Google', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stored = { links: [a, { id: 'x/../y', origin: a.origin, name: 'n' }, { ...b }], active: 'x/../y' };
    expect(readSheetLinks(stored, TEST)).toEqual({ links: [a, b] });
    expect(readSheetLinks({ links: [a] }, STORE)).toEqual({ links: [] });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('are added, replaced and removed by ID, a removed link no longer in use', () => {
    const both = withLink(withLink({ links: [] }, a), b);
    expect(both.links.map((l) => l.name)).toEqual(['Youth programme', 'Adult learners']);
    expect(withLink(both, { ...a, name: 'Renamed' }).links.map((l) => l.name)).toEqual([
      'Renamed',
      'Adult learners',
    ]);
    expect(withoutLink({ ...both, active: 'programme-a' }, 'programme-a')).toEqual({ links: [b] });
    expect(withoutLink({ ...both, active: 'programme-b' }, 'programme-a')).toEqual({
      links: [b],
      active: 'programme-b',
    });
  });

  it('are read again when older than the setting, or never read', () => {
    const now = new Date('2026-12-08T05:00:00.000Z');
    expect(isStale(a, 60, now)).toBe(false);
    expect(isStale(a, 59, now)).toBe(true);
    expect(isStale(b, 60, now)).toBe(true);
  });
});
