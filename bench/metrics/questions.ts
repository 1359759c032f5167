import { REAL_QUESTIONS } from '../../tests/fixtures/questions/real-questions';
import { describeMisses, scoreFixture } from '../../tests/fixtures/questions/score';
import type { BenchMetric } from '../harness';

export const metrics: BenchMetric[] = [
  {
    name: 'questions-accuracy',
    unit: 'share',
    budget: 0.9,
    better: 'higher',
    description: `share of ${REAL_QUESTIONS.length} real funder questions whose kind and limit are both read right`,
    measure() {
      const score = scoreFixture(REAL_QUESTIONS);
      if (score.misses.length > 0)
        process.stderr.write(`questions-accuracy misses:\n${describeMisses(score)}\n`);
      return score.accuracy;
    },
  },
];
