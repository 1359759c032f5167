import type { Answer, AnswerRule, CheckConfig } from '../../core/checks/define';
import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { bySeverity, type Finding } from '../../core/checks/finding';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import type { Workbook } from '../../core/model/schema';
import { describeQuestion } from '../../core/questions/describe-question';
import type { Question } from '../../core/questions/types';
import { todayIso } from '../../core/util/calendar';
import type { CheckResult, FieldText, OtherPageAnswer, PageFinding, PageRef } from '../messaging';
import { checkConfig, type KindCorrections, type Settings } from './settings';

export interface Preferences {
  settings: Settings;
  kinds: KindCorrections;
  workbook: Workbook | undefined;
}

/** An answer on another page of the application: checked with the page's, never sent by its session. */
export interface OtherPageField extends FieldText {
  page: PageRef;
}

interface Described {
  /** What the page said about the question when it was described. */
  wording: string;
  question: Question;
}

function wordingOf(field: FieldText): string {
  return [field.label, field.help ?? '', field.maxLength ?? '', field.counterText ?? ''].join('\u0000');
}

/** Most severe first, then in the order of the text: the order one engine gives its findings. */
function byImportance(a: Finding, b: Finding): number {
  return bySeverity(a, b) || (a.span?.start ?? -1) - (b.span?.start ?? -1);
}

/** What the overlay in the page may show of a finding: no span, no evidence, no link. */
function pageFinding({ checkId, severity, message, suggestion }: Finding): PageFinding {
  return suggestion === undefined
    ? { checkId, severity, message }
    : { checkId, severity, message, suggestion };
}

/** Whether an answer says anything: an empty one gives page-level and workbook rules nothing to weigh. */
function says(text: string): boolean {
  return text.trim() !== '';
}

/** The rules of one engine: those that read the workbook or not, of one scope (or both). */
function rulesWhere(workbook: boolean, scope?: AnswerRule['scope']): AnswerRule[] {
  return ANSWER_RULES.filter(
    (r) => Boolean(r.needsEvidence) === workbook && (scope === undefined || r.scope === scope),
  );
}

/**
 * The checks for one tab's session: each question described from what the page says about it, and the answers kept
 * between messages, so that a keystroke sends and re-checks one field. Three engines, so that what the page is shown
 * is worked out without the workbook at all (docs/privacy.md): the rules that read one answer, the rules that compare
 * answers (fed only answers that say something, so that a page of thousands of empty fields stays cheap), and the
 * rules that read the workbook, which only the side panel shows. Lives in the background, away from the page's main
 * thread; the question-kind patterns stay out of the content script.
 *
 * The answers on the application's other pages (documents of their own, kept by lib/application.ts) are checked
 * with the session's: a figure on this page is compared with one on the first, and their findings reach the side
 * panel with the page they are on.
 */
export class TabChecker {
  private readonly alone: AnswerEngine;
  private readonly together: AnswerEngine;
  private readonly withWorkbook: AnswerEngine | undefined;
  private readonly described = new Map<string, Described>();
  /** The keys of the answers that say something: those the page-level rules compare. */
  private readonly saying = new Set<string>();
  /** What the session was last told of each field (its question and findings), to tell it only what changed. */
  private readonly told = new Map<string, string>();
  /** The answers on other pages of the application, by key, until the session sends a field of the same key. */
  private readonly otherPages = new Map<string, OtherPageAnswer>();
  /** The first check tells the session of every other page's field too. */
  private first = true;

  constructor(
    private readonly preferences: Preferences,
    /** The content script's session whose answers this checker holds. */
    readonly session?: string,
    otherPages: readonly OtherPageField[] = [],
  ) {
    const config = checkConfig(preferences.settings);
    this.alone = new AnswerEngine({ rules: rulesWhere(false, 'answer'), config });
    this.together = new AnswerEngine({ rules: rulesWhere(false, 'page'), config });
    this.withWorkbook = this.workbookEngine(config);
    for (const { page, ...field } of otherPages) {
      this.otherPages.set(field.key, { page, text: field.text });
      this.store(field);
    }
  }

  private workbookEngine(config: Partial<CheckConfig>): AnswerEngine | undefined {
    const { workbook } = this.preferences;
    if (!workbook) return undefined;
    try {
      return new AnswerEngine({
        rules: rulesWhere(true),
        config,
        evidence: evidenceContext(workbook, todayIso()),
      });
    } catch (error) {
      // A workbook that cannot be summarised must not stop the text checks.
      console.error('Impact Lens: the imported workbook could not be read', error);
      return undefined;
    }
  }

  /**
   * Takes the answers that changed (or every answer, on a checker's first message) and the keys of those gone, and
   * returns the checks of the fields whose question or findings changed.
   */
  check(fields: readonly FieldText[], gone: readonly string[] = []): CheckResult {
    let pageChanged = false;
    for (const key of gone) pageChanged = this.forget(key) || pageChanged;
    for (const field of fields) {
      this.otherPages.delete(field.key);
      pageChanged = this.store(field) || pageChanged;
    }
    const keys = new Set(fields.map((f) => f.key));
    if (this.first) for (const key of this.otherPages.keys()) keys.add(key);
    this.first = false;
    // A change to an answer that says something can change what the page-level rules find in every other one.
    if (pageChanged) for (const key of this.saying) keys.add(key);
    const result: CheckResult = { questions: {}, findings: {}, shown: {} };
    for (const key of keys) this.answer(key, result);
    return result;
  }

  /** Keeps one answer; returns whether the page-level rules must look at the page again. */
  private store(field: FieldText): boolean {
    const answer: Answer = { key: field.key, text: field.text, question: this.questionOf(field) };
    this.alone.update(answer);
    if (!says(field.text)) return this.forgetSaying(field.key);
    this.saying.add(field.key);
    this.together.update(answer);
    this.withWorkbook?.update(answer);
    return true;
  }

  private forgetSaying(key: string): boolean {
    if (!this.saying.delete(key)) return false;
    this.together.remove(key);
    this.withWorkbook?.remove(key);
    return true;
  }

  private forget(key: string): boolean {
    this.otherPages.delete(key);
    this.alone.remove(key);
    this.described.delete(key);
    this.told.delete(key);
    return this.forgetSaying(key);
  }

  /** Adds a field's checks to the result, unless the session already has them. */
  private answer(key: string, result: CheckResult): void {
    const question = this.described.get(key)?.question;
    if (!question) return;
    const own = [...this.alone.findingsFor(key), ...this.together.findingsFor(key)];
    const fromWorkbook = this.withWorkbook?.findingsFor(key) ?? [];
    const findings = [...own, ...fromWorkbook].sort(byImportance);
    const told = JSON.stringify([question, findings]);
    if (this.told.get(key) === told) return;
    this.told.set(key, told);
    result.questions[key] = question;
    result.findings[key] = findings;
    const elsewhere = this.otherPages.get(key);
    if (elsewhere) {
      result.elsewhere ??= {};
      result.elsewhere[key] = elsewhere;
    }
    // The page is shown what the answers alone decide, in the order of importance; a figure goes to the side panel.
    result.shown[key] = own
      .filter((f) => f.evidence === undefined)
      .sort(byImportance)
      .map(pageFinding);
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
