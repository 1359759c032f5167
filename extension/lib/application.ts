import type { Severity } from '../../core/checks/finding';
import type { KeyValueStore } from '../drafts/draft-store';
import type { FieldText, PageRef, ReportedField } from '../messaging';
import { KEYS } from './settings';
import { z } from './zod';

/*
 * One application is the portal's form across its pages: each page may be a document of its own, loaded afresh. Its
 * key is the page's address with what names the page within the form taken off:
 *
 *   - the origin and path, without a trailing page or step segment ("step-2.html", "page3", "2", "page/2",
 *     "section_4"), ending in one "/", so that /apply/123/step-1 and /apply/123/step-3/ are one application
 *     (/apply/123/) and /apply/124/… another;
 *   - the query, without its page parameters (page, step, section, …) and sorted, so that ?form=9&page=2 and
 *     ?page=3&form=9 are one application;
 *   - no fragment (pages of the form within one document are already one session's).
 *
 * The background keeps, per application, the last answer to each field seen on any of its pages, in storage.local
 * (only the extension reads it: neither the page nor the portal sees it), so that the checks that compare answers
 * see the whole application, across reloads and the service worker stopping. A draft the user deletes takes its
 * text out of the application too, and applications are pruned with the drafts' retention and kept few and small.
 */

/**
 * A page of a form, as the last segment of its path: "step-2", "page3.html", "4", "section_1.aspx". A bare number
 * of three digits or more is more likely the form's own id ("/grants/177") than a page of it.
 */
const PAGE_SEGMENT = /^(?:(?:page|step|stage|section|part|p)[-_]?\d{1,3}|\d{1,2})(?:\.[a-z]{2,5})?$/i;
/** The words that name the segment after them as a page: "/page/2". */
const PAGE_WORD = /^(?:page|step|stage|section|part)$/i;
/** Query parameters that name a page of the form rather than the form. */
const PAGE_PARAMETERS = new Set([
  'page',
  'step',
  'stage',
  'section',
  'p',
  'pg',
  'pagenumber',
  'pageindex',
  'currentpage',
  'currentstep',
]);

/** The application the page at `url` belongs to (see above). */
export function applicationKey(url: string): string {
  const address = new URL(url);
  const segments = address.pathname.split('/');
  // A trailing slash leaves an empty last segment: the page's own segment is the one before it.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (segments.length > 1 && PAGE_SEGMENT.test(segments.at(-1)!)) {
    segments.pop();
    if (segments.length > 1 && PAGE_WORD.test(segments.at(-1)!)) segments.pop();
  }
  const path = `${segments.join('/')}/`.replace(/\/+$/, '/');
  const query = [...address.searchParams]
    .filter(([name]) => !PAGE_PARAMETERS.has(name.toLowerCase()))
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  const search = query.length ? `?${new URLSearchParams(query)}` : '';
  return `${address.origin}${path}${search}`;
}

/** What is kept of one field: its last answer, what the page said about its question, and the page it is on. */
export interface KeptField extends FieldText {
  /** The address of the page it was last seen on. */
  page: string;
  updated: number;
}

export interface KeptApplication {
  key: string;
  updated: number;
  /** The pages it was seen on, by address: their titles, for the side panel. */
  pages: Record<string, { title: string }>;
  fields: Record<string, KeptField>;
}

/**
 * Bounds, so that the applications take a small share of storage.local's room, which the drafts need more: a few
 * forms, each of a few hundred questions, each answer at most a long essay, and a whole application a long report.
 */
export const APPLICATION_LIMITS = {
  applications: 10,
  fieldsPerApplication: 300,
  pagesPerApplication: 60,
  characters: 50_000,
  charactersPerApplication: 200_000,
} as const;

export const APPLICATION_PREFIX = 'application:';

const storageKey = (application: string) => `${APPLICATION_PREFIX}${application}`;

const KEPT_FIELD: z.ZodMiniType<KeptField> = z.object({
  key: z.string(),
  text: z.string(),
  label: z.string(),
  help: z.optional(z.string()),
  maxLength: z.optional(z.nullable(z.number())),
  counterText: z.optional(z.string()),
  page: z.string(),
  updated: z.number(),
});

const KEPT_APPLICATION: z.ZodMiniType<KeptApplication> = z.object({
  key: z.string(),
  updated: z.number(),
  pages: z.record(z.string(), z.object({ title: z.string() })),
  fields: z.record(z.string(), KEPT_FIELD),
});

/** A stored application, or undefined when there is none or what is there is not one (it is then replaced). */
function asApplication(value: unknown): KeptApplication | undefined {
  if (value === undefined) return undefined;
  const parsed = KEPT_APPLICATION.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function emptyApplication(key: string, now: number): KeptApplication {
  return { key, updated: now, pages: {}, fields: {} };
}

/** The fields of the application, but for those the page itself holds: the answers on its other pages. */
export function otherPagesOf(
  application: KeptApplication | undefined,
  here: ReadonlySet<string>,
): (FieldText & { page: PageRef })[] {
  if (!application) return [];
  return Object.values(application.fields)
    .filter((f) => !here.has(f.key))
    .map(({ page, updated: _, ...field }) => ({
      ...field,
      page: { url: page, title: application.pages[page]?.title ?? '' },
    }));
}

/**
 * The application after a page sent these answers and lost the `gone` ones. A field keeps the page it was last
 * typed on: one resent unchanged from a hidden step of the same document does not move to the page now shown.
 */
export function mergeAnswers(
  application: KeptApplication,
  fields: readonly FieldText[],
  gone: readonly string[],
  page: PageRef,
  now: number,
): KeptApplication {
  const next: KeptApplication = {
    ...application,
    updated: now,
    pages: { ...application.pages, [page.url]: { title: page.title } },
    fields: { ...application.fields },
  };
  for (const key of gone) delete next.fields[key];
  for (const field of fields) {
    const known = next.fields[field.key];
    const text = field.text.slice(0, APPLICATION_LIMITS.characters);
    const stays = known !== undefined && known.text === text;
    next.fields[field.key] = {
      ...field,
      text,
      page: stays ? known.page : page.url,
      updated: stays ? known.updated : now,
    };
  }
  return bounded(next);
}

/** Keeps the most recently changed fields within the bounds, and the pages they are on (and the page last sent). */
function bounded(application: KeptApplication): KeptApplication {
  const fields = Object.values(application.fields);
  const characters = fields.reduce((sum, f) => sum + f.text.length, 0);
  const within =
    fields.length <= APPLICATION_LIMITS.fieldsPerApplication &&
    characters <= APPLICATION_LIMITS.charactersPerApplication;
  if (within) return boundedPages(application);
  const kept: KeptField[] = [];
  let room = APPLICATION_LIMITS.charactersPerApplication;
  for (const field of fields.sort((a, b) => b.updated - a.updated)) {
    if (kept.length === APPLICATION_LIMITS.fieldsPerApplication || field.text.length > room) break;
    kept.push(field);
    room -= field.text.length;
  }
  return boundedPages({ ...application, fields: Object.fromEntries(kept.map((f) => [f.key, f])) });
}

function boundedPages(application: KeptApplication): KeptApplication {
  const used = new Set(Object.values(application.fields).map((f) => f.page));
  const urls = Object.keys(application.pages);
  const last = urls.at(-1);
  const pages = urls
    .filter((url) => used.has(url) || url === last)
    .slice(-APPLICATION_LIMITS.pagesPerApplication);
  return { ...application, pages: Object.fromEntries(pages.map((url) => [url, application.pages[url]!])) };
}

/** Empties the answers of these fields: their drafts were deleted, and the application must not keep a copy. */
export function withoutTexts(
  application: KeptApplication,
  keys: ReadonlySet<string>,
): KeptApplication | undefined {
  let changed = false;
  const fields: Record<string, KeptField> = {};
  for (const [key, field] of Object.entries(application.fields)) {
    const forget = keys.has(key) && field.text !== '';
    changed ||= forget;
    fields[key] = forget ? { ...field, text: '' } : field;
  }
  return changed ? { ...application, fields } : undefined;
}

/**
 * The applications of the background, read from storage once and kept in memory; each change is written a moment
 * later, one write for a burst of keystrokes.
 */
export class ApplicationStore {
  private readonly held = new Map<string, KeptApplication>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** Updates one at a time: each builds on the one before, even while the first read of storage is under way. */
  private updating: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly delayMs = 1_000,
  ) {}

  /** The application as it stands after the updates already asked for. */
  async read(application: string): Promise<KeptApplication | undefined> {
    await this.updating;
    return this.load(application);
  }

  private async load(application: string): Promise<KeptApplication | undefined> {
    const held = this.held.get(application);
    if (held) return held;
    const key = storageKey(application);
    const stored = asApplication((await this.store.get([key]))[key]);
    // Changed while it was being read: the newer copy stays.
    const now = this.held.get(application);
    if (now) return now;
    if (stored) this.held.set(application, stored);
    return stored;
  }

  /** Takes a page's answers into its application; written to storage shortly. */
  async update(
    application: string,
    fields: readonly FieldText[],
    gone: readonly string[],
    page: PageRef,
  ): Promise<void> {
    const next = this.updating.then(async () => {
      const known = (await this.load(application)) ?? emptyApplication(application, this.now());
      this.held.set(application, mergeAnswers(known, fields, gone, page, this.now()));
      this.schedule(application);
    });
    this.updating = next.catch(() => undefined);
    return next;
  }

  /** Drafts were deleted: the application keeps the fields (they are still questions of it) but not their text. */
  async forgetTexts(fieldKeys: ReadonlySet<string>): Promise<void> {
    await this.flush();
    const stored = await this.store.get(null);
    const changes: Record<string, KeptApplication> = {};
    for (const [key, value] of Object.entries(stored)) {
      const application = key.startsWith(APPLICATION_PREFIX) ? asApplication(value) : undefined;
      const next = application && withoutTexts(this.held.get(application.key) ?? application, fieldKeys);
      if (next) changes[key] = next;
    }
    for (const next of Object.values(changes)) this.held.set(next.key, next);
    if (Object.keys(changes).length) await this.store.set(changes);
  }

  /** Forgets what is held in memory (its storage changed under it: pruned, or cleared). */
  drop(): void {
    this.held.clear();
  }

  /** Writes what changed now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const items: Record<string, KeptApplication> = {};
    for (const application of this.pending) {
      const held = this.held.get(application);
      if (held) items[storageKey(application)] = held;
    }
    this.pending.clear();
    if (Object.keys(items).length === 0) return this.writing;
    this.writing = this.writing
      .then(() => this.store.set(items))
      .catch((error: unknown) => console.error('Impact Lens: could not keep the application', error));
    return this.writing;
  }

  private schedule(application: string): void {
    this.pending.add(application);
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }
}

/**
 * Deletes applications not changed within the drafts' retention, and all but the most recent few; returns how many
 * were removed.
 */
export async function pruneApplications(
  store: KeyValueStore,
  maxAgeDays: number,
  now: number,
  keep: number = APPLICATION_LIMITS.applications,
): Promise<number> {
  const cutoff = now - maxAgeDays * 86_400_000;
  const kept: { key: string; updated: number }[] = [];
  const stale: string[] = [];
  for (const [key, value] of Object.entries(await store.get(null))) {
    if (!key.startsWith(APPLICATION_PREFIX)) continue;
    const application = asApplication(value);
    if (!application || application.updated < cutoff) stale.push(key);
    else kept.push({ key, updated: application.updated });
  }
  kept.sort((a, b) => b.updated - a.updated);
  const removed = [...stale, ...kept.slice(keep).map((a) => a.key)];
  if (removed.length) await store.remove(removed);
  return removed.length;
}

/** The field keys whose drafts this storage change deleted. */
export function deletedDrafts(
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
): Set<string> {
  const keys = new Set<string>();
  for (const [key, change] of Object.entries(changes)) {
    if (key.startsWith(KEYS.draft) && change.newValue === undefined && change.oldValue !== undefined)
      keys.add(key.slice(KEYS.draft.length));
  }
  return keys;
}

/** How far the application has got: the side panel's progress line. */
export interface Progress {
  answered: number;
  total: number;
  overLimit: number;
  findings: Record<Severity, number>;
}

function overLimit(field: ReportedField): boolean {
  if (!field.limit) return false;
  const used = field.limit.unit === 'words' ? field.words : field.characters;
  return used > field.limit.max;
}

export function progressOf(fields: readonly ReportedField[]): Progress {
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const field of fields) for (const f of field.findings) findings[f.severity]++;
  return {
    answered: fields.filter((f) => f.words > 0).length,
    total: fields.length,
    overLimit: fields.filter(overLimit).length,
    findings,
  };
}
