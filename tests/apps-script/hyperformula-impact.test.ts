// The IMPACT_ formulas inside HyperFormula: what formulas written for the Dashboard and the other tabs evaluate to,
// and a check of the wrappers against the engine's own SLOPE, FORECAST and NPV.
import fc from 'fast-check';
import type { DetailedCellError, HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { IMPACT_PROGRESS, IMPACT_RATE } from '../../sheets-addon/src/functions';
import { CHECK_ROWS, createEngineWithImpactFunctions, type SheetCell } from './hyperformula-impact';

function engine(cells: SheetCell[][]): { hf: HyperFormula; at: (a1: string) => unknown } {
  const hf = createEngineWithImpactFunctions({ Sheet1: cells });
  const sheet = hf.getSheetId('Sheet1')!;
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet)!);
  return { hf, at };
}

function block(hf: HyperFormula, range: string): unknown[][] {
  const sheet = hf.getSheetId('Sheet1')!;
  return hf.getRangeValues(hf.simpleCellRangeFromString(range, sheet)!);
}

describe('IMPACT_ formulas in HyperFormula', () => {
  it('evaluates single cells: =IMPACT_PROGRESS(A1,B1,C1)', () => {
    const { at } = engine([[28, 40, 37, '=IMPACT_PROGRESS(A1,B1,C1)', '=IMPACT_PROGRESS(22,16,18.1)']]);
    expect(at('D1')).toBe(0.75);
    expect(at('E1')).toBeCloseTo(0.65, 12);
  });

  it('spills a range: =IMPACT_RATE(A1:A3,B1:B3) gives three rows of rate, lower, upper', () => {
    const { hf } = engine([
      [81, 263, '=IMPACT_RATE(A1:A3,B1:B3)'],
      ['', 40],
      [30, 20],
    ]);
    const spilled = block(hf, 'C1:E3');
    expect(spilled[0]![0]).toBeCloseTo(0.308, 3);
    expect(spilled[0]![1]).toBeCloseTo(0.2553, 4);
    expect(spilled[0]![2]).toBeCloseTo(0.3662, 4);
    expect(spilled[1]).toEqual(['', '', '']);
    expect(spilled[2]).toEqual(['Achieved (30) is more than Out of (20): check both counts.', '', '']);
    expect(spilled).toEqual(IMPACT_RATE([[81], [''], [30]], [[263], [40], [20]]));
  });

  it('spills one result a row for IMPACT_PROGRESS over ranges, with messages in their rows', () => {
    const { hf } = engine([
      [28, 40, 37, '=IMPACT_PROGRESS(A1:A4,B1:B4,C1:C4)'],
      [40, 40, 38],
      [10, 20, ''],
      ['tbc', 50, 39],
    ]);
    expect(block(hf, 'D1:D4')).toEqual([
      [0.75],
      [
        'Target equals baseline (40): progress cannot be measured. Set a target that differs from the baseline.',
      ],
      [''],
      ['Baseline must be a number, found "tbc".'],
    ]);
  });

  it('shows a thrown message as #ERROR!, which IFERROR catches as in Sheets', () => {
    const { at } = engine([
      [40, 40, 38, '=IMPACT_PROGRESS(A1,B1,C1)', '=IFERROR(IMPACT_PROGRESS(A1,B1,C1),"")'],
      [1, 2, 3, '=IMPACT_PROGRESS(A2:A3,B2:B4,C2:C4)'],
    ]);
    const error = at('D1') as DetailedCellError;
    expect(error.type).toBe('ERROR');
    expect(error.message).toBe(
      'Target equals baseline (40): progress cannot be measured. Set a target that differs from the baseline.',
    );
    expect(at('E1')).toBe('');
    expect((at('D2') as DetailedCellError).message).toMatch(
      /baseline is 2 rows × 1 column but target is 3 rows/,
    );
  });

  it('passes an error in an argument through, as Sheets does', () => {
    const { at } = engine([[28, '=1/0', 37, '=IMPACT_PROGRESS(A1,B1,C1)', '=IMPACT_PROGRESS(A1,B1:B1,C1)']]);
    expect((at('D1') as DetailedCellError).type).toBe('DIV_BY_ZERO');
    expect((at('E1') as DetailedCellError).type).toBe('DIV_BY_ZERO');
  });

  it('hands dates over as Date objects, whether typed, ISO text or DATE()', () => {
    const { at } = engine([
      [
        '2024-09-30',
        '=DATE(2027,3,31)',
        '30/09/2026',
        '=IMPACT_STATUS(55%,70%,9/14,A1,B1,C1)',
        '=IMPACT_STATUS(0.55,0.7,9/14,DATE(2024,9,30),DATE(2027,3,31),DATE(2026,9,30),0.75,0.5)',
      ],
    ]);
    expect(at('D1')).toBe('At risk');
    expect(at('E1')).toBe('On track');
  });

  it('works the Dashboard pattern: a trend over FILTERed rows of the Data tab, blank while there is no data', () => {
    const { at } = engine([
      [
        'Indicator',
        'Period end',
        'Value',
        '',
        'I1',
        '=IF(E1="","",IFERROR(IMPACT_TREND(FILTER($C$2:$C$9,$A$2:$A$9=E1),FILTER($B$2:$B$9,$A$2:$A$9=E1),"quarter"),""))',
      ],
      [
        'I1',
        '2025-12-31',
        38,
        '',
        'I2',
        '=IF(E2="","",IFERROR(IMPACT_TREND(FILTER($C$2:$C$9,$A$2:$A$9=E2),FILTER($B$2:$B$9,$A$2:$A$9=E2),"quarter"),""))',
      ],
      ['I1', '2026-03-31', 41],
      ['I1', '2026-06-30', 37],
      ['I1', '2026-09-30', 39],
      ['I2', '2026-06-30', ''],
      ['I2', '2026-09-30', ''],
    ]);
    expect(at('F1')).toBeCloseTo(-0.101, 3);
    expect(at('F2')).toBe('');
  });

  it('agrees with the engine’s SLOPE for trends, with and without dates (no smart rounding)', () => {
    const { at } = engine([
      [38, '2025-12-31', 1, '=IMPACT_TREND(A1:A5,B1:B5,"day")', '=SLOPE(A1:A5,B1:B5)'],
      [41.3, '2026-03-31', 2, '=IMPACT_TREND(A1:A5,B1:B5)', '=SLOPE(A1:A5,B1:B5)*365.25/12'],
      [37.1, '2026-06-30', 3, '=IMPACT_TREND(A1:A5)', '=SLOPE(A1:A5,C1:C5)'],
      [39.9, '2026-09-30', 4, '=IMPACT_TREND(A1:A5,B1:B5,"year")', '=SLOPE(A1:A5,B1:B5)*365.25'],
      [44, '2027-01-15', 5],
    ]);
    for (const row of [1, 2, 3, 4]) {
      const ours = at(`D${row}`) as number;
      expect(typeof ours).toBe('number');
      expect(ours).toBeCloseTo(at(`E${row}`) as number, 12);
    }
  });

  it('agrees with the engine’s least-squares line (it has no FORECAST) and NPV', () => {
    const { at } = engine([
      [
        10,
        '2026-01-01',
        '=IMPACT_FORECAST(A1:A4,B1:B4,DATE(2026,2,20))',
        '=AVERAGE(A1:A4)+SLOPE(A1:A4,B1:B4)*(DATE(2026,2,20)-AVERAGE(B1:B4))',
      ],
      [21, '2026-01-11'],
      [29, '2026-01-21'],
      [43, '2026-02-02'],
      // One SROI outcome: year values 108,000, 86,400, 69,120 discounted at 3.5% (the guide's example).
      [
        '=INDEX(IMPACT_SROI(20,10000,0.25,0.2,0.1,0.2,3,60000),1,1)',
        '=NPV(0.035,108000,86400,69120)',
        '=INDEX(IMPACT_SROI(20,10000,0.25,0.2,0.1,0.2,3,60000),1,2)',
      ],
    ]);
    expect(at('C1')).toBeCloseTo(at('D1') as number, 9);
    expect(at('A5')).toBeCloseTo(at('B5') as number, 6);
    expect(at('C5')).toBeCloseTo((at('B5') as number) / 60_000, 9);
  });

  it('adds up payments and counts completeness', () => {
    const { at } = engine([
      [193, 120, 240, '=IMPACT_PAYMENT(A1:A3,B1:B3,C1:C3,250000)', '=IMPACT_COMPLETENESS(A1:C4)'],
      [104, 800, 140, '=IMPACT_PAYMENT(A1,B1,C1)'],
      [55, 1400, 70],
      ['', '', ''],
    ]);
    expect(at('D1')).toBe(183_360);
    expect(at('D2')).toBe(23_160);
    expect(at('E1')).toBe(0.75);
  });

  it('spills IMPACT_CHECK’s findings down the rows it reserves', () => {
    const { hf, at } = engine([
      [
        '=IMPACT_CHECK("We will help young people feel better.")',
        '=IMPACT_CHECK("We will help young people.", "other")',
      ],
    ]);
    const findings = block(hf, `A1:A${CHECK_ROWS}`).map((r) => r[0]);
    expect(findings[0]).toMatch(/^[a-z-]+: /);
    expect(findings).toContainEqual(expect.stringMatching(/^outcome-no-timeframe: /));
    expect(at('B1')).toBe('No issues');
  });

  it('gives what the wrapper gives, for any numbers in a column', () => {
    const cell = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom('', 'tbc', '1,200', '62%'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const n = rows.length;
        const { hf } = engine([...rows.map((r) => [...r]), [`=IMPACT_PROGRESS(A1:A${n},B1:B${n},C1:C${n})`]]);
        const spilled = block(hf, `A${n + 1}:A${2 * n}`);
        if (n > 1) {
          const direct = IMPACT_PROGRESS(
            rows.map((r) => [r[0]]),
            rows.map((r) => [r[1]]),
            rows.map((r) => [r[2]]),
          );
          expect(spilled).toEqual(direct);
          return;
        }
        // A one-cell range reaches a custom function as a single value, in Sheets as here.
        const [b, t, a] = rows[0]!;
        let thrown: Error | undefined;
        let direct: unknown;
        try {
          direct = IMPACT_PROGRESS(b, t, a);
        } catch (error) {
          thrown = error as Error;
        }
        if (thrown) expect(spilled[0]![0]).toMatchObject({ type: 'ERROR', message: thrown.message });
        else expect(spilled[0]![0]).toEqual(direct);
      }),
      { numRuns: 60 },
    );
  });
});
