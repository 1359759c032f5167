/**
 * Scores by leaving one group (a funder, a guide) out at a time: whatever the scorer tunes is fitted on the other
 * groups, then judged on the one left out. A rule set that only fits its own sources shows up as a low group, so the
 * mean over groups and the worst groups are reported beside the pooled figure.
 */

export interface GroupedTask<Item, Model, Outcome> {
  groupOf(item: Item): string;
  /** Fits whatever is tuned, on the training items only; hand-written rules fit nothing and return themselves. */
  fit(train: readonly Item[]): Model;
  judge(item: Item, model: Model): Outcome;
}

export interface JudgedGroup<Outcome> {
  group: string;
  outcomes: Outcome[];
}

/** Hits over the items that count (a precision counts flagged items, a recall expected ones). */
export interface Tally {
  hits: number;
  counted: number;
}

export interface GroupFigure {
  group: string;
  value: number;
  counted: number;
}

export interface GroupedFigures {
  /** Left-out hits summed over all groups ÷ left-out counts summed: the figure that counts. */
  micro: number | null;
  /** Mean of the groups' own figures, over groups with anything to count. */
  macro: number | null;
  /** Fitted and judged on every item at once. */
  wholeSet: number | null;
  groups: GroupFigure[];
  /** The lowest groups, lowest first. */
  worst: GroupFigure[];
  hits: number;
  counted: number;
}

/** A detection: whether the label says a check should fire, and whether it did; null when the item is not scored. */
export interface Detection {
  expected: boolean;
  fired: boolean;
}

function groupsInOrder<Item>(items: readonly Item[], groupOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), item]);
  return groups;
}

export function leaveOneGroupOut<Item, Model, Outcome>(
  items: readonly Item[],
  task: GroupedTask<Item, Model, Outcome>,
): JudgedGroup<Outcome>[] {
  return [...groupsInOrder(items, task.groupOf)].map(([group, members]) => {
    const model = task.fit(items.filter((item) => task.groupOf(item) !== group));
    return { group, outcomes: members.map((item) => task.judge(item, model)) };
  });
}

export function judgeWholeSet<Item, Model, Outcome>(
  items: readonly Item[],
  task: GroupedTask<Item, Model, Outcome>,
): Outcome[] {
  const model = task.fit(items);
  return items.map((item) => task.judge(item, model));
}

const share = ({ hits, counted }: Tally): number | null => (counted === 0 ? null : hits / counted);

export function groupedFigures<Outcome>(
  leftOut: readonly JudgedGroup<Outcome>[],
  whole: readonly Outcome[],
  tally: (outcomes: readonly Outcome[]) => Tally,
  worstCount = 3,
): GroupedFigures {
  const groups = leftOut.flatMap(({ group, outcomes }) => {
    const t = tally(outcomes);
    return t.counted === 0 ? [] : [{ group, value: t.hits / t.counted, counted: t.counted }];
  });
  const pooled = tally(leftOut.flatMap((g) => g.outcomes));
  const worst = [...groups]
    .sort((a, b) => a.value - b.value || b.counted - a.counted || a.group.localeCompare(b.group))
    .slice(0, worstCount);
  return {
    micro: share(pooled),
    macro: groups.length === 0 ? null : groups.reduce((sum, g) => sum + g.value, 0) / groups.length,
    wholeSet: share(tally(whole)),
    groups,
    worst,
    ...pooled,
  };
}

/** Right over judged; null outcomes (items left unscored) are not counted. */
export function accuracyTally(outcomes: readonly (boolean | null)[]): Tally {
  const judged = outcomes.filter((o) => o !== null);
  return { hits: judged.filter(Boolean).length, counted: judged.length };
}

export function precisionTally(outcomes: readonly (Detection | null)[]): Tally {
  const flagged = outcomes.filter((o) => o?.fired);
  return { hits: flagged.filter((o) => o?.expected).length, counted: flagged.length };
}

export function recallTally(outcomes: readonly (Detection | null)[]): Tally {
  const expected = outcomes.filter((o) => o?.expected);
  return { hits: expected.filter((o) => o?.fired).length, counted: expected.length };
}

const two = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

/** One markdown row: the figure's name, pooled left-out figure with its counts, mean over groups, worst groups. */
export function groupedRow(name: string, f: GroupedFigures): string {
  const worst = f.worst.map((g) => `${g.group} ${two(g.value)} (${g.counted})`).join('; ');
  return `| ${name} | ${two(f.micro)} | ${f.hits}/${f.counted} | ${two(f.macro)} | ${f.groups.length} | ${worst} |`;
}

export const GROUPED_HEADER = [
  '| figure | left out, pooled | hits/counted | mean over groups | groups | worst groups (count) |',
  '|---|---|---|---|---|---|',
].join('\n');
