import * as z from 'zod/mini';
import { QUESTION_KINDS, type QuestionKind } from '../questions/types';

/** A figure an answer gives, with the indicator of the workbook it is about when one clearly matches. */
export interface CitedFigure {
  text: string;
  indicatorId?: string;
}

/** The question an answer was written for, as the portal asked it. */
export interface LibraryQuestion {
  label: string;
  help: string;
  kind: QuestionKind;
  limit: { max: number; unit: 'words' | 'characters' } | null;
}

export const ENTRY_SOURCES = ['mine', 'team'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/** One answer kept for reuse: the user's own, or a row of the team's Answers tab. */
export interface LibraryEntry {
  id: string;
  text: string;
  question: LibraryQuestion;
  /** Who the answer was written for ("Lottery Community Fund"); empty when nobody said. */
  funder: string;
  /** The host name of the portal it was written in ("apply.example.org"); empty for a team row without one. */
  portal: string;
  /** When it was saved: an ISO date, or date and time. */
  savedAt: string;
  figures: CitedFigure[];
  source: EntrySource;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

const LimitSchema = z.nullable(
  z.strictObject({
    max: z.number().check(z.int(), z.gte(1)),
    unit: z.enum(['words', 'characters']),
  }),
);

export const LibraryQuestionSchema: z.ZodMiniType<LibraryQuestion> = z.strictObject({
  label: z.string(),
  help: z.string(),
  kind: z.enum(QUESTION_KINDS),
  limit: LimitSchema,
});

const CitedFigureSchema: z.ZodMiniType<CitedFigure> = z.strictObject({
  text: z.string().check(z.minLength(1)),
  indicatorId: z.optional(z.string()),
});

export const LibraryEntrySchema: z.ZodMiniType<LibraryEntry> = z.strictObject({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.refine((s) => s.trim() !== '', 'must not be empty')),
  question: LibraryQuestionSchema,
  funder: z.string(),
  portal: z.string(),
  savedAt: z.string().check(z.regex(ISO_DATE, 'must be an ISO date such as 2026-03-01')),
  figures: z.array(CitedFigureSchema),
  source: z.enum(ENTRY_SOURCES),
});

/** Newest first; among the same date, the user's own before the team's. */
export function byNewest(a: LibraryEntry, b: LibraryEntry): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.source === b.source ? 0 : a.source === 'mine' ? -1 : 1;
}
