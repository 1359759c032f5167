import { describe, expect, it } from 'vitest';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { HOLDOUT_ANSWERS } from '../fixtures/answers/holdout';
import { LABELLED_ANSWERS } from '../fixtures/answers/labelled';
import { scoreChecks } from './score-checks';

describe('answer checks against the independent labelled answers', () => {
  // Both sets: the held-out one has been seen once (its first-run figures are in docs/checks/README.md), and now
  // guards against regressions like the first.
  const scores = scoreChecks([...LABELLED_ANSWERS, ...HOLDOUT_ANSWERS]);

  it('has labels for every check, at least five each way', () => {
    for (const check of ANSWER_RULES) {
      const must = LABELLED_ANSWERS.filter((a) => a.mustTrigger.includes(check.id)).length;
      const mustNot = LABELLED_ANSWERS.filter((a) => a.mustNotTrigger.includes(check.id)).length;
      expect(must, `${check.id} must-trigger answers`).toBeGreaterThanOrEqual(5);
      expect(mustNot, `${check.id} must-not-trigger answers`).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(
    scores
      .filter((s) => s.severity === 'warning' || s.severity === 'error')
      .map((s) => [s.checkId, s] as const),
  )('%s accuses no good answer: precision at least 0.9', (_, score) => {
    expect(score.truePositives, 'it finds at least one real problem').toBeGreaterThan(0);
    expect(score.precision, `false positives on ${score.falsePositiveIds.join(', ')}`).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it('finds most real problems: recall at least 0.6 for every check', () => {
    for (const score of scores) {
      expect(
        score.recall,
        `${score.checkId} missed ${score.falseNegativeIds.join(', ')}`,
      ).toBeGreaterThanOrEqual(0.6);
    }
  });
});
