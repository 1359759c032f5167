import type { WorkbookRule } from './define';
import tocCycle from './workbook/toc-cycle';
import tocDirectionAgainstTarget from './workbook/toc-direction-against-target';
import tocIndicatorIncomplete from './workbook/toc-indicator-incomplete';
import tocMissingTerm from './workbook/toc-missing-term';
import tocNoPathToImpact from './workbook/toc-no-path-to-impact';
import tocOffTrack from './workbook/toc-off-track';
import tocOrphan from './workbook/toc-orphan';
import tocOutcomeWithoutIndicator from './workbook/toc-outcome-without-indicator';
import tocPercentAboveOne from './workbook/toc-percent-above-one';
import tocStaleData from './workbook/toc-stale-data';
import tocTermNotOutcome from './workbook/toc-term-not-outcome';

/** Every workbook rule, sorted by id (core/parity.test.ts keeps it so). */
export const WORKBOOK_RULES: readonly WorkbookRule[] = [
  tocCycle,
  tocDirectionAgainstTarget,
  tocIndicatorIncomplete,
  tocMissingTerm,
  tocNoPathToImpact,
  tocOffTrack,
  tocOrphan,
  tocOutcomeWithoutIndicator,
  tocPercentAboveOne,
  tocStaleData,
  tocTermNotOutcome,
];
