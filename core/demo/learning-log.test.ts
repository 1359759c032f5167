import { describe, expect, it } from 'vitest';
import { readLearningLog } from '../review/log';
import { reviewItems } from '../review/review-items';
import { type Cell, LOCAL_DAYS } from '../workbook/cells';
import { demoLearningLogTable } from './learning-log';
import { DEMO_AS_OF, demoWorkbook } from './workbook';

describe('the demo Learning log', () => {
  const read = readLearningLog(demoLearningLogTable() as Cell[][], { dateOrder: 'dmy', days: LOCAL_DAYS });

  it('reads without a problem', () => {
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(4);
  });

  it('has one decision due on its as-of date, answered too early to tell, and one answered at a later review', () => {
    const due = reviewItems(demoWorkbook, read.rows, { asOf: DEMO_AS_OF }).filter(
      (i) => i.kind === 'decision-due',
    );
    expect(due.map((i) => [i.about, i.movement?.verdict])).toEqual([['I6', 'too-early']]);
  });
});
