/** What a Sources row counts: the Count column's choices (docs/records.md explains each). */
export const COUNT_KINDS = ['Rows', 'Participants', 'Share', 'Average', 'Change'] as const;

export type CountKind = (typeof COUNT_KINDS)[number];
