import { questionKind } from './question-kind';
import { questionLimit } from './question-limit';
import { plainText } from './question-text';
import type { Question, QuestionInput } from './types';

/** What a portal field asks and how long its answer may be, from what the extension read around the field. */
export function describeQuestion(input: QuestionInput): Question {
  return {
    kind: questionKind(input.label, input.help),
    label: plainText(input.label),
    limit: questionLimit(input),
  };
}
