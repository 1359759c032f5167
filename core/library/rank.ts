import { contentStems } from '../checks/answer/helpers';
import { countFor } from '../checks/answer/over-limit';
import type { Limit, QuestionKind } from '../questions/types';
import { TextAnalysis } from '../text/analysis';
import type { CountRule } from '../text/count';
import type { LibraryEntry } from './entry';

/** The question of the field an answer is wanted for. */
export interface WantedQuestion {
  label: string;
  help?: string;
  kind: QuestionKind;
}

/** An entry's length in the unit of the field's limit, counted as the over-limit rule counts. */
export interface LengthAgainstLimit {
  count: number;
  max: number;
  unit: Limit['unit'];
  over: boolean;
}

export interface Suggestion {
  entry: LibraryEntry;
  /** Cosine of the two questions' content-word stems, 0 to 1. */
  similarity: number;
  sameKind: boolean;
  score: number;
  /** Undefined when the field has no limit. */
  length?: LengthAgainstLimit;
}

/**
 * What the same kind of question adds to the score: enough to put an answer to an outcomes question above one to a
 * budget question asked in similar words, not enough to suggest an answer to an unrelated question. "other" says
 * nothing about the question, so it earns nothing.
 */
export const SAME_KIND_BONUS = 0.2;

const questionStems = (q: { label: string; help?: string }) => contentStems(`${q.label} ${q.help ?? ''}`);

/** Cosine similarity of two sets of stems, each stem weighing 1. */
export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

export function lengthAgainst(text: string, limit: Limit, countRule?: CountRule): LengthAgainstLimit {
  const count = countFor(new TextAnalysis(text, countRule), limit);
  return { count, max: limit.max, unit: limit.unit, over: count > limit.max };
}

/**
 * Library answers for a field, best first: by how close their question is to the field's (cosine over content-word
 * stems of label and help) plus a bonus for the same kind of question; ties go to the newer. An entry that shares
 * neither a word nor a kind with the question is left out. Each carries its length against the field's limit.
 */
export function rankSuggestions(
  entries: readonly LibraryEntry[],
  question: WantedQuestion,
  limit: Limit | null,
  options: { countRule?: CountRule; max?: number } = {},
): Suggestion[] {
  const wanted = questionStems(question);
  const ranked: Suggestion[] = [];
  for (const entry of entries) {
    const similarity = cosine(wanted, questionStems(entry.question));
    const sameKind = entry.question.kind === question.kind && question.kind !== 'other';
    const score = similarity + (sameKind ? SAME_KIND_BONUS : 0);
    if (score === 0) continue;
    const suggestion: Suggestion = { entry, similarity, sameKind, score };
    if (limit) suggestion.length = lengthAgainst(entry.text, limit, options.countRule);
    ranked.push(suggestion);
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.entry.savedAt === b.entry.savedAt ? 0 : a.entry.savedAt < b.entry.savedAt ? 1 : -1),
  );
  return options.max === undefined ? ranked : ranked.slice(0, options.max);
}
