import type { Check } from './define';
import inconsistentNumbers from './inconsistent-numbers';
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
 * The checks that read only the text: what =IMPACT_CHECK runs, with no workbook to compare against. Importing this
 * instead of registry.ts keeps the evidence checks (and the measures they use) out of a bundle.
 */
export const TEXT_CHECKS: readonly Check[] = [
  inconsistentNumbers,
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
