import { describe, expect, it } from 'vitest';
import { compareGroupNames } from './compare-group-names';

describe('compareGroupNames', () => {
  it('sorts as a person does, numbers by their value', () => {
    expect(
      ['Group 10', 'group 2', 'Group 1', '16–24', '25+', 'Area B', 'area a'].sort(compareGroupNames),
    ).toEqual(['16–24', '25+', 'area a', 'Area B', 'Group 1', 'group 2', 'Group 10']);
  });

  it('puts names that differ only in case in one fixed order, whichever comes first', () => {
    expect(compareGroupNames('north', 'North')).toBe(-compareGroupNames('North', 'north'));
    expect(compareGroupNames('north', 'North')).not.toBe(0);
  });
});
