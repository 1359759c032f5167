import { DEFAULT_HOURS, METHODS, type Method, type UnitCosts } from './plan';
import { COSTS_TAB } from './tab';

export { COSTS_TAB };

/**
 * The `M&E costs` tab: two columns, Item and Value, one unit cost a row. Any row may be left out (its default
 * stands); rows it does not know are ignored, so a team can keep notes beside them. docs/costing.md lists the items.
 */

const MONEY_ITEMS = {
  'staff hour': 'staffHour',
  'survey licence a year': 'surveyLicence',
  'external evaluation a year': 'externalEvaluation',
} as const satisfies Record<string, keyof UnitCosts>;

/** The tab's rows as a team starts with them: the defaults, with the header. */
export function costsTemplate(costs: UnitCosts): (string | number)[][] {
  return [
    ['Item', 'Value'],
    ['Currency', costs.currency ?? 'GBP'],
    ['Staff hour', costs.staffHour],
    ['Survey licence a year', costs.surveyLicence],
    ['External evaluation a year', costs.externalEvaluation],
    ...METHODS.map((m) => [`Hours per ${m}`, costs.hours[m] ?? DEFAULT_HOURS[m]]),
    ...Object.entries(costs.methods).map(([id, m]) => [`Method of ${id}`, m ?? '']),
  ];
}

const label = (cell: unknown) =>
  String(cell ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9&\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A number, or a figure typed as text ("£18.50", "1,200"). */
function amount(cell: unknown): number | undefined {
  const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').replace(/[£$€,\s]/g, ''));
  return String(cell ?? '').trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

export interface CostsRead {
  costs: Partial<UnitCosts>;
  /** Rows whose value could not be read, in words with their row number. */
  problems: string[];
}

/** Reads the tab's cells (as getValues() returns them); the first row may be a header. */
export function readCostsTable(rows: readonly (readonly unknown[])[]): CostsRead {
  const costs: Partial<UnitCosts> = {};
  const hours: Partial<Record<Method, number>> = {};
  const methods: Partial<Record<string, Method>> = {};
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const item = label(row[0]);
    const value = row[1];
    const where = `${COSTS_TAB} row ${index + 1}`;
    const money = MONEY_ITEMS[item as keyof typeof MONEY_ITEMS];
    const method = METHODS.find((m) => item === `hours per ${m}`);
    const of = /^method of (\S+)$/.exec(item);
    if (item === 'currency') {
      const code = String(value ?? '')
        .trim()
        .toUpperCase();
      if (/^[A-Z]{3}$/.test(code)) costs.currency = code;
      else problems.push(`${where}: Currency needs a three-letter code such as GBP.`);
    } else if (money || method) {
      const n = amount(value);
      if (n === undefined) problems.push(`${where}: ${String(row[0]).trim()} needs a number of 0 or more.`);
      else if (money) costs[money] = n;
      else if (method) hours[method] = n;
    } else if (of) {
      const named = METHODS.find((m) => m === label(value));
      if (named) methods[String(row[0]).trim().slice('method of '.length).trim()] = named;
      else problems.push(`${where}: the method must be one of ${METHODS.join(', ')}.`);
    }
  });
  if (Object.keys(hours).length > 0) costs.hours = hours;
  if (Object.keys(methods).length > 0) costs.methods = methods;
  return { costs, problems };
}
