import type { Workbook } from '../model/schema';
import { a1, type Collection, type ItemRef, type Locator } from './places';
import { COLUMNS_OF, type DataTab, TAB } from './tabs';

/** The sheet row of each item, by collection and index; a contract has one row per outcome metric. */
export interface ItemRows {
  nodes: readonly (number | undefined)[];
  links: readonly (number | undefined)[];
  indicators: readonly number[];
  measurements: readonly number[];
  contracts: readonly (readonly number[])[];
}

/** The 1-based column of `tab` that holds a column key, when the tab has it. */
export type ColumnOf = (tab: DataTab, key: string) => number | undefined;

const TAB_OF: Readonly<Record<Collection, DataTab>> = {
  nodes: TAB.toc,
  links: TAB.toc,
  indicators: TAB.indicators,
  measurements: TAB.data,
  contracts: TAB.payments,
};

/** Where the model and the sheet name a field differently: a link is its `from` row's ID and Leads to cells. */
function columnKey(ref: ItemRef): string | undefined {
  if (ref.collection === 'links') return ref.field === 'from' ? 'id' : 'leadsTo';
  if (ref.collection === 'contracts' && ref.field === 'name') return 'contract';
  return ref.field;
}

function rowOf(rows: ItemRows, ref: ItemRef): number | undefined {
  if (ref.collection === 'contracts') return rows.contracts[ref.index]?.[ref.metric ?? 0];
  return rows[ref.collection][ref.index];
}

/** A locator from the rows items are on: the field's cell, column A for a field the tab lacks, the tab without a row. */
export function rowLocator(rows: ItemRows, columnOf: ColumnOf): Locator {
  return (ref) => {
    const tab = TAB_OF[ref.collection];
    const row = rowOf(rows, ref);
    if (row === undefined) return { place: tab };
    const key = columnKey(ref);
    const cell = { tab, row, column: (key === undefined ? undefined : columnOf(tab, key)) ?? 1 };
    return { place: a1(cell), cell };
  };
}

/** Row 1 holds the headers. */
const FIRST_DATA_ROW = 2;

/** The rows toTables and Set up write: items in order under the header, a contract's metrics one after another. */
function layoutRows(workbook: Workbook): ItemRows {
  const inOrder = (items: readonly unknown[]) => items.map((_, index) => FIRST_DATA_ROW + index);
  const nodeRows = inOrder(workbook.nodes);
  const rowOfId = new Map<string, number>();
  workbook.nodes.forEach((node, index) => {
    if (!rowOfId.has(node.id)) rowOfId.set(node.id, nodeRows[index]!);
  });
  let next = FIRST_DATA_ROW;
  return {
    nodes: nodeRows,
    // A link is written in the Leads to cell of the node it leads from.
    links: workbook.links.map((link) => rowOfId.get(link.from)),
    indicators: inOrder(workbook.indicators),
    measurements: inOrder(workbook.measurements),
    contracts: workbook.contracts.map((contract) => contract.metrics.map(() => next++)),
  };
}

/**
 * Where each item of a workbook that did not come from a sheet would be, once Set up and an import have written it:
 * the places a check names for a JSON workbook the user will see in Sheets.
 */
export function layoutLocator(workbook: Workbook): Locator {
  const columns = new Map<DataTab, Map<string, number>>();
  for (const [tab, specs] of Object.entries(COLUMNS_OF) as [DataTab, { key: string }[]][]) {
    columns.set(tab, new Map(specs.map((spec, index) => [spec.key, index + 1])));
  }
  return rowLocator(layoutRows(workbook), (tab, key) => columns.get(tab)?.get(key));
}
