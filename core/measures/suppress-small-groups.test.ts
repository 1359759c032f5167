import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallGroups } from './suppress-small-groups';

const sizes = (counts: Record<string, number>) => Object.entries(counts).map(([group, n]) => ({ group, n }));

describe('suppressSmallGroups', () => {
  it('hides nothing when every group is large enough', () => {
    expect(suppressSmallGroups(sizes({ A: 5, B: 40 }), 5)).toEqual({ small: [], complementary: [] });
  });

  it('hides the next smallest group beside a single small one, so that it cannot be had by subtraction', () => {
    expect(suppressSmallGroups(sizes({ A: 40, B: 3, C: 12, D: 9 }), 5)).toEqual({
      small: ['B'],
      complementary: ['D'],
    });
  });

  it('hides two small groups alone once together they reach the threshold', () => {
    expect(suppressSmallGroups(sizes({ A: 40, B: 3, C: 2, D: 9 }), 5)).toEqual({
      small: ['C', 'B'],
      complementary: [],
    });
  });

  it('hides more while two small groups together are still below the threshold', () => {
    expect(suppressSmallGroups(sizes({ A: 40, B: 1, C: 2, D: 9, E: 9 }), 5)).toEqual({
      small: ['B', 'C'],
      complementary: ['D'],
    });
  });

  it('leaves nothing that can be worked out about fewer than the threshold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 30 }), {
          minKeys: 1,
        }),
        fc.integer({ min: 2, max: 10 }),
        (counts, minGroup) => {
          const all = sizes(counts);
          const { small, complementary } = suppressSmallGroups(all, minGroup);
          const hidden = all.filter((s) => small.includes(s.group) || complementary.includes(s.group));
          const shown = all.filter((s) => !hidden.includes(s));
          for (const s of shown) expect(s.n).toBeGreaterThanOrEqual(minGroup);
          expect(small.sort()).toEqual(
            all
              .filter((s) => s.n < minGroup)
              .map((s) => s.group)
              .sort(),
          );
          if (hidden.length > 0 && shown.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((t, s) => t + s.n, 0)).toBeGreaterThanOrEqual(minGroup);
          }
        },
      ),
    );
  });
});
