import type { Finding } from '../checks/finding';
import type { OutcomeMetric } from '../model/schema';
import type { Cell } from '../workbook/cells';
import { type CellContext, PAYMENT_COLUMNS, TAB } from '../workbook/tabs';
import type { Tariff } from './allocate';
import { readRows } from './rows';

export interface ReadTariff {
  tariff: Tariff;
  problems: Finding[];
}

/**
 * The Payments tab as `getValues()` gives it, read for the claims: each outcome's price and cap, and the contract's
 * end and total cap (given once, on any row). Claims belong to one contract, so rows of several are refused.
 */
export function readTariff(table: Cell[][] | undefined, context: CellContext): ReadTariff {
  const { rows, problems, report } = readRows(TAB.payments, table, PAYMENT_COLUMNS, context);
  const metrics: Tariff['metrics'][number][] = [];
  const contracts = new Set<unknown>();
  let end: string | undefined;
  let totalCap: number | undefined;
  for (const { values } of rows) {
    contracts.add(values.contract);
    end ??= values.end as string | undefined;
    totalCap ??= values.totalCap as number | undefined;
    const { metric, price, cap } = values as Pick<OutcomeMetric, 'metric' | 'price' | 'cap'>;
    metrics.push(cap === undefined ? { metric, price } : { metric, price, cap });
  }
  if (contracts.size > 1) {
    const names = [...contracts].map((c) => c ?? '(blank)').join(', ');
    report(
      rows[0]!.cellOf('contract'),
      `Payments rows of ${contracts.size} contracts (${names}): give one contract's rows.`,
    );
  }
  const tariff: Tariff = {
    metrics,
    ...(end === undefined ? {} : { end }),
    ...(totalCap === undefined ? {} : { totalCap }),
  };
  return { tariff, problems };
}
