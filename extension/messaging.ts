import type { Finding } from '../core/checks/finding';
import type { QuestionKind } from '../core/questions/types';

/** A field's text and question, as the content script sends it to be checked. */
export interface FieldText {
  key: string;
  text: string;
  label: string;
  help: string;
  limit: { max: number; unit: 'words' | 'characters' } | null;
}

/** The background's answer: each field's question kind and findings. */
export interface CheckResult {
  kinds: Record<string, QuestionKind>;
  findings: Record<string, Finding[]>;
}

/** One field as the content script reports it (DESIGN.md "impact/report"). */
export interface ReportedField {
  key: string;
  label: string;
  kind: QuestionKind;
  limit: { max: number; unit: 'words' | 'characters' } | null;
  words: number;
  characters: number;
  findings: {
    checkId: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    evidence?: string;
    suggestion?: string;
  }[];
}

export interface Report {
  url: string;
  fields: ReportedField[];
  /** The last attempt to save a draft on this page failed (storage full, or the extension was updated). */
  draftsUnsaved?: boolean;
}

/**
 * Every message the extension's parts send each other, with what each answers. One union, handled with exhaustive
 * switches: adding a message without handling it fails to compile.
 */
export type Message =
  /** Side panel or tests → content script: the page's fields and findings. */
  | { type: 'impact/report' }
  /** Side panel → content script: scroll to a field and focus it. */
  | { type: 'impact/focus-field'; key: string }
  /** Side panel → content script: put text into a field through its editor's own input path (restore, insert). */
  | { type: 'impact/apply-text'; key: string; text: string; mode: 'replace' | 'insert' }
  /** Side panel → content script: settings, corrections or the workbook changed; re-read them and re-check. */
  | { type: 'impact/refresh' }
  /** Content script (a click in the overlay) → background: open the side panel for this tab. */
  | { type: 'impact/open-panel' }
  /** Side panel → content script: the user turned this site off; stop reading the page now. */
  | { type: 'impact/stop' }
  /** Side panel → background: the user turned a site on or off; update the registered content scripts. */
  | { type: 'impact/sites-changed' }
  /**
   * Content script → background: check the page's answers (every answer of the page, those on hidden pages of the
   * form included). The checks run in the background, so the page's main thread and the content script stay small.
   */
  | { type: 'impact/check'; fields: FieldText[] };

export interface Responses {
  'impact/report': Report;
  'impact/focus-field': boolean;
  'impact/apply-text': boolean;
  'impact/refresh': boolean;
  'impact/open-panel': boolean;
  'impact/sites-changed': boolean;
  'impact/stop': boolean;
  'impact/check': CheckResult;
}

export type ResponseTo<M extends Message> = Responses[M['type']];

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('impact/')
  );
}

/** For exhaustive switches: a message type nobody handles is a compile error here. */
export function unhandled(message: never): never {
  throw new Error(`Unhandled message ${JSON.stringify(message)}`);
}
