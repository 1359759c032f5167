export * from './define';
export * from './evidence-context';
export * from './registry';
export * from './run-checks';
