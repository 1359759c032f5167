import { describe, expect, it } from 'vitest';
import { LOCAL_DAYS } from '../workbook/cells';
import { describeCondition, meets, parseCondition } from './condition';

const parse = (text: string) => {
  const read = parseCondition(text);
  if (!read.ok) throw new Error(read.fault);
  return read.value;
};

const test = (condition: string, cell: Parameters<typeof meets>[1]) => {
  const result = meets(parse(condition), cell, LOCAL_DAYS);
  return result.ok ? result.value : result.fault;
};

describe('parseCondition', () => {
  it.each([
    ['Completed = Yes', { column: 'Completed', test: '=', operand: { type: 'text', text: 'Yes' } }],
    ['= Yes', { test: '=', operand: { type: 'text', text: 'Yes' } }],
    ['Score >= 30', { column: 'Score', test: '>=', operand: { type: 'number', number: 30, text: '30' } }],
    ['Score≥30', { column: 'Score', test: '>=', operand: { type: 'number', number: 30, text: '30' } }],
    ['Share != 62%', { column: 'Share', test: '<>', operand: { type: 'number', number: 0.62, text: '62%' } }],
    [
      'Start date < 01/04/2025',
      { column: 'Start date', test: '<', operand: { type: 'date', iso: '2025-04-01', text: '01/04/2025' } },
    ],
    ['End date not blank', { column: 'End date', test: 'not blank' }],
    ['End date is blank', { column: 'End date', test: 'blank' }],
    ['not blank', { test: 'not blank' }],
    [
      'Site one of North, East or City centre',
      { column: 'Site', test: 'one of', values: ['North', 'East', 'City centre'] },
    ],
    ['Notes = blank', { column: 'Notes', test: '=', operand: { type: 'text', text: 'blank' } }],
  ])('reads %s', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    [
      'Completed yes',
      '"Completed yes" is not a condition; write it as "Completed = Yes", "Score >= 30", "End date not blank" or "Site one of North, East"',
    ],
    [
      'Score >=',
      '"Score >=" has nothing after ">="; write it as "Completed = Yes", "Score >= 30", "End date not blank" or "Site one of North, East"',
    ],
    ['Completed > Yes', '">" compares numbers or dates, and "Yes" is neither'],
  ])('refuses %s, saying how to write it', (text, fault) => {
    expect(parseCondition(text)).toEqual({ ok: false, fault });
  });

  it('describes a condition as it was written', () => {
    expect(describeCondition(parse('Score >= 30'))).toBe('Score >= 30');
    expect(describeCondition(parse('Site one of North, East'))).toBe('Site one of North, East');
  });
});

describe('meets', () => {
  it('answers "= Yes" for a Form’s Yes and a tick box’s TRUE, whatever the case', () => {
    expect([
      test('C = Yes', 'yes'),
      test('C = Yes', ' YES '),
      test('C = Yes', true),
      test('C = Yes', 'No'),
    ]).toEqual([true, true, true, false]);
    expect([test('C = No', false), test('C <> Yes', 'No'), test('C = Job', 'job')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('takes any dash in a band: 18-21 is 18–21', () => {
    expect(test('Age band one of 16-17, 18-21', '18–21')).toBe(true);
  });

  it('compares numbers and dates, typed or as text', () => {
    expect([test('S >= 30', 30), test('S >= 30', '29.5'), test('S > 62%', 0.7)]).toEqual([true, false, true]);
    expect(test('D < 01/04/2025', new Date(2025, 2, 31))).toBe(true);
    expect(test('D < 01/04/2025', '2025-04-01')).toBe(false);
  });

  it('lets a blank meet only "blank"', () => {
    expect([
      test('S >= 30', ''),
      test('C = Yes', ''),
      test('C <> Yes', ''),
      test('C one of A, B', ''),
    ]).toEqual([false, false, false, false]);
    expect([test('C blank', ''), test('C not blank', ''), test('C not blank', 0)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('names what it cannot compare', () => {
    expect(test('S >= 30', 'n/a')).toBe('must be a number to compare with ">= 30", found "n/a"');
    expect(test('D < 01/04/2025', 'soon')).toBe(
      'must be a date to compare with "< 01/04/2025", found "soon"',
    );
  });
});
