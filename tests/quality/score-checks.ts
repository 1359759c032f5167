import type { Answer } from '../../core/checks/define';
import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { LABELLED_ANSWERS, type LabelledAnswer } from '../fixtures/answers/labelled';

export interface CheckScore {
  checkId: string;
  severity: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  /** The answers behind each false positive and false negative, for whoever tunes the check. */
  falsePositiveIds: string[];
  falseNegativeIds: string[];
}

const toAnswer = (a: LabelledAnswer): Answer => ({ key: a.id, text: a.text, question: a.question });

/** Which checks fire on each labelled answer, with its page around it and the demo workbook when labelled so. */
export function firedChecks(answers: readonly LabelledAnswer[] = LABELLED_ANSWERS): Map<string, Set<string>> {
  const evidence = evidenceContext(demoWorkbook, DEMO_AS_OF);
  const fired = new Map<string, Set<string>>();
  const pages = new Map<string, LabelledAnswer[]>();
  for (const a of answers) {
    const page = a.page ?? `single:${a.id}`;
    pages.set(page, [...(pages.get(page) ?? []), a]);
  }
  for (const group of pages.values()) {
    const withWorkbook = group.some((a) => a.withWorkbook);
    const engine = new AnswerEngine({ rules: ANSWER_RULES, ...(withWorkbook ? { evidence } : {}) });
    const findings = engine.updatePage(group.map(toAnswer));
    for (const a of group) fired.set(a.id, new Set((findings.get(a.id) ?? []).map((f) => f.checkId)));
  }
  return fired;
}

/** Precision and recall of every answer check against the independent labels. */
export function scoreChecks(answers: readonly LabelledAnswer[] = LABELLED_ANSWERS): CheckScore[] {
  const fired = firedChecks(answers);
  return ANSWER_RULES.map((check) => {
    const score: CheckScore = {
      checkId: check.id,
      severity: check.severity,
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      precision: null,
      recall: null,
      falsePositiveIds: [],
      falseNegativeIds: [],
    };
    for (const a of answers) {
      const hit = fired.get(a.id)!.has(check.id);
      if (a.mustTrigger.includes(check.id)) {
        if (hit) score.truePositives++;
        else {
          score.falseNegatives++;
          score.falseNegativeIds.push(a.id);
        }
      } else if (a.mustNotTrigger.includes(check.id) && hit) {
        score.falsePositives++;
        score.falsePositiveIds.push(a.id);
      }
    }
    const flagged = score.truePositives + score.falsePositives;
    const expected = score.truePositives + score.falseNegatives;
    score.precision = flagged ? score.truePositives / flagged : null;
    score.recall = expected ? score.truePositives / expected : null;
    return score;
  });
}

export function scoreTable(scores: readonly CheckScore[]): string {
  const pct = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const rows = scores.map(
    (s) =>
      `| [${s.checkId}](${s.checkId}.md) | ${s.severity} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} |`,
  );
  return [
    '| check | severity | precision | recall | true positives | false positives | missed |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
