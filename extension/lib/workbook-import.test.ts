import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import type { Workbook } from '../../core/model/schema';
import { addDays } from '../../core/util/calendar';
import { exportJson } from '../../core/workbook/json';
import { packWorkbook, readStoredWorkbook } from './stored-workbook';
import { answer, type ImportProgress, readImport } from './workbook-import';

const withoutNotes = (workbook: Workbook): Workbook => ({
  ...workbook,
  measurements: workbook.measurements.map(({ note: _, ...rest }) => rest),
});

/** The demo workbook with `extra` daily measurements of its first indicator. */
function manyMeasurements(extra: number): Workbook {
  const workbook = structuredClone(demoWorkbook);
  for (let n = 1; n <= extra; n++) {
    workbook.measurements.push({ indicator: 'I1', periodEnd: addDays('2024-09-30', -n), value: n % 90 });
  }
  return workbook;
}

describe('reading a workbook file for the side panel', () => {
  it('reads a valid file whole, says how much it checks, and packs it to read back as it was', () => {
    const progress: ImportProgress[] = [];
    const reply = readImport(exportJson(demoWorkbook), (p) => progress.push(p));
    if (reply.kind !== 'read') throw new Error(`expected the workbook read, got ${reply.kind}`);
    expect(reply).toMatchObject({
      organisation: demoWorkbook.organisation.name,
      indicators: demoWorkbook.indicators.length,
    });
    const { nodes, links, indicators, measurements, contracts } = demoWorkbook;
    expect(progress).toEqual([
      { items: nodes.length + links.length + indicators.length + measurements.length + contracts.length },
    ]);
    expect(readStoredWorkbook(reply.packed.text)).toEqual({
      workbook: withoutNotes(demoWorkbook),
      unreadable: [],
      readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('refuses text that is not JSON with the reader’s words, before any progress', () => {
    const progress: ImportProgress[] = [];
    const reply = readImport('{"schemaVersion": 1,', (p) => progress.push(p));
    expect(reply).toEqual({
      kind: 'refused',
      problems: [expect.stringMatching(/^JSON: This is not valid JSON/)],
    });
    expect(progress).toEqual([]);
  });

  it('words the first 100 problems of 10,000 bad rows and counts the rest', () => {
    const bad = structuredClone(demoWorkbook) as unknown as { measurements: unknown[] };
    for (let n = 0; n < 10_000; n++)
      bad.measurements.push({ indicator: 'I1', periodEnd: '2026-02-30', value: n });
    const reply = readImport(JSON.stringify(bad), () => undefined);
    if (reply.kind !== 'refused') throw new Error(`expected a refusal, got ${reply.kind}`);
    expect(reply.problems).toHaveLength(101);
    expect(reply.problems.at(-1)).toBe(
      'and more: 9,900 more problems like these: fix the ones above, then check again.',
    );
  });

  it('reads a file as the worker is handed it, and a stored workbook as the panel asks for it', async () => {
    const file = new Blob([exportJson(demoWorkbook)], { type: 'application/json' });
    const read = await answer({ kind: 'import', source: file }, () => undefined);
    expect(read.kind).toBe('read');
    const stored = await answer({ kind: 'stored', stored: demoWorkbook }, () => undefined);
    expect(stored).toEqual({ kind: 'stored', stored: { workbook: demoWorkbook, unreadable: [] } });
  });

  it('answers a file that cannot be read with the reason, rather than leaving the panel waiting', async () => {
    const unreadable = { text: () => Promise.reject(new Error('the file was moved')) } as unknown as Blob;
    expect(await answer({ kind: 'import', source: unreadable }, () => undefined)).toEqual({
      kind: 'failed',
      reason: 'the file was moved',
    });
  });
});

describe('the packed workbook kept in storage', () => {
  it('takes well under half the room of the workbook stored as an object', () => {
    const workbook = manyMeasurements(20_000);
    const packed = packWorkbook(workbook);
    expect(packed.bytes).toBe(new TextEncoder().encode(JSON.stringify(packed.text)).length);
    expect(packed.bytes).toBeLessThan(JSON.stringify(workbook).length / 2);
    expect(readStoredWorkbook(packed.text).workbook?.measurements).toHaveLength(workbook.measurements.length);
  });

  it('names the place of a damaged row, as an import would', () => {
    const packing = JSON.parse(packWorkbook(demoWorkbook).text);
    packing.workbook.measurements[2] = ['I1', '2026-02-30', 4];
    packing.workbook.measurements[3] = { not: 'a row' };
    const { workbook, unreadable } = readStoredWorkbook(JSON.stringify(packing));
    expect(workbook).toBeUndefined();
    expect(unreadable).toEqual([
      'measurements[2].periodEnd: must be a date written YYYY-MM-DD (a real day), found "2026-02-30"',
      expect.stringMatching(/^measurements\[3\]/),
      expect.stringMatching(/^measurements\[3\]/),
      expect.stringMatching(/^measurements\[3\]/),
    ]);
  });

  it('reads a row whose field names were tampered with as a row with unknown keys, not as an object’s prototype', () => {
    const packing = JSON.parse(packWorkbook(demoWorkbook).text);
    packing.rows = ['__proto__', 'periodEnd', 'value'];
    const { workbook, unreadable } = readStoredWorkbook(JSON.stringify(packing));
    expect(workbook).toBeUndefined();
    expect(unreadable).toContain('measurements[0]: has keys Impact Lens does not know: __proto__');
  });
});
