import { describe, expect, it } from 'vitest';
import {
  accuracyTally,
  type Detection,
  type GroupedTask,
  groupedFigures,
  judgeWholeSet,
  leaveOneGroupOut,
  precisionTally,
  recallTally,
} from './grouped-score';

interface Item {
  group: string;
  right: boolean | null;
}

const byRule: GroupedTask<Item, null, boolean | null> = {
  groupOf: (item) => item.group,
  fit: () => null,
  judge: (item) => item.right,
};

// A: 2 of 3 right; B: 0 of 1; C: 2 of 2, a third item unscored.
const corpus: Item[] = [
  { group: 'A', right: true },
  { group: 'A', right: false },
  { group: 'B', right: false },
  { group: 'A', right: true },
  { group: 'C', right: true },
  { group: 'C', right: null },
  { group: 'C', right: true },
];

describe('leave one group out', () => {
  it('pools hits over groups (micro) and averages the groups (macro), by hand', () => {
    const f = groupedFigures(leaveOneGroupOut(corpus, byRule), judgeWholeSet(corpus, byRule), accuracyTally);
    expect(f.hits).toBe(4);
    expect(f.counted).toBe(6);
    expect(f.micro).toBeCloseTo(4 / 6, 10);
    expect(f.macro).toBeCloseTo((2 / 3 + 0 + 1) / 3, 10);
    expect(f.wholeSet).toBeCloseTo(4 / 6, 10);
    expect(f.worst.map((g) => [g.group, g.counted])).toEqual([
      ['B', 1],
      ['A', 3],
      ['C', 2],
    ]);
  });

  it('fits on the other groups only, and on everything for the whole-set figure', () => {
    const seen: string[][] = [];
    const recording: GroupedTask<Item, number, number> = {
      groupOf: (item) => item.group,
      fit: (train) => {
        seen.push([...new Set(train.map((i) => i.group))].sort());
        return train.length;
      },
      // The fitted "parameter" is the training set's size: 7 items less the group left out.
      judge: (_item, size) => size,
    };
    const leftOut = leaveOneGroupOut(corpus, recording);
    expect(seen).toEqual([
      ['B', 'C'],
      ['A', 'C'],
      ['A', 'B'],
    ]);
    expect(leftOut.map((g) => [g.group, g.outcomes[0]])).toEqual([
      ['A', 4],
      ['B', 6],
      ['C', 4],
    ]);
    expect(judgeWholeSet(corpus, recording)[0]).toBe(7);
    expect(seen.at(-1)).toEqual(['A', 'B', 'C']);
  });

  it('counts precision over flagged items and recall over expected ones, skipping unscored items', () => {
    const d = (expected: boolean, fired: boolean): Detection => ({ expected, fired });
    const groups = [
      // X: tp, fp, fn → precision 1/2, recall 1/2.
      { group: 'X', outcomes: [d(true, true), d(false, true), d(true, false), null] },
      // Y: tp, tp, tn → precision 1, recall 1.
      { group: 'Y', outcomes: [d(true, true), d(true, true), d(false, false)] },
      // Z: only a true negative → nothing flagged or expected: no figure, left out of the mean.
      { group: 'Z', outcomes: [d(false, false)] },
    ];
    const whole = groups.flatMap((g) => g.outcomes);
    const precision = groupedFigures(groups, whole, precisionTally);
    const recall = groupedFigures(groups, whole, recallTally);
    expect(precision.micro).toBeCloseTo(3 / 4, 10);
    expect(precision.macro).toBeCloseTo((1 / 2 + 1) / 2, 10);
    expect(precision.groups.map((g) => g.group)).toEqual(['X', 'Y']);
    expect(recall.micro).toBeCloseTo(3 / 4, 10);
    expect(recall.macro).toBeCloseTo((1 / 2 + 1) / 2, 10);
    expect(recall.worst[0]).toEqual({ group: 'X', value: 0.5, counted: 2 });
  });

  it('has no figure when nothing counts', () => {
    const f = groupedFigures([{ group: 'E', outcomes: [null] }], [null], accuracyTally);
    expect([f.micro, f.macro, f.wholeSet, f.worst]).toEqual([null, null, null, []]);
  });
});
