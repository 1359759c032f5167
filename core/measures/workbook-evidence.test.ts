import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import { indicatorEvidence } from './indicator-evidence';
import { workbookEvidence } from './workbook-evidence';

describe('workbookEvidence', () => {
  it('gives every demo indicator, in order, the same evidence as indicatorEvidence', () => {
    const entries = workbookEvidence(demoWorkbook, DEMO_AS_OF);
    expect(entries.map((e) => e.indicatorId)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8']);
    for (const entry of entries) {
      expect(entry).toEqual({
        indicatorId: entry.indicatorId,
        evidence: indicatorEvidence(demoWorkbook, entry.indicatorId, DEMO_AS_OF),
      });
    }
  });

  it('keeps one indicator’s bad data from hiding the others’ evidence', () => {
    const broken = {
      ...demoWorkbook,
      measurements: [
        ...demoWorkbook.measurements,
        { indicator: 'I2', periodEnd: '2025-03-31', achieved: 30, outOf: 20 },
      ],
    };
    const entries = workbookEvidence(broken, DEMO_AS_OF);
    const i2 = entries.find((e) => e.indicatorId === 'I2');
    expect(i2).toEqual({
      indicatorId: 'I2',
      error: expect.stringContaining('I2 has two rows for the period ending 31 March 2025'),
    });
    expect(entries.filter((e) => 'evidence' in e)).toHaveLength(7);
  });
});
