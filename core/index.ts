export * from './checks';
export * from './demo/workbook';
export * from './measures';
export * from './model';
export * from './questions';
export * from './text';
export * from './toc';
export * from './workbook';
