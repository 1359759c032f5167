import measurementNoMethod from './answer/measurement-no-method';
import nearLimit from './answer/near-limit';
import noMeBudget from './answer/no-me-budget';
import outcomeNoBaseline from './answer/outcome-no-baseline';
import outcomeNoTimeframe from './answer/outcome-no-timeframe';
import outcomeNotMeasurable from './answer/outcome-not-measurable';
import outputAsOutcome from './answer/output-as-outcome';
import overLimit from './answer/over-limit';
import reachWithoutOutcomes from './answer/reach-without-outcomes';
import unsupportedClaim from './answer/unsupported-claim';
import vagueOutcome from './answer/vague-outcome';
import type { AnswerRule } from './define';

/**
 * The checks that read one answer's text and nothing else: what =IMPACT_CHECK runs on a cell, with no workbook and
 * no other answers to compare. Importing this keeps every other check out of a bundle.
 */
export const SINGLE_ANSWER_RULES: readonly AnswerRule[] = [
  measurementNoMethod,
  nearLimit,
  noMeBudget,
  outcomeNoBaseline,
  outcomeNoTimeframe,
  outcomeNotMeasurable,
  outputAsOutcome,
  overLimit,
  reachWithoutOutcomes,
  unsupportedClaim,
  vagueOutcome,
];
