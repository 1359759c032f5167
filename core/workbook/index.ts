export * from './cells';
export * from './from-tables';
export * from './json';
export * from './places';
export * from './problems';
export * from './tabs';
export * from './to-tables';
