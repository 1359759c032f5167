export const QUESTION_KINDS = [
  'outcomes',
  'measurement',
  'beneficiaries',
  'activities',
  'budget',
  'need',
  'summary',
  'other',
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Limit {
  max: number;
  unit: 'words' | 'characters';
}

export interface QuestionInput {
  label: string;
  help?: string;
  maxLength?: number | null;
  counterText?: string;
}

export interface Question {
  kind: QuestionKind;
  label: string;
  limit: Limit | null;
}

/** For a kind that comes from outside (a user's correction, a sheet cell): is it one Impact Lens knows? */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);
}
