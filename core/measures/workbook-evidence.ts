import type { Workbook } from '../model/schema';
import { MeasureError } from './errors';
import type { EvidenceOptions, IndicatorEvidence } from './evidence-types';
import { evidenceFor } from './indicator-evidence';
import type { NumberedMeasurement } from './indicator-history';

/** One indicator's evidence, or the reason there is none: one indicator's bad data never hides the others'. */
export type EvidenceEntry =
  | { indicatorId: string; evidence: IndicatorEvidence }
  | { indicatorId: string; error: string };

/** `indicatorEvidence` for every indicator, in the workbook's order, reading the data once. */
export function workbookEvidence(
  workbook: Workbook,
  asOf: string,
  options: EvidenceOptions = {},
): EvidenceEntry[] {
  const byIndicator = new Map<string, NumberedMeasurement[]>();
  workbook.measurements.forEach((measurement, index) => {
    const rows = byIndicator.get(measurement.indicator);
    const row = { measurement, entry: index + 1 };
    if (rows) rows.push(row);
    else byIndicator.set(measurement.indicator, [row]);
  });
  return workbook.indicators.map((indicator) => {
    try {
      const rows = byIndicator.get(indicator.id) ?? [];
      return {
        indicatorId: indicator.id,
        evidence: evidenceFor(indicator, rows, asOf, options, workbook.organisation.currency),
      };
    } catch (error) {
      if (error instanceof MeasureError) return { indicatorId: indicator.id, error: error.message };
      throw error;
    }
  });
}
