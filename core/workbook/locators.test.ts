import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../model/schema';
import { validWorkbook } from './arbitraries';
import { fromTables } from './from-tables';
import { layoutLocator } from './locators';
import type { Collection, ItemRef } from './places';
import { toTables } from './to-tables';

const FIELDS: Record<Collection, (string | undefined)[]> = {
  nodes: ['id', 'level', 'term', 'statement', 'leadsTo', undefined],
  links: ['from', 'to'],
  indicators: ['id', 'outcome', 'name', 'target', 'targetDate', 'owner'],
  measurements: ['indicator', 'periodEnd', 'value', 'note'],
  contracts: ['name', 'start', 'totalCap', 'metric', 'price', 'achieved'],
};

function everyRef(workbook: Workbook): ItemRef[] {
  const refs: ItemRef[] = [];
  for (const [collection, fields] of Object.entries(FIELDS) as [Collection, (string | undefined)[]][]) {
    workbook[collection].forEach((item, index) => {
      const metrics =
        collection === 'contracts' ? (item as Workbook['contracts'][number]).metrics : [undefined];
      metrics.forEach((_, metric) => {
        for (const field of fields) {
          refs.push({ collection, index, field, ...(collection === 'contracts' ? { metric } : {}) });
        }
      });
    });
  }
  return refs;
}

function workbookWith(change: Partial<Workbook>): Workbook {
  return { ...emptyWorkbook(), ...change };
}

describe('layoutLocator: where Set up and an import put each item', () => {
  it('names the cell the reader finds each item in, once the workbook is written to the tabs', () => {
    fc.assert(
      fc.property(validWorkbook, (workbook) => {
        const read = fromTables(toTables(workbook), { organisation: workbook.organisation }).locate;
        const laidOut = layoutLocator(workbook);
        for (const ref of everyRef(workbook)) expect(laidOut(ref)).toEqual(read(ref));
      }),
      { numRuns: 200 },
    );
  });

  it('puts a link on the row of the node it leads from, in whatever order the links are listed', () => {
    const locate = layoutLocator(
      workbookWith({
        nodes: [
          { id: 'A1', level: 'Activity', statement: 'Mentoring' },
          { id: 'O1', level: 'Outcome', statement: 'Confidence' },
        ],
        links: [
          { from: 'O1', to: 'IM1' },
          { from: 'A1', to: 'O1' },
          { from: 'Z9', to: 'O1' },
        ],
      }),
    );
    expect(locate({ collection: 'links', index: 0, field: 'to' }).place).toBe("'Theory of change'!E3");
    expect(locate({ collection: 'links', index: 1, field: 'from' }).place).toBe("'Theory of change'!A2");
    expect(locate({ collection: 'links', index: 2, field: 'from' })).toEqual({ place: 'Theory of change' });
  });

  it("numbers the Payments rows on through every contract's metrics; a contract without one has no row", () => {
    const metric = { metric: 'Entered work', price: 800 };
    const locate = layoutLocator(
      workbookWith({
        contracts: [
          { name: 'City', metrics: [metric, metric] },
          { name: 'Empty', metrics: [] },
          { name: 'County', metrics: [metric] },
        ],
      }),
    );
    expect(locate({ collection: 'contracts', index: 0, metric: 1, field: 'price' }).place).toBe(
      'Payments!C3',
    );
    expect(locate({ collection: 'contracts', index: 1, field: 'name' })).toEqual({ place: 'Payments' });
    expect(locate({ collection: 'contracts', index: 2, field: 'name' })).toEqual({
      place: 'Payments!G4',
      cell: { tab: 'Payments', row: 4, column: 7 },
    });
  });
});
