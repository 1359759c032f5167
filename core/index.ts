export * from './demo/workbook';
export * from './model';
export * from './toc';
export * from './workbook';
