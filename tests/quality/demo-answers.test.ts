import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import type { QuestionKind } from '../../core/questions/types';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';

/**
 * What `npm start` shows a new user on the demo application, and what the e2e suite waits for in Chromium: each demo
 * answer's warnings with the demo workbook imported. Checked here first, where a change to a check shows in a second
 * rather than as an e2e time-out.
 */
const EXPECTED: Record<string, { kind: QuestionKind; warnings: string[] }> = {
  summary: { kind: 'summary', warnings: ['inconsistent-numbers'] },
  need: { kind: 'need', warnings: ['unsupported-claim'] },
  beneficiaries: { kind: 'beneficiaries', warnings: ['inconsistent-numbers'] },
  activities: { kind: 'activities', warnings: [] },
  outcomes: {
    kind: 'outcomes',
    warnings: [
      'claim-exceeds-evidence',
      'outcome-no-baseline',
      'output-as-outcome',
      'vague-outcome',
      'vague-outcome',
    ],
  },
  measurement: { kind: 'measurement', warnings: ['measurement-no-method'] },
  budget: { kind: 'budget', warnings: ['no-me-budget'] },
};

describe('the demo application', () => {
  const engine = new AnswerEngine({
    rules: ANSWER_RULES,
    evidence: evidenceContext(demoWorkbook, DEMO_AS_OF),
  });
  const findings = engine.updatePage(
    Object.entries(EXPECTED).map(([key, { kind }]) => ({
      key,
      text: DEMO_ANSWERS[key]!,
      question: { kind, label: key, limit: null },
    })),
  );

  it.each(Object.entries(EXPECTED))('shows the expected warnings on the %s answer', (key, { warnings }) => {
    const ids = (findings.get(key) ?? [])
      .filter((f) => f.severity === 'warning' || f.severity === 'error')
      .map((f) => f.checkId)
      .sort();
    expect(ids).toEqual(warnings);
  });
});
