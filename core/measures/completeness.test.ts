import { describe, expect, it } from 'vitest';
import { completeness } from './completeness';

describe('completeness', () => {
  it.each<[string, unknown[], number | undefined, number]>([
    ['every cell filled', [1, 2, 3, 4], undefined, 1],
    ['blanks as Sheets hands them over ("")', [0.5, '', 0.6, ''], undefined, 0.5],
    [
      'null, undefined and spaces are blank; 0 and FALSE are data',
      [0, false, null, undefined, '  '],
      undefined,
      0.4,
    ],
    [
      'a 2-D range, row by row',
      [
        [1, ''],
        ['x', new Date(2026, 0, 1)],
      ],
      undefined,
      0.75,
    ],
    ['six of eight quarters expected', [25, 25.6, 26.3, 26.1, 27, 27.4], 8, 0.75],
    ['nothing filled', ['', ''], undefined, 0],
  ])('%s', (_, cells, expected, share) => {
    expect(completeness(cells, expected)).toBe(share);
  });
});
