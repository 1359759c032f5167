import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { readStoredWorkbook } from './stored-workbook';

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
