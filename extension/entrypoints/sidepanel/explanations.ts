import { explainIndicator } from '../../../core/insight/explain';
import { MeasureError } from '../../../core/measures/errors';
import type { Workbook } from '../../../core/model/schema';

/** An indicator's Explain paragraph, or why it cannot be written. */
export type Explained = { paragraph: string } | { reason: string };

/** Said in place of a paragraph that failed for a reason of Impact Lens's own, not of the workbook's data. */
export const EXPLAIN_FAILED =
  'Impact Lens could not write this paragraph: an error of its own, not of your data.';

function explainOne(workbook: Workbook, indicatorId: string, asOf: string): Explained {
  try {
    return { paragraph: explainIndicator(workbook, indicatorId, { asOf }).paragraph };
  } catch (error) {
    if (error instanceof MeasureError) return { reason: error.message };
    // Caught here rather than left to unmount the panel: the other indicators and views still work.
    console.error(`Impact Lens: could not explain ${indicatorId}`, error);
    return { reason: EXPLAIN_FAILED };
  }
}

/**
 * The paragraph on `asOf` of each indicator named, by ID, as the add-on's Explain sidebar writes it for an indicator
 * with no records (the panel has the workbook, not the records): one indicator's bad data never hides the others'.
 */
export function explainEach(
  workbook: Workbook,
  indicatorIds: readonly string[],
  asOf: string,
): Map<string, Explained> {
  return new Map(indicatorIds.map((id) => [id, explainOne(workbook, id, asOf)]));
}
