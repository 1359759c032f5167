import type { Finding } from '../core/checks/finding';
import type { LibraryQuestion } from '../core/library/entry';
import {
  type Limit,
  QUESTION_KINDS,
  type Question,
  type QuestionInput,
  type QuestionKind,
} from '../core/questions/types';
import { DRAFT_RECORD, type DraftRecord } from './drafts/draft-store';
import { z } from './lib/zod';

/*
 * The extension's message protocol: for each receiver, the messages it answers, what each carries and what it
 * answers with, and the schema that checks a message before its handler sees it. Sending and answering go through
 * lib/channel.ts, which types both ends from these tables.
 */

/** One answer as the content script reads it: its text, and what the page says about its question. */
export interface FieldText extends QuestionInput {
  key: string;
  text: string;
}

/** A page of the application: its address and title. */
export interface PageRef {
  url: string;
  title: string;
}

/** An answer on another page of the application, as the background kept it from that page's last visit. */
export interface OtherPageAnswer {
  page: PageRef;
  text: string;
}

/** A finding as the overlay in the page shows it: the check's own words about the answer, nothing more. */
export type PageFinding = Pick<Finding, 'checkId' | 'severity' | 'message' | 'suggestion'>;

/**
 * The checks of the fields whose question or findings changed since the last answer to the session (of every field
 * sent, when the message sent them all), by key: each question as core describes it (with the user's correction of
 * its kind), every finding (for the side panel), and the findings the page may be shown (`shown`): those decided by
 * the answers alone, which neither read the workbook nor carry one of its figures (docs/privacy.md).
 */
export interface CheckResult {
  questions: Record<string, Question>;
  findings: Record<string, Finding[]>;
  shown: Record<string, PageFinding[]>;
  /** The background no longer holds the session's answers (its worker restarted, or preferences changed). */
  resend?: true;
  /**
   * Of the fields in the result, those on other pages of the application (loaded as documents of their own), which
   * the session never sent: their page and last answer, for the side panel (lib/application.ts).
   */
  elsewhere?: Record<string, OtherPageAnswer>;
}

/**
 * What the content script sends to be checked: every answer of the page, or, with `partial`, only those that changed
 * since its last check of `session` (a keystroke sends one) and the keys of those that are `gone`.
 */
export interface CheckRequest {
  fields: FieldText[];
  session?: string;
  partial?: boolean;
  gone?: string[];
  /** The page the fields are on: its answers join those of the application's other pages (lib/application.ts). */
  page?: PageRef;
}

/** One field as the content script reports it: `kind` is the question's kind. */
export interface ReportedField {
  key: string;
  label: string;
  kind: QuestionKind;
  limit: Limit | null;
  words: number;
  characters: number;
  findings: Finding[];
}

export interface Report {
  url: string;
  fields: ReportedField[];
  /** The last attempt to save a draft on this page failed (storage full, or the extension was updated). */
  draftsUnsaved?: boolean;
  /**
   * The application's other pages and their fields (`fields` are this page's): the hidden steps of this document
   * (`sameDocument`), then the pages loaded on their own, as the background kept their answers.
   */
  otherPages?: ReportedPage[];
}

export interface ReportedPage {
  url: string;
  title: string;
  sameDocument?: true;
  fields: ReportedField[];
}

type Nothing = Record<never, never>;

/** What a message carries besides its `type`, and what its receiver answers. */
interface Exchange<Body extends object, Response> {
  body: Body;
  response: Response;
}

/** The messages one receiver answers, by type. */
export type Protocol = Record<string, Exchange<object, unknown>>;

/** The content script's messages, sent to a tab with `tabs.sendMessage` (side panel, background, tests). */
export type ContentMessages = {
  /** The page's fields and findings: a public contract the tests and tools rely on. */
  'impact/report': Exchange<Nothing, Report>;
  /** Scroll to a field and focus it. */
  'impact/focus-field': Exchange<{ key: string }, boolean>;
  /** Put text into a field through its editor's own input path (restore, insert). */
  'impact/apply-text': Exchange<{ key: string; text: string; mode: 'replace' | 'insert' }, boolean>;
  /** Settings, corrections or the workbook changed: re-read them and check again. */
  'impact/refresh': Exchange<Nothing, boolean>;
  /** The user turned this site off: stop reading the page now. */
  'impact/stop': Exchange<Nothing, boolean>;
};

/** The background's messages, sent with `runtime.sendMessage` (content script, side panel). */
export type BackgroundMessages = {
  /** A click in the overlay: open the side panel for the sender's tab. */
  'impact/open-panel': Exchange<Nothing, boolean>;
  /** The user turned a site on or off: update the registered content scripts. */
  'impact/sites-changed': Exchange<Nothing, boolean>;
  /**
   * Describe and check the answers of the page (those on hidden pages of the form included). Both run in the
   * background, so that the page's main thread and the content script stay small.
   */
  'impact/check': Exchange<CheckRequest, CheckResult>;
  /**
   * The drafts a page saves as it unloads, for the background to write: it outlives the page, and a write the page
   * starts then may never finish (Firefox drops it). Answers whether every draft is stored.
   */
  'impact/keep-drafts': Exchange<{ drafts: DraftRecord[] }, boolean>;
  /**
   * "Save to library" in the popover: keeps the field's answer with its question, and the address of its page for
   * the portal, as the user's own library entry. Answers whether it was kept, and nothing of what the library
   * holds: the answer reaches the page.
   */
  'impact/save-answer': Exchange<{ text: string; question: LibraryQuestion; url: string }, boolean>;
};

/** The side panel's messages, sent with `runtime.sendMessage` by the content script. */
export type PanelMessages = {
  /** The sender tab's report changed (findings, counts, fields, the drafts notice): fetch it again. */
  'impact/report-changed': Exchange<Nothing, void>;
};

/** The message of type `T`, as sent. */
export type MessageOf<P extends Protocol, T extends keyof P & string> = { type: T } & P[T]['body'];

export type ResponseOf<P extends Protocol, T extends keyof P & string> = P[T]['response'];

/** Any message a receiver of `P` answers. */
export type MessageTo<P extends Protocol> = { [T in keyof P & string]: MessageOf<P, T> }[keyof P & string];

/** Every message of the extension. */
export type Message = MessageTo<ContentMessages> | MessageTo<BackgroundMessages> | MessageTo<PanelMessages>;

/** A schema per message type: one that is missing, or that lets through another shape, does not compile. */
export type Schemas<P extends Protocol> = { [T in keyof P & string]: z.ZodMiniType<MessageOf<P, T>> };

const bare = <T extends string>(type: T) => z.object({ type: z.literal(type) });

export const CONTENT_SCHEMAS: Schemas<ContentMessages> = {
  'impact/report': bare('impact/report'),
  'impact/focus-field': z.object({ type: z.literal('impact/focus-field'), key: z.string() }),
  'impact/apply-text': z.object({
    type: z.literal('impact/apply-text'),
    key: z.string(),
    text: z.string(),
    mode: z.enum(['replace', 'insert']),
  }),
  'impact/refresh': bare('impact/refresh'),
  'impact/stop': bare('impact/stop'),
};

const FIELD_TEXT: z.ZodMiniType<FieldText> = z.object({
  key: z.string(),
  text: z.string(),
  label: z.string(),
  help: z.optional(z.string()),
  maxLength: z.optional(z.nullable(z.number())),
  counterText: z.optional(z.string()),
});

const LIBRARY_QUESTION: z.ZodMiniType<LibraryQuestion> = z.object({
  label: z.string(),
  help: z.string(),
  kind: z.enum(QUESTION_KINDS),
  limit: z.nullable(
    z.object({ max: z.number().check(z.int(), z.gte(1)), unit: z.enum(['words', 'characters']) }),
  ),
});

export const BACKGROUND_SCHEMAS: Schemas<BackgroundMessages> = {
  'impact/open-panel': bare('impact/open-panel'),
  'impact/sites-changed': bare('impact/sites-changed'),
  'impact/check': z.object({
    type: z.literal('impact/check'),
    fields: z.array(FIELD_TEXT),
    session: z.optional(z.string()),
    partial: z.optional(z.boolean()),
    gone: z.optional(z.array(z.string())),
    page: z.optional(z.object({ url: z.string(), title: z.string() })),
  }),
  'impact/keep-drafts': z.object({ type: z.literal('impact/keep-drafts'), drafts: z.array(DRAFT_RECORD) }),
  'impact/save-answer': z.object({
    type: z.literal('impact/save-answer'),
    text: z.string().check(z.refine((s) => s.trim() !== '', 'must not be empty')),
    question: LIBRARY_QUESTION,
    url: z.string(),
  }),
};

export const PANEL_SCHEMAS: Schemas<PanelMessages> = {
  'impact/report-changed': bare('impact/report-changed'),
};
