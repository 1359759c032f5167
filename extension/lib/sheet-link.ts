import { type TeamRead, teamEntries } from '../../core/library/team';
import type { Workbook } from '../../core/model/schema';
import type { Cell } from '../../core/workbook/cells';
import { fromTables, type WorkbookTables } from '../../core/workbook/from-tables';
import { type GvizProblemKind, gvizUrl, isAnotherTab, readGvizAnswer } from '../../core/workbook/gviz';
import type { ParseResult } from '../../core/workbook/result';
import { type DataTab, TAB } from '../../core/workbook/tabs';
import { replaceTeamLibrary } from './library-store';
import { KEYS } from './settings';
import { z } from './zod';

/**
 * A Google Sheet the user linked: the impact workbook read straight from Google (docs/extension.md, "A linked Google
 * Sheet"). Only what is needed to read it again and to say how fresh it is; the workbook itself is kept as an
 * imported one is.
 */
export interface SheetLink {
  /** The spreadsheet's ID, from its address: the link's key. */
  id: string;
  /** Where the sheet is served from: https://docs.google.com (the test build also takes its local server). */
  origin: string;
  /** The programme's name, as the user gave it; the workbook's organisation is called by it. */
  name: string;
  /** When it was last read whole (an ISO instant), and the latest period end in its Data tab then. */
  readAt?: string;
  latestPeriod?: string;
}

export interface SheetLinks {
  links: SheetLink[];
  /** The ID of the link whose workbook the checks use; none when the workbook in use came from a file. */
  active?: string;
}

export const GOOGLE_SHEETS_ORIGIN = 'https://docs.google.com';

/** The tabs read, in order; a missing Payments tab is a workbook without contracts, as in the add-on. */
const TABS_READ: readonly DataTab[] = [TAB.toc, TAB.indicators, TAB.data, TAB.payments];
const OPTIONAL_TABS: ReadonlySet<DataTab> = new Set([TAB.payments]);

/** The team's answer library (docs/library.md), read beside the workbook when the sheet has it. */
export const ANSWERS_TAB = 'Answers';

const SHEET_PATH = /^\/spreadsheets(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]+)(?:\/|$)/;

export type SheetAddress = { ok: true; id: string; origin: string } | { ok: false; message: string };

const ADDRESS = z.string().check(z.trim(), z.minLength(1));

/**
 * The sheet an address the user pasted names. `origins` are where sheets may be read from: Google's alone in the
 * store build, so that a link can never point the extension's requests anywhere else.
 */
export function sheetAddress(text: string, origins: (origin: string) => boolean): SheetAddress {
  const pasted = ADDRESS.safeParse(text);
  if (!pasted.success) return { ok: false, message: 'Paste the address of the sheet first.' };
  let url: URL;
  try {
    url = new URL(pasted.data);
  } catch {
    return {
      ok: false,
      message:
        "That is not a web address. Open the sheet in Google Sheets and copy the address from the browser's address bar.",
    };
  }
  const path = SHEET_PATH.exec(url.pathname);
  if (!origins(url.origin) || !path) {
    return {
      ok: false,
      message: `That is not the address of a Google Sheet: it should start with ${GOOGLE_SHEETS_ORIGIN}/spreadsheets/d/. Open the sheet and copy the address from the browser's address bar.`,
    };
  }
  if (path[1] === 'e') {
    return {
      ok: false,
      message:
        'That is the address of a sheet published to the web. Paste the address the sheet has when you open it to edit (…/spreadsheets/d/…/edit).',
    };
  }
  return { ok: true, id: path[1]!, origin: url.origin };
}

/** The sites a link may be read from: Google, and in the test build the local protocol server. */
export function sheetOrigins(testBuild: boolean): (origin: string) => boolean {
  return (origin) =>
    origin === GOOGLE_SHEETS_ORIGIN || (testBuild && /^http:\/\/127\.0\.0\.1(?::\d+)?$/.test(origin));
}

/** The host permission a link needs: match patterns have no port. */
export function permissionPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** The address to show for a link, and to look for among open tabs. */
export function sheetPage(link: Pick<SheetLink, 'origin' | 'id'>): string {
  return `${link.origin}/spreadsheets/d/${link.id}`;
}

/** What one request for a tab came back with: the body of a 2xx answer, or why there was none. */
export type TabAnswer = { ok: true; text: string } | { ok: false; status: number; reason?: string };

export type FetchTab = (url: string) => Promise<TabAnswer>;

export type ReadProblem = GvizProblemKind | 'unreachable';

export type LinkRead =
  | {
      kind: 'read';
      /** The workbook through the add-on's reader, with every problem named by tab and cell. */
      result: ParseResult;
      latestPeriod: string | undefined;
      /**
       * The team's answers from the Answers tab, none when the sheet has no such tab; absent when that tab could not
       * be had this time (the answers read before are kept).
       */
      team?: TeamRead;
    }
  | { kind: 'failed'; problem: ReadProblem; tab: DataTab; message: string };

function problemOfStatus(status: number): ReadProblem {
  if (status === 0) return 'unreachable';
  if (status === 401) return 'signed-out';
  if (status === 403) return 'no-permission';
  if (status === 404) return 'not-found';
  return 'other';
}

/** What to tell the user, and what they can do about it. */
export function problemMessage(problem: ReadProblem, tab: DataTab, detail: string): string {
  switch (problem) {
    case 'signed-out':
      return 'Google answered with its sign-in page instead of the data. Sign in to Google in this browser with an account that can open the sheet, then press Refresh. If you are signed in already, open the sheet in a tab of this window and press Refresh: Impact Lens then reads it through that tab.';
    case 'no-permission':
      return 'Your Google account may not open this sheet. Ask its owner to share it with you (Viewer is enough), or sign in to Google with the account it is shared with, then press Refresh.';
    case 'tab-missing':
      return `The sheet has no "${tab}" tab. Was it renamed? Impact Lens reads the tabs ${TABS_READ.join(', ')} by name: give it its name back, then press Refresh.`;
    case 'not-found':
      return 'Google has no sheet at this address. It may have been deleted or moved: open it in Google Sheets and link it again from its address bar.';
    case 'unreachable':
      return `Google could not be reached (${detail || 'no answer'}). Check the connection, then press Refresh. If access to docs.google.com was removed from Impact Lens, link the sheet again.`;
    case 'other':
      return `Google did not give the "${tab}" tab (${detail || 'no reason given'}). Press Refresh to try again.`;
  }
}

const failed = (problem: ReadProblem, tab: DataTab, detail = ''): LinkRead => ({
  kind: 'failed',
  problem,
  tab,
  message: problemMessage(problem, tab, detail),
});

type TabRead = { ok: true; table: WorkbookTables[string] } | { ok: false; read: LinkRead };

async function readTab(link: SheetLink, tab: DataTab, fetchTab: FetchTab): Promise<TabRead> {
  const answer = await fetchTab(gvizUrl(link.origin, link.id, tab));
  if (!answer.ok) {
    const detail = answer.reason ?? `HTTP ${answer.status}`;
    return { ok: false, read: failed(problemOfStatus(answer.status), tab, detail) };
  }
  const read = readGvizAnswer(answer.text);
  if (!read.ok) {
    if (read.problem.kind === 'tab-missing' && OPTIONAL_TABS.has(tab)) return { ok: true, table: undefined };
    return { ok: false, read: failed(read.problem.kind, tab, read.problem.detail) };
  }
  if (isAnotherTab(tab, read.table)) {
    return OPTIONAL_TABS.has(tab)
      ? { ok: true, table: undefined }
      : { ok: false, read: failed('tab-missing', tab) };
  }
  return { ok: true, table: read.table };
}

/**
 * The Answers tab's rows: [] when the sheet has none (Google answers a tab that is not there with an error, or with
 * the first tab, which then has a workbook tab's headers); undefined when the tab could not be had.
 */
async function readAnswersTab(link: SheetLink, fetchTab: FetchTab): Promise<Cell[][] | undefined> {
  const answer = await fetchTab(gvizUrl(link.origin, link.id, ANSWERS_TAB));
  if (!answer.ok) return undefined;
  const read = readGvizAnswer(answer.text);
  if (!read.ok) return read.problem.kind === 'tab-missing' ? [] : undefined;
  return TABS_READ.some((tab) => isAnotherTab(tab, read.table)) ? [] : read.table;
}

function latestPeriodOf(workbook: Workbook): string | undefined {
  let latest: string | undefined;
  for (const m of workbook.measurements)
    if (latest === undefined || m.periodEnd > latest) latest = m.periodEnd;
  return latest;
}

/**
 * Reads every tab of a linked sheet and runs them through the add-on's reader. A tab that cannot be had stops the
 * read with what to do about it, the first in the tabs' order: one answer for the whole sheet, not four.
 */
export async function readLinkedSheet(link: SheetLink, fetchTab: FetchTab): Promise<LinkRead> {
  const [reads, answers] = await Promise.all([
    Promise.all(TABS_READ.map((tab) => readTab(link, tab, fetchTab))),
    readAnswersTab(link, fetchTab),
  ]);
  const tables: WorkbookTables = {};
  for (const [i, read] of reads.entries()) {
    if (!read.ok) return read.read;
    if (read.table) tables[TABS_READ[i]!] = read.table;
  }
  const result = fromTables(tables, { organisation: { name: link.name } });
  const read: LinkRead = { kind: 'read', result, latestPeriod: latestPeriodOf(result.workbook) };
  if (answers) read.team = teamEntries(answers, result.ok ? result.workbook : undefined);
  return read;
}

const LINK: z.ZodMiniType<SheetLink> = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
  origin: z.string(),
  name: z.string(),
  readAt: z.optional(z.string()),
  latestPeriod: z.optional(z.string()),
});

/** The links as stored: one that does not read is dropped with a warning, and the others kept. */
export function readSheetLinks(stored: unknown, origins: (origin: string) => boolean): SheetLinks {
  if (stored === undefined || stored === null || typeof stored !== 'object') return { links: [] };
  const { links, active } = stored as { links?: unknown; active?: unknown };
  const kept: SheetLink[] = [];
  for (const item of Array.isArray(links) ? links : []) {
    const parsed = LINK.safeParse(item);
    if (parsed.success && origins(parsed.data.origin)) kept.push(parsed.data);
    else console.warn('Impact Lens: a stored sheet link is not valid; it is left out.', item);
  }
  const activeId = typeof active === 'string' && kept.some((l) => l.id === active) ? active : undefined;
  return activeId ? { links: kept, active: activeId } : { links: kept };
}

/** The links with `link` added, or put in place of the one with its ID. */
export function withLink(links: SheetLinks, link: SheetLink): SheetLinks {
  const index = links.links.findIndex((l) => l.id === link.id);
  const next = index < 0 ? [...links.links, link] : links.links.map((l, i) => (i === index ? link : l));
  return { ...links, links: next };
}

export function withoutLink(links: SheetLinks, id: string): SheetLinks {
  const next = links.links.filter((l) => l.id !== id);
  return links.active === id || links.active === undefined
    ? { links: next }
    : { links: next, active: links.active };
}

/** True when the link was never read, or was read longer ago than `maxAgeMinutes` before `now`. */
export function isStale(link: SheetLink, maxAgeMinutes: number, now: Date): boolean {
  if (!link.readAt) return true;
  const readAt = Date.parse(link.readAt);
  return !Number.isFinite(readAt) || now.getTime() - readAt > maxAgeMinutes * 60_000;
}

/*
 * Where the requests are made. Chrome sends a site's cookies with a request from an extension page to a host the
 * extension has been granted, as it would for the site itself, so the panel reads the sheet as the signed-in user.
 * Where the browser keeps them apart (a third-party cookie setting, or Firefox's cookie partitioning), Google answers
 * with its sign-in page; the panel then reads through a tab where the sheet is open, whose requests to its own site
 * are same-origin.
 */

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A request from this extension page, with the user's Google cookies where the browser sends them. */
export const fetchFromExtension: FetchTab = async (url) => {
  try {
    const response = await fetch(url, { credentials: 'include', cache: 'no-store' });
    if (!response.ok) return { ok: false, status: response.status };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return { ok: false, status: 0, reason: reasonOf(error) };
  }
};

/** The first open tab showing the sheet, if any. */
export async function sheetTab(link: SheetLink): Promise<number | undefined> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const showsSheet = (url: string) => {
    const address = sheetAddress(url, (origin) => origin === link.origin);
    return address.ok && address.id === link.id;
  };
  return tabs.find((t) => t.id !== undefined && t.url !== undefined && showsSheet(t.url))?.id;
}

/** Runs in the sheet's tab: a request to the sheet's own site, made as the page would make it. */
async function fetchInPage(url: string): Promise<{ status: number; text: string }> {
  // Firefox gives a content script the page's own fetch as `content.fetch`; Chrome's fetch already is the page's.
  const firefox = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  const pageFetch = firefox?.fetch ? firefox.fetch.bind(firefox) : fetch;
  try {
    const response = await pageFetch(url, { credentials: 'include', cache: 'no-store' });
    return { status: response.status, text: response.ok ? await response.text() : '' };
  } catch (error) {
    return { status: 0, text: error instanceof Error ? error.message : String(error) };
  }
}

/** Requests made from inside the tab `tabId`, where the sheet is open. */
export function fetchThroughTab(tabId: number): FetchTab {
  return async (url) => {
    try {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        func: fetchInPage,
        args: [url],
      });
      const answer = injection?.result as { status: number; text: string } | undefined;
      if (!answer) return { ok: false, status: 0, reason: 'the sheet’s tab did not answer' };
      if (answer.status < 200 || answer.status > 299) {
        return { ok: false, status: answer.status, ...(answer.status === 0 ? { reason: answer.text } : {}) };
      }
      return { ok: true, text: answer.text };
    } catch (error) {
      return { ok: false, status: 0, reason: reasonOf(error) };
    }
  };
}

/**
 * Reads the sheet from this extension page; when Google answers as to someone signed out and the sheet is open in a
 * tab, reads it again through that tab. The team's answers it has replace those kept from the last read.
 */
export async function readSheet(link: SheetLink): Promise<LinkRead> {
  const read = await readThroughAnyWay(link);
  if (read.kind === 'read' && read.team) await replaceTeamLibrary(browser.storage.local, read.team.entries);
  return read;
}

/** From this page, or through the sheet's tab where Google takes this page for someone signed out. */
async function readThroughAnyWay(link: SheetLink): Promise<LinkRead> {
  const direct = await readLinkedSheet(link, fetchFromExtension);
  if (direct.kind === 'read' || direct.problem !== 'signed-out') return direct;
  const tabId = await sheetTab(link);
  return tabId === undefined ? direct : readLinkedSheet(link, fetchThroughTab(tabId));
}

export async function loadSheetLinks(origins: (origin: string) => boolean): Promise<SheetLinks> {
  return readSheetLinks((await browser.storage.local.get(KEYS.sheetLinks))[KEYS.sheetLinks], origins);
}

export async function saveSheetLinks(links: SheetLinks): Promise<void> {
  await browser.storage.local.set({ [KEYS.sheetLinks]: links });
}

/** The workbook in use no longer comes from a link: a file was imported, or the workbook removed. */
export async function clearActiveLink(): Promise<void> {
  const stored: unknown = (await browser.storage.local.get(KEYS.sheetLinks))[KEYS.sheetLinks];
  if (stored && typeof stored === 'object' && 'active' in stored) {
    const { active: _, ...rest } = stored as Record<string, unknown>;
    await browser.storage.local.set({ [KEYS.sheetLinks]: rest });
  }
}
