import { completeness } from '../../../core/measures/completeness';
import { optionalNumberArg } from './args';
import { single } from './broadcast';

/** IMPACT_COMPLETENESS: the share of expected cells that are filled, over a range of any shape. */
export function impactCompleteness(range: unknown, expected: unknown): number {
  const cells = Array.isArray(range) ? range : [range];
  const outOf = optionalNumberArg(single('IMPACT_COMPLETENESS', 'expected', expected), 'Expected');
  return completeness(cells, outOf);
}
