/** The tabs and headers of an impact workbook. Users see these names; they are fixed by DESIGN.md. */

export const TAB = {
  toc: 'Theory of change',
  indicators: 'Indicators',
  data: 'Data',
  payments: 'Payments',
  dashboard: 'Dashboard',
} as const;

export type TabName = (typeof TAB)[keyof typeof TAB];

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
}

function columns<K extends string>(...specs: [K, string, boolean][]): ColumnSpec<K>[] {
  return specs.map(([key, header, required]) => ({ key, header, required }));
}

export const TOC_COLUMNS = columns(
  ['id', 'ID', true],
  ['level', 'Level', true],
  ['term', 'Term', false],
  ['statement', 'Statement', true],
  ['leadsTo', 'Leads to', false],
  ['assumptions', 'Assumptions', false],
);

export const INDICATOR_COLUMNS = columns(
  ['id', 'ID', true],
  ['outcome', 'Outcome', true],
  ['name', 'Indicator', true],
  ['unit', 'Unit', false],
  ['direction', 'Direction', false],
  ['baseline', 'Baseline', false],
  ['baselineDate', 'Baseline date', false],
  ['target', 'Target', false],
  ['targetDate', 'Target date', false],
  ['source', 'Source', false],
  ['frequency', 'Frequency', false],
  ['owner', 'Owner', false],
);

export const DATA_COLUMNS = columns(
  ['indicator', 'Indicator', true],
  ['periodEnd', 'Period end', true],
  ['value', 'Value', false],
  ['achieved', 'Achieved', false],
  ['outOf', 'Out of', false],
  ['note', 'Note', false],
);

/**
 * DESIGN.md fixes the first six. The contract columns after them are optional: a sheet without them is one
 * contract, and contract-wide values (dates, total cap) are written on the contract's first row.
 */
export const PAYMENT_COLUMNS = columns(
  ['metric', 'Outcome metric', true],
  ['indicator', 'Indicator', false],
  ['price', 'Price', true],
  ['cap', 'Cap', false],
  ['achieved', 'Achieved', false],
  ['payment', 'Payment', false],
  ['contract', 'Contract', false],
  ['start', 'Contract start', false],
  ['end', 'Contract end', false],
  ['totalCap', 'Total cap', false],
);

export const DEFAULT_CONTRACT_NAME = 'Outcomes contract';

/** Headers match whatever the case and spacing, and a note in brackets is ignored: "Target (number)". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}
