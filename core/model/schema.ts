import * as z from 'zod/mini';
import { validDayNumber } from '../util/calendar';

import { DIRECTIONS, FREQUENCIES, LEVELS, SCHEMA_VERSION, TERMS, UNITS } from './vocabulary';

export * from './vocabulary';

/*
 * The refinements' messages are shown after the path (json.ts), so they are worded for the user. zod/mini loads no
 * locale, so its own issues (a wrong type, a value not in the list, an unknown key) say only "Invalid input": json.ts
 * words those from their codes.
 */

/** zod's number() already refuses NaN and Infinity, which a parsed object handed in directly might hold. */
const finite = z.number();
const nonNegative = z.number().check(z.refine((n: number) => n >= 0, 'must not be negative'));
const text = z.string().check(z.refine((s: string) => s.trim().length > 0, 'must not be empty'));
/**
 * Calendar dates travel as ISO `YYYY-MM-DD` strings: no time zone can shift them. Checked with the calendar code the
 * measures use, so that "valid" means the same everywhere (and zod's table of ISO formats stays out of Code.js).
 */
const isoDate = z
  .string()
  .check(
    z.refine(
      (s: string) => validDayNumber(s) !== undefined,
      'must be a date written YYYY-MM-DD (a real day)',
    ),
  );

export const NodeSchema = z.strictObject({
  id: text,
  level: z.enum(LEVELS),
  term: z.optional(z.enum(TERMS)),
  statement: text,
  assumptions: z.optional(z.string()),
});

/** `from` leads to `to`: the Theory of change tab's "Leads to" column, one link per ID listed. */
export const LinkSchema = z.strictObject({ from: text, to: text });

export const IndicatorSchema = z.strictObject({
  id: text,
  outcome: text,
  name: text,
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  baseline: z.optional(finite),
  baselineDate: z.optional(isoDate),
  target: z.optional(finite),
  targetDate: z.optional(isoDate),
  source: z.optional(z.string()),
  frequency: z.optional(z.enum(FREQUENCIES)),
  owner: z.optional(z.string()),
});

export const MeasurementSchema = z.strictObject({
  indicator: text,
  periodEnd: isoDate,
  value: z.optional(finite),
  achieved: z.optional(nonNegative),
  outOf: z.optional(nonNegative),
  note: z.optional(z.string()),
});

export const OutcomeMetricSchema = z.strictObject({
  metric: text,
  indicator: z.optional(text),
  price: nonNegative,
  cap: z.optional(nonNegative),
  achieved: z.optional(nonNegative),
});

/** A payment-by-results contract: the Payments tab's rows that share one Contract name. */
export const ContractSchema = z.strictObject({
  name: text,
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  totalCap: z.optional(nonNegative),
  metrics: z.array(OutcomeMetricSchema),
});

export const OrganisationSchema = z.strictObject({
  name: text,
  currency: z.optional(z.string()),
});

export const WorkbookSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  organisation: OrganisationSchema,
  nodes: z.array(NodeSchema),
  links: z.array(LinkSchema),
  indicators: z.array(IndicatorSchema),
  measurements: z.array(MeasurementSchema),
  contracts: z.array(ContractSchema),
});

export type TocNode = z.infer<typeof NodeSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;
export type OutcomeMetric = z.infer<typeof OutcomeMetricSchema>;
export type Contract = z.infer<typeof ContractSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Workbook = z.infer<typeof WorkbookSchema>;
