import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import type { Workbook } from '../../core/model/schema';
import { describeQuestion } from '../../core/questions/describe-question';
import type { Question } from '../../core/questions/types';
import { todayIso } from '../../core/util/calendar';
import type { CheckResult, FieldText } from '../messaging';
import { checkConfig, type KindCorrections, type Settings } from './settings';

export interface Preferences {
  settings: Settings;
  kinds: KindCorrections;
  workbook: Workbook | undefined;
}

interface Described {
  /** What the page said about the question when it was described. */
  wording: string;
  question: Question;
}

function wordingOf(field: FieldText): string {
  return [field.label, field.help ?? '', field.maxLength ?? '', field.counterText ?? ''].join('\u0000');
}

/**
 * The checks for one tab: each question described from what the page says about it, and an engine that caches each
 * answer's analysis, so that a keystroke re-checks one field. Lives in the background, away from the page's main
 * thread; the question-kind patterns stay out of the content script.
 */
export class TabChecker {
  private readonly engine: AnswerEngine;
  private readonly described = new Map<string, Described>();

  constructor(private readonly preferences: Preferences) {
    let evidence: ReturnType<typeof evidenceContext> | undefined;
    if (preferences.workbook) {
      try {
        evidence = evidenceContext(preferences.workbook, todayIso());
      } catch (error) {
        // A workbook that cannot be summarised must not stop the text checks.
        console.error('Impact Lens: the imported workbook could not be read', error);
      }
    }
    this.engine = new AnswerEngine({
      rules: ANSWER_RULES,
      config: checkConfig(preferences.settings),
      ...(evidence ? { evidence } : {}),
    });
  }

  check(fields: readonly FieldText[]): CheckResult {
    const questions: CheckResult['questions'] = {};
    const answers = fields.map((field) => {
      const question = this.questionOf(field);
      questions[field.key] = question;
      return { key: field.key, text: field.text, question };
    });
    for (const key of this.described.keys()) if (!Object.hasOwn(questions, key)) this.described.delete(key);
    return { questions, findings: Object.fromEntries(this.engine.updatePage(answers)) };
  }

  /** Described again only when the page words it differently: a keystroke changes the answer, not the question. */
  private questionOf(field: FieldText): Question {
    const wording = wordingOf(field);
    const known = this.described.get(field.key);
    if (known?.wording === wording) return known.question;
    const described = describeQuestion(field);
    const question = { ...described, kind: this.preferences.kinds[field.key] ?? described.kind };
    this.described.set(field.key, { wording, question });
    return question;
  }
}
