import { DEMO_AS_OF, demoWorkbook } from '../../demo/workbook';
import type { Limit, QuestionKind } from '../../questions/types';
import type { Answer, AnswerRule, CheckConfig, EvidenceContext } from '../define';
import { checkAnswer } from '../engine';
import { evidenceContext } from '../evidence';
import type { Finding } from '../finding';

/** Test-only helpers: run one check on one answer the way the engine would. */

const LABELS: Record<QuestionKind, string> = {
  outcomes: 'What difference will your project make?',
  measurement: 'How will you measure your success?',
  beneficiaries: 'Who will benefit from this project?',
  activities: 'What will you do?',
  budget: 'Tell us how you will spend the grant.',
  need: 'Why is this project needed?',
  summary: 'Summarise your project in a few sentences.',
  other: 'Is there anything else you would like to tell us?',
};

export interface RunOptions {
  kind?: QuestionKind;
  limit?: Limit | null;
  others?: Answer[];
  evidence?: EvidenceContext;
  config?: Partial<CheckConfig>;
}

export function answer(
  text: string,
  kind: QuestionKind = 'outcomes',
  limit: Limit | null = null,
  key = 'answer',
): Answer {
  return { key, text, question: { kind, label: LABELS[kind], limit } };
}

export function findingsOf(check: AnswerRule, text: string, options: RunOptions = {}): Finding[] {
  return checkAnswer(
    answer(
      text,
      options.kind ?? (check.appliesTo === 'all' ? 'outcomes' : (check.appliesTo[0] ?? 'outcomes')),
      options.limit ?? null,
    ),
    options.others ?? [],
    {
      rules: [check],
      ...(options.evidence ? { evidence: options.evidence } : {}),
      ...(options.config ? { config: options.config } : {}),
    },
  );
}

let demo: EvidenceContext | undefined;
export function demoEvidence(): EvidenceContext {
  demo ??= evidenceContext(demoWorkbook, DEMO_AS_OF);
  return demo;
}
