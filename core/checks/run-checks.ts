import type { Answer, Finding } from './define';
import { type EngineOptions as BaseOptions, checkAnswer, CheckEngine as Engine } from './engine';
import { CHECKS } from './registry';

export type EngineOptions = Partial<BaseOptions>;

/** The check engine with every check of the registry unless told otherwise. */
export class CheckEngine extends Engine {
  constructor(options: EngineOptions = {}) {
    super({ ...options, checks: options.checks ?? CHECKS });
  }
}

/** One answer checked on its own, against the rest of the page, with every check unless told otherwise. */
export function runChecks(
  answer: Answer,
  others: readonly Answer[] = [],
  options: EngineOptions = {},
): Finding[] {
  return checkAnswer(answer, others, { ...options, checks: options.checks ?? CHECKS });
}
