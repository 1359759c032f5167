import type { UnitCosts } from './plan';

/**
 * Northfield Youth Futures' unit costs: its impact lead's hourly rate with on-costs, its survey tool, and work
 * placements (whose Source is blank) counted from the placement log.
 */
export const DEMO_COSTS: Partial<UnitCosts> = {
  staffHour: 17.5,
  surveyLicence: 240,
  methods: { I8: 'records' },
};
