let collator: Intl.Collator | undefined;

/**
 * The order groups are listed in: as a person sorts them ("Group 2" before "Group 10"), and, for names that
 * collate alike, by code point, so that the order never depends on the input's.
 */
export function compareGroupNames(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
