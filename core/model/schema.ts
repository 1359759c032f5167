import { validDayNumber } from '../util/calendar';
import { array, type Infer, number, oneOf, optional, refine, strictObject, string } from './validate';

/** The workbook format's version. Bump it only with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

/** What a malformed or impossible date is told (json.ts adds what was found). */
const ISO_DATE_MESSAGE = 'must be a date written YYYY-MM-DD (a real day)';

export const LEVELS = ['Input', 'Activity', 'Output', 'Outcome', 'Impact'] as const;
export const TERMS = ['Short', 'Medium', 'Long'] as const;
export const UNITS = ['Number', 'Percent', 'Score', 'Currency'] as const;
export const DIRECTIONS = ['Increase', 'Decrease'] as const;
export const FREQUENCIES = ['Monthly', 'Quarterly', 'Termly', 'Annually'] as const;

const finite = number();
const nonNegative = refine(number(), (n) => n >= 0, 'must not be negative');
const text = refine(string(), (s) => s.trim().length > 0, 'must not be empty');
/**
 * Calendar dates travel as ISO `YYYY-MM-DD` strings: no time zone can shift them. Checked with the calendar code the
 * measures use, so that "valid" means the same everywhere.
 */
const isoDate = refine(string(), (s) => validDayNumber(s) !== undefined, ISO_DATE_MESSAGE);

export const NodeSchema = strictObject({
  id: text,
  level: oneOf(LEVELS),
  term: optional(oneOf(TERMS)),
  statement: text,
  assumptions: optional(string()),
});

/** `from` leads to `to`: the Theory of change tab's "Leads to" column, one link per ID listed. */
export const LinkSchema = strictObject({ from: text, to: text });

export const IndicatorSchema = strictObject({
  id: text,
  outcome: text,
  name: text,
  unit: oneOf(UNITS),
  direction: oneOf(DIRECTIONS),
  baseline: optional(finite),
  baselineDate: optional(isoDate),
  target: optional(finite),
  targetDate: optional(isoDate),
  source: optional(string()),
  frequency: optional(oneOf(FREQUENCIES)),
  owner: optional(string()),
});

export const MeasurementSchema = strictObject({
  indicator: text,
  periodEnd: isoDate,
  value: optional(finite),
  achieved: optional(nonNegative),
  outOf: optional(nonNegative),
  note: optional(string()),
});

export const OutcomeMetricSchema = strictObject({
  metric: text,
  indicator: optional(text),
  price: nonNegative,
  cap: optional(nonNegative),
  achieved: optional(nonNegative),
});

/** A payment-by-results contract: the Payments tab's rows that share one Contract name. */
export const ContractSchema = strictObject({
  name: text,
  start: optional(isoDate),
  end: optional(isoDate),
  totalCap: optional(nonNegative),
  metrics: array(OutcomeMetricSchema),
});

export const OrganisationSchema = strictObject({
  name: text,
  currency: optional(string()),
});

export const WorkbookSchema = strictObject({
  schemaVersion: oneOf([SCHEMA_VERSION] as const),
  organisation: OrganisationSchema,
  nodes: array(NodeSchema),
  links: array(LinkSchema),
  indicators: array(IndicatorSchema),
  measurements: array(MeasurementSchema),
  contracts: array(ContractSchema),
});

export type Level = (typeof LEVELS)[number];
export type Term = (typeof TERMS)[number];
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type TocNode = Infer<typeof NodeSchema>;
export type Link = Infer<typeof LinkSchema>;
export type Indicator = Infer<typeof IndicatorSchema>;
export type Measurement = Infer<typeof MeasurementSchema>;
export type OutcomeMetric = Infer<typeof OutcomeMetricSchema>;
export type Contract = Infer<typeof ContractSchema>;
export type Organisation = Infer<typeof OrganisationSchema>;
export type Workbook = Infer<typeof WorkbookSchema>;

export function emptyWorkbook(organisation: Organisation = { name: 'My organisation' }): Workbook {
  return {
    schemaVersion: SCHEMA_VERSION,
    organisation,
    nodes: [],
    links: [],
    indicators: [],
    measurements: [],
    contracts: [],
  };
}
