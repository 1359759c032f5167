import type { Check } from './define';
import measurementNoMethod from './measurement-no-method';
import nearLimit from './near-limit';
import noMeBudget from './no-me-budget';
import outcomeNoBaseline from './outcome-no-baseline';
import outcomeNoTimeframe from './outcome-no-timeframe';
import outcomeNotMeasurable from './outcome-not-measurable';
import outputAsOutcome from './output-as-outcome';
import overLimit from './over-limit';
import reachWithoutOutcomes from './reach-without-outcomes';
import unsupportedClaim from './unsupported-claim';
import vagueOutcome from './vague-outcome';

/**
 * The checks that read one answer's text and nothing else: what =IMPACT_CHECK runs on a cell, with no workbook and
 * no other answers to compare. Importing this keeps every other check out of a bundle.
 */
export const SINGLE_ANSWER_CHECKS: readonly Check[] = [
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
