import claimExceedsEvidence from './claim-exceeds-evidence';
import type { Check } from './define';
import inconsistentNumbers from './inconsistent-numbers';
import measurementNoMethod from './measurement-no-method';
import nearLimit from './near-limit';
import noMeBudget from './no-me-budget';
import outcomeNoBaseline from './outcome-no-baseline';
import outcomeNoTimeframe from './outcome-no-timeframe';
import outcomeNotInToc from './outcome-not-in-toc';
import outcomeNotMeasurable from './outcome-not-measurable';
import outputAsOutcome from './output-as-outcome';
import overLimit from './over-limit';
import reachWithoutOutcomes from './reach-without-outcomes';
import tocOutcomeMissing from './toc-outcome-missing';
import unsupportedClaim from './unsupported-claim';
import vagueOutcome from './vague-outcome';

/** Every answer check, sorted by id (a test keeps it so). registry-text.ts lists those that need no workbook. */
export const CHECKS: readonly Check[] = [
  claimExceedsEvidence,
  inconsistentNumbers,
  measurementNoMethod,
  nearLimit,
  noMeBudget,
  outcomeNoBaseline,
  outcomeNoTimeframe,
  outcomeNotInToc,
  outcomeNotMeasurable,
  outputAsOutcome,
  overLimit,
  reachWithoutOutcomes,
  tocOutcomeMissing,
  unsupportedClaim,
  vagueOutcome,
];
