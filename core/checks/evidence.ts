import type { IndicatorEvidence } from '../measures/evidence-types';
import { workbookEvidence } from '../measures/workbook-evidence';
import type { Workbook } from '../model/schema';
import type { EvidenceContext } from './define';

/**
 * The workbook with its evidence computed once, for the evidence-aware checks; `extra` carries what the workbook's
 * tabs do not, such as the costed M&E plan (mePlanCost in core/costing).
 */
export function evidenceContext(
  workbook: Workbook,
  asOf: string,
  extra: Pick<EvidenceContext, 'meCost'> = {},
): EvidenceContext {
  const evidence = new Map<string, IndicatorEvidence>();
  for (const entry of workbookEvidence(workbook, asOf)) {
    if ('evidence' in entry) evidence.set(entry.indicatorId, entry.evidence);
  }
  return { workbook, asOf, evidence, ...(extra.meCost ? { meCost: extra.meCost } : {}) };
}
