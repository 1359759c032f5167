import { daysBetween } from '../util/calendar';
import type { PlanCost } from './plan';

/** A grant as the Funders tab gives it: its period and the indicators its outcomes name. */
export interface GrantPlan {
  name: string;
  periodStart?: string;
  periodEnd?: string;
  indicators: readonly string[];
}

export interface GrantCost {
  name: string;
  /** The grant's length; undefined when its period is not given. */
  years?: number;
  hoursPerYear: number;
  perYear: number;
  /** Over the whole period; undefined when its period is not given. */
  perGrant?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What measuring one grant's indicators costs, a year and over its period: their staff time, and the survey licence
 * or evaluator if one of them needs it (each paid in full, as a grant that needs one pays for it).
 */
export function grantCost(cost: PlanCost, grant: GrantPlan): GrantCost {
  const ids = new Set(grant.indicators);
  const mine = cost.indicators.filter((i) => ids.has(i.indicatorId));
  const hoursPerYear = round2(mine.reduce((s, i) => s + i.hoursPerYear, 0));
  const uses = (m: string) => mine.some((i) => i.method === m);
  const perYear = round2(
    hoursPerYear * cost.staffHour +
      (uses('survey') ? cost.surveyLicence : 0) +
      (uses('external evaluation') ? cost.externalEvaluation : 0),
  );
  const days =
    grant.periodStart && grant.periodEnd ? daysBetween(grant.periodStart, grant.periodEnd) + 1 : undefined;
  const years = days !== undefined && days > 0 ? round2(days / 365.25) : undefined;
  return {
    name: grant.name,
    ...(years !== undefined ? { years, perGrant: round2(perYear * years) } : {}),
    hoursPerYear,
    perYear,
  };
}
