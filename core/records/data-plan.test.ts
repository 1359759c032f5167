import { describe, expect, it } from 'vitest';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { type ComputedRow, type DataPlanInput, planDataUpdate } from './data-plan';

const HEADER = ['Indicator', 'Period end', 'Value', 'Achieved', 'Out of', 'Note', 'From records'];
const date = (iso: string) => LOCAL_DAYS.dateOf(iso);
const plan = (data: Cell[][], rows: ComputedRow[], more: Partial<DataPlanInput> = {}) =>
  planDataUpdate({
    data,
    rows,
    computed: new Set(rows.map((r) => r.indicator)),
    skipped: new Set(),
    days: LOCAL_DAYS,
    dateOrder: 'dmy',
    ...more,
  });
const row = (
  indicator: string,
  periodEnd: string,
  figure: ComputedRow['figure'],
  sourceRow = 2,
): ComputedRow => ({
  indicator,
  periodEnd,
  figure,
  sourceRow,
});

describe('planDataUpdate', () => {
  it('adds new rows after the last, in one block', () => {
    const out = plan(
      [HEADER, ['I8', date('2025-03-31'), 5, '', '', '', '']],
      [row('I1', '2025-03-31', { value: 31 }), row('I2', '2025-03-31', { achieved: 17, outOf: 29 }, 3)],
    );
    expect(out).toMatchObject({ added: 2, updated: 0, unchanged: 0, kept: [], stale: [] });
    expect(out.write).toEqual({
      row: 3,
      column: 1,
      values: [
        ['I1', date('2025-03-31'), 31, '', '', '', 'Sources row 2'],
        ['I2', date('2025-03-31'), '', 17, 29, '', 'Sources row 3'],
      ],
    });
  });

  it('keeps a typed row and names its cell; writes nothing over it', () => {
    const out = plan(
      [HEADER, ['I2', '31/03/2025', '', 16, 29, '', '']],
      [row('I2', '2025-03-31', { achieved: 17, outOf: 29 }, 3)],
    );
    expect(out.write).toBeUndefined();
    expect(out.kept.map((f) => `${f.place}: ${f.message}`)).toEqual([
      'Data!D2: I2 for the period ending 31 March 2025 was typed here, so the figure from records (17 of 29, Sources row 3) was not written; to let Update keep this row, write "Sources row 3" in its From records cell.',
    ]);
  });

  it('updates its own row in place, leaving the Note, and writes nothing when nothing changed', () => {
    const data: Cell[][] = [
      HEADER,
      ['I1', date('2025-03-31'), 30, '', '', 'a note', 'Sources row 2'],
      ['I1', date('2025-06-30'), 33, '', '', '', 'sources row 2'],
    ];
    const out = plan(data, [row('I1', '2025-03-31', { value: 31 }), row('I1', '2025-06-30', { value: 33 })]);
    expect(out).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(out.write).toEqual({
      row: 2,
      column: 1,
      values: [['I1', date('2025-03-31'), 31, '', '', 'a note', 'Sources row 2']],
    });
    const again = plan(
      [HEADER, ['I1', date('2025-03-31'), 31, '', '', 'a note', 'Sources row 2'], data[2]!],
      [row('I1', '2025-03-31', { value: 31 }), row('I1', '2025-06-30', { value: 33 })],
    );
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(again.write).toBeUndefined();
  });

  it('writes back what lies between its rows as it was: formulas as formulas, text that starts with = as text', () => {
    const data: Cell[][] = [
      HEADER,
      ['I1', date('2025-03-31'), 30, '', '', '', 'Sources row 2'],
      ['I9', date('2025-03-31'), '', 1, 2, '=not a formula', ''],
      ['I9', date('2025-06-30'), 0.5, 1, 2, '', ''],
    ];
    const formulas = data.map((r, i) => r.map((_, c) => (i === 3 && c === 2 ? '=D4/E4' : '')));
    const out = plan(data, [row('I1', '2025-03-31', { value: 31 }), row('I1', '2025-06-30', { value: 33 })], {
      formulas,
    });
    expect(out.write!.row).toBe(2);
    expect(out.write!.values.map((r) => r[2])).toEqual([31, '', '=D4/E4', 33]);
    expect(out.write!.values[1]![5]).toBe("'=not a formula");
  });

  it('leaves a row it wrote that no figure claims now, and says why', () => {
    const data: Cell[][] = [
      HEADER,
      ['I1', date('2025-03-31'), 30, '', '', '', 'Sources row 2'],
      ['I7', date('2025-03-31'), 30, '', '', '', 'Sources row 4'],
      ['I6', date('2025-03-31'), 30, '', '', '', 'Sources row 5'],
    ];
    const out = plan(data, [row('I1', '2025-06-30', { value: 33 })], { skipped: new Set(['I6']) });
    expect(out.stale.map((f) => `${f.place}: ${f.message}`)).toEqual([
      'Data!G2: I1 for the period ending 31 March 2025 is marked "Sources row 2", but the records give no figure for that period now; it was left as it is (delete the row if it no longer holds, or clear its From records cell to keep it as your own).',
      'Data!G3: I7 for the period ending 31 March 2025 is marked "Sources row 4", but no Sources row computes I7; it was left as it is (delete the row if it no longer holds, or clear its From records cell to keep it as your own).',
    ]);
  });

  it('puts the From records column after the last one, on a Data tab that has none', () => {
    const out = plan(
      [HEADER.slice(0, 6), ['I8', date('2025-03-31'), 5, '', '', '', 'my column']],
      [row('I1', '2025-03-31', { value: 1 })],
    );
    expect(out.header).toEqual({ tab: 'Data', row: 1, column: 8 });
    expect(out.write!.values[0]).toEqual(['I1', date('2025-03-31'), 1, '', '', '', '', 'Sources row 2']);
  });

  it('needs the Data tab’s own columns', () => {
    expect(plan([['Indicator', 'Value']], []).problems.map((f) => f.message)).toEqual([
      'The Data tab has no "Period end", "Achieved", "Out of" column in its header row; run Set up impact workbook to repair it.',
    ]);
  });
});
