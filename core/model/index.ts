export * from './migrations';
export * from './schema';
