import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { demoWorkbook } from '../../core/demo/workbook';
import { fromTables } from '../../core/workbook/from-tables';
import { jsonLocator } from '../../core/workbook/places';
import { TAB } from '../../core/workbook/tabs';
import { toTables } from '../../core/workbook/to-tables';
import { packWorkbook, placesLocator, readStoredWorkbook } from './stored-workbook';

describe('the workbook read back from storage', () => {
  it('is the stored workbook when it reads as an import would', () => {
    const stored = structuredClone(demoWorkbook);
    const { workbook, unreadable } = readStoredWorkbook(stored);
    expect(unreadable).toEqual([]);
    expect(workbook?.organisation.name).toBe(demoWorkbook.organisation.name);
    expect(workbook?.indicators).toHaveLength(demoWorkbook.indicators.length);
  });

  it('is none, with nothing to report, when none was imported', () => {
    expect(readStoredWorkbook(undefined)).toEqual({ workbook: undefined, unreadable: [] });
  });

  it('is not used when it no longer reads, and says where it fails', () => {
    const stored = structuredClone(demoWorkbook) as unknown as { indicators: Record<string, unknown>[] };
    stored.indicators[0] = { ...stored.indicators[0], target: 'a lot' };
    const { workbook, unreadable } = readStoredWorkbook(stored);
    expect(workbook).toBeUndefined();
    expect(unreadable.join('\n')).toMatch(/^indicators\[0\]\.target: /m);
  });

  it('is not used when it was written by a newer version, or is not a workbook at all', () => {
    for (const stored of [{ ...structuredClone(demoWorkbook), schemaVersion: 99 }, 'workbook', []]) {
      const { workbook, unreadable } = readStoredWorkbook(stored);
      expect(workbook, JSON.stringify(stored).slice(0, 40)).toBeUndefined();
      expect(unreadable.length).toBeGreaterThan(0);
    }
  });
});

/** The demo workbook as a sheet a person keeps: its tabs' columns in another order, blank rows between its items. */
function demoSheet() {
  const tables = toTables(demoWorkbook);
  const reordered = (rows: unknown[][]) => rows.map((row) => [...row].reverse());
  const spaced = (rows: unknown[][]) =>
    rows.flatMap((row, i) => (i % 3 === 2 ? [row, row.map(() => '')] : [row]));
  return fromTables({
    ...tables,
    [TAB.toc]: spaced(tables[TAB.toc]),
    [TAB.indicators]: reordered(spaced(tables[TAB.indicators])),
    [TAB.data]: spaced(tables[TAB.data]),
  } as typeof tables);
}

describe('when and where from the stored workbook was read', () => {
  it('keeps the cells of a workbook read from a sheet, so that its checks name them after it is read back', () => {
    const sheet = demoSheet();
    expect(sheet.ok).toBe(true);
    const kept = readStoredWorkbook(packWorkbook(sheet.workbook, { locate: sheet.locate }).text);
    expect(kept.places).toBeDefined();
    const asOf = '2026-12-08';
    const read = checkWorkbook(sheet.workbook, { asOf, locate: sheet.locate });
    expect(read.some((f) => f.cell)).toBe(true);
    expect(checkWorkbook(kept.workbook!, { asOf, locate: placesLocator(kept.places!) })).toEqual(read);
  });

  it('names every field of every item where the sheet reader did', () => {
    const sheet = demoSheet();
    const locate = placesLocator(
      readStoredWorkbook(packWorkbook(sheet.workbook, { locate: sheet.locate }).text).places!,
    );
    const { workbook } = sheet;
    for (const collection of ['nodes', 'indicators', 'measurements'] as const) {
      workbook[collection].forEach((_, index) => {
        for (const field of ['id', 'target', 'term', 'periodEnd', 'value', undefined]) {
          const ref = { collection, index, ...(field ? { field } : {}) };
          expect(locate(ref), JSON.stringify(ref)).toEqual(sheet.locate(ref));
        }
      });
    }
    workbook.links.forEach((_, index) => {
      for (const field of ['from', 'to'])
        expect(locate({ collection: 'links', index, field })).toEqual(
          sheet.locate({ collection: 'links', index, field }),
        );
    });
    workbook.contracts.forEach((contract, index) => {
      contract.metrics.forEach((_, metric) => {
        const ref = { collection: 'contracts' as const, index, metric, field: 'name' };
        expect(locate(ref)).toEqual(sheet.locate(ref));
      });
    });
  });

  it('keeps when it was read, and no cells for a file, whose items are named by their path', () => {
    const kept = readStoredWorkbook(packWorkbook(demoWorkbook, { readAt: '2026-12-01T09:30:00.000Z' }).text);
    expect(kept.readAt).toBe('2026-12-01T09:30:00.000Z');
    expect(kept.places).toBeUndefined();
    expect(checkWorkbook(kept.workbook!, { locate: jsonLocator }).every((f) => !f.cell)).toBe(true);
  });

  it('reads a workbook kept by an earlier version, packed or not, without a time or cells', () => {
    const packing = JSON.parse(packWorkbook(demoWorkbook).text);
    delete packing.readAt;
    for (const stored of [JSON.stringify(packing), structuredClone(demoWorkbook)]) {
      const kept = readStoredWorkbook(stored);
      expect(kept.workbook?.indicators).toHaveLength(demoWorkbook.indicators.length);
      expect(kept).not.toHaveProperty('readAt');
      expect(kept).not.toHaveProperty('places');
    }
  });

  it('still uses the workbook when its kept time or places are damaged, leaving them out', () => {
    const sheet = demoSheet();
    const packing = JSON.parse(packWorkbook(sheet.workbook, { locate: sheet.locate }).text);
    packing.readAt = 'yesterday';
    packing.places.rows.nodes = 'row 2';
    const kept = readStoredWorkbook(JSON.stringify(packing));
    expect(kept.workbook?.nodes).toHaveLength(sheet.workbook.nodes.length);
    expect(kept.unreadable).toEqual([]);
    expect(kept).not.toHaveProperty('readAt');
    expect(kept).not.toHaveProperty('places');
  });
});
