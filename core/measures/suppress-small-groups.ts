import { compareGroupNames } from './compare-group-names';

export interface GroupSize {
  group: string;
  n: number;
}

export interface Suppression {
  /** Groups with fewer than the smallest group shown: to show their figures could identify someone. */
  small: string[];
  /** Larger groups hidden alongside, so that the small ones cannot be worked out from the total. */
  complementary: string[];
}

/**
 * Which groups not to show. A group with fewer than `minGroup` people is hidden. Hiding one group alone hides
 * nothing, since the whole less the groups shown is that group; so hidden groups are made at least two, and
 * together at least `minGroup` people, by hiding the smallest other groups too (complementary suppression, as
 * statistical offices do). What can then be worked out is only the hidden groups together: at least `minGroup`
 * people, in at least two groups.
 */
export function suppressSmallGroups(sizes: readonly GroupSize[], minGroup: number): Suppression {
  const bySize = [...sizes].sort((a, b) => a.n - b.n || compareGroupNames(a.group, b.group));
  const small = bySize.filter((s) => s.n < minGroup);
  if (small.length === 0) return { small: [], complementary: [] };
  const hidden = [...small];
  let people = small.reduce((sum, s) => sum + s.n, 0);
  const complementary: string[] = [];
  for (const size of bySize.slice(small.length)) {
    if (hidden.length >= 2 && people >= minGroup) break;
    hidden.push(size);
    people += size.n;
    complementary.push(size.group);
  }
  return { small: small.map((s) => s.group), complementary };
}
