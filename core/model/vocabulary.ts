import type { Organisation, Workbook } from './schema';

/*
 * The workbook's fixed words and its empty form, apart from the zod schema: the add-on's Set up, Dashboard and sheet
 * reader need these, and importing them from schema.ts would put the schema's validators into Code.js, which checks
 * no JSON.
 */

/** The workbook format's version. Bump it only with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

export const LEVELS = ['Input', 'Activity', 'Output', 'Outcome', 'Impact'] as const;
export const TERMS = ['Short', 'Medium', 'Long'] as const;
export const UNITS = ['Number', 'Percent', 'Score', 'Currency'] as const;
export const DIRECTIONS = ['Increase', 'Decrease'] as const;
export const FREQUENCIES = ['Monthly', 'Quarterly', 'Termly', 'Annually'] as const;

export type Level = (typeof LEVELS)[number];
export type Term = (typeof TERMS)[number];
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Frequency = (typeof FREQUENCIES)[number];

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
