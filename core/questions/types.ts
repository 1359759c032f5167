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
