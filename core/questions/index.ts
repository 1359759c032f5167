export { describeQuestion } from './describe-question';
export { questionKind } from './question-kind';
export { questionLimit } from './question-limit';
export * from './types';
