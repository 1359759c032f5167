import tocCycle from './checks/toc-cycle';
import tocIndicatorIncomplete from './checks/toc-indicator-incomplete';
import tocMissingTerm from './checks/toc-missing-term';
import tocNoPathToImpact from './checks/toc-no-path-to-impact';
import tocOffTrack from './checks/toc-off-track';
import tocOrphan from './checks/toc-orphan';
import tocOutcomeWithoutIndicator from './checks/toc-outcome-without-indicator';
import tocStaleData from './checks/toc-stale-data';
import type { WorkbookCheck } from './define';

/** Every workbook check, sorted by id (a test keeps it so). */
export const WORKBOOK_CHECKS: readonly WorkbookCheck[] = [
  tocCycle,
  tocIndicatorIncomplete,
  tocMissingTerm,
  tocNoPathToImpact,
  tocOffTrack,
  tocOrphan,
  tocOutcomeWithoutIndicator,
  tocStaleData,
];
