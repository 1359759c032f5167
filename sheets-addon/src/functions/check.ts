import type { Answer } from '../../../core/checks/define';
import { AnswerEngine } from '../../../core/checks/engine';
import type { Finding } from '../../../core/checks/finding';
import { SINGLE_ANSWER_RULES } from '../../../core/checks/registry-single';
import { describeQuestion } from '../../../core/questions/describe-question';
import type { Question } from '../../../core/questions/types';
import { QUESTION_KINDS } from '../../../core/questions/types';
import { type CellType, cellText, TEXT } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

/** What an answer checked without a question is taken to answer: the question most answers need checking for. */
const DEFAULT_KIND = 'outcomes';

/** A kind word ("outcomes", "Budget", "need") is that kind; any other text is read as the question itself. */
const QUESTION: CellType<Question> = {
  doc: 'string',
  read(cell) {
    const text = cellText(cell);
    const word = text.toLowerCase();
    const kind = QUESTION_KINDS.find((k) => k === word || k === `${word}s`);
    if (kind) return { kind, label: '', limit: null };
    if (text === '') return { kind: DEFAULT_KIND, label: '', limit: null };
    return describeQuestion({ label: text });
  },
};

/**
 * The findings of the checks that read only the text (core's SINGLE_ANSWER_RULES): a cell has no workbook to compare
 * against, and leaving the evidence checks out keeps them and the measures they use out of Code.js.
 */
function findingsFor(engine: AnswerEngine, text: string, question: Question): Finding[] {
  // One key for every row: each answer replaces the last, so rows are never compared with each other.
  const answer: Answer = { key: 'answer', text, question };
  return engine.update(answer);
}

/** A finding as a cell shows it: "id: message". */
function line(finding: Finding): string {
  return `${finding.checkId}: ${finding.message}`;
}

/** The findings of one answer in its cell, one a line: built as it goes, with no list of lines to join. */
function cellOf(findings: readonly Finding[]): string {
  if (findings.length === 0) return NO_ISSUES;
  let cell = line(findings[0]!);
  for (let i = 1; i < findings.length; i++) cell += `\n${line(findings[i]!)}`;
  return cell;
}

export const NO_ISSUES = 'No issues';

/** Each answer is checked on its own. */
export const checkFormula = defineFormula({
  name: 'IMPACT_CHECK',
  params: [
    { name: 'text', label: 'Text', type: TEXT },
    { name: 'question', label: 'Question', type: QUESTION, optional: true },
  ],
  blankWhile: 'text',
  answer: (call) => {
    // One engine for the whole range: its set-up is shared by every row, and a sentence that rows repeat (a
    // template's opening, say) is read once. A few hundred recent sentences catch that; keeping thousands alive
    // only gave the garbage collector more to copy on a 10,000-row range.
    const engine = new AnswerEngine({ rules: SINGLE_ANSWER_RULES, sentenceCacheSize: 256 });
    return call.eachCell(
      // By index, not destructured: a destructured array goes through its iterator, once for each of the rows.
      (cells) => cellOf(findingsFor(engine, cells[0], cells[1])),
      ([text, question]) => {
        const findings = findingsFor(engine, text, question);
        return findings.length === 0 ? NO_ISSUES : findings.map((f) => [line(f)]);
      },
    );
  },
});

/** The kinds are written out, not joined from QUESTION_KINDS, so that Code.js carries no help text (a test compares). */
export const checkDocs: FormulaDocs<typeof checkFormula> = {
  description:
    'Checks an answer to a funder\'s question: one finding a row ("id: message"), or "No issues". For a range of answers, each answer\'s findings go in its own cell, one a line.',
  params: {
    text: 'The answer, or a range of answers.',
    question:
      "the question's text, or a kind (outcomes, measurement, beneficiaries, activities, budget, need, summary, other). Outcomes if left out.",
  },
  returns: { type: 'string|Array<Array<string>>', help: 'The findings.' },
  example: { args: ['We will help young people feel better.', 'other'], gives: NO_ISSUES },
};
