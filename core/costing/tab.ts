/** The tab of unit costs, apart from its reader (costs-table.ts): the add-on's server needs only the name. */
export const COSTS_TAB = 'M&E costs';
