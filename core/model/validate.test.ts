import { describe, expect, it } from 'vitest';
import {
  array,
  type Infer,
  number,
  oneOf,
  optional,
  refine,
  safeParse,
  strictObject,
  string,
} from './validate';

const Person = strictObject({
  name: refine(string(), (s) => s.trim() !== '', 'must not be empty'),
  role: oneOf(['Lead', 'Staff'] as const),
  age: optional(number()),
  tags: optional(array(string())),
});
const Team = strictObject({ people: array(Person) });

describe('validate: a value is what the schema says, or every problem is named by its path', () => {
  it('passes a good value and returns only the known keys', () => {
    const result = safeParse(Team, { people: [{ name: 'Asha', role: 'Lead', tags: ['a'] }] });
    expect(result).toEqual({
      success: true,
      data: { people: [{ name: 'Asha', role: 'Lead', tags: ['a'] }] },
    });
  });

  it.each([
    [
      'a missing key',
      { people: [{ role: 'Lead' }] },
      [{ code: 'invalid_type', path: ['people', 0, 'name'], expected: 'string' }],
    ],
    [
      'a wrong type',
      { people: [{ name: 3, role: 'Lead' }] },
      [{ code: 'invalid_type', path: ['people', 0, 'name'], expected: 'string' }],
    ],
    [
      'a failed refinement',
      { people: [{ name: '  ', role: 'Lead' }] },
      [{ code: 'custom', path: ['people', 0, 'name'], message: 'must not be empty' }],
    ],
    [
      'a value not in the list',
      { people: [{ name: 'A', role: 'Boss' }] },
      [{ code: 'invalid_value', path: ['people', 0, 'role'], values: ['Lead', 'Staff'] }],
    ],
    [
      'an unknown key',
      { people: [{ name: 'A', role: 'Lead', rol: 'x' }] },
      [{ code: 'unrecognized_keys', path: ['people', 0], keys: ['rol'] }],
    ],
    [
      'a number that is not finite',
      { people: [{ name: 'A', role: 'Lead', age: Number.NaN }] },
      [{ code: 'invalid_type', path: ['people', 0, 'age'], expected: 'number' }],
    ],
    [
      'a list that is not a list',
      { people: {} },
      [{ code: 'invalid_type', path: ['people'], expected: 'array' }],
    ],
    ['an array where an object belongs', [], [{ code: 'invalid_type', path: [], expected: 'object' }]],
    [
      'null for an optional key',
      { people: [{ name: 'A', role: 'Lead', age: null }] },
      [{ code: 'invalid_type', path: ['people', 0, 'age'], expected: 'number' }],
    ],
  ])('names %s', (_, value, issues) => {
    expect(safeParse(Team, value)).toEqual({ success: false, issues });
  });

  it('collects every problem, in the order of the schema, rather than stopping at the first', () => {
    const result = safeParse(Team, {
      people: [
        { name: '', role: 'x' },
        { role: 'Staff', extra: 1 },
      ],
    });
    expect(result.success ? [] : result.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'people.0.name custom',
      'people.0.role invalid_value',
      'people.1.name invalid_type',
      'people.1 unrecognized_keys',
    ]);
  });

  it('does not let a "__proto__" key through to the result', () => {
    const value = JSON.parse('{"people": [], "__proto__": {"polluted": true}}');
    const result = safeParse(Team, value);
    expect(result).toEqual({
      success: false,
      issues: [{ code: 'unrecognized_keys', path: [], keys: ['__proto__'] }],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('infers optional keys as optional', () => {
    const person: Infer<typeof Person> = { name: 'A', role: 'Staff' };
    expect(safeParse(Person, person).success).toBe(true);
  });
});
