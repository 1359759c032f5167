import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import type { Workbook } from '../../core/model/schema';
import { questionKind } from '../../core/questions';
import { todayIso } from '../../core/util/calendar';
import type { CheckResult, FieldText } from '../messaging';
import { checkConfig, type KindCorrections, type Settings } from './settings';

export interface Preferences {
  settings: Settings;
  kinds: KindCorrections;
  workbook: Workbook | undefined;
}

/**
 * The checks for one tab: an engine that caches each answer's analysis, so that a keystroke re-checks one field.
 * Lives in the background, away from the page's main thread.
 */
export class TabChecker {
  private readonly engine: AnswerEngine;

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
    const kinds: CheckResult['kinds'] = {};
    const answers = fields.map((f) => {
      const kind = this.preferences.kinds[f.key] ?? questionKind(f.label, f.help);
      kinds[f.key] = kind;
      return { key: f.key, text: f.text, question: { kind, label: f.label, limit: f.limit } };
    });
    return { kinds, findings: Object.fromEntries(this.engine.updatePage(answers)) };
  }
}
