import { describe, expect, it } from 'vitest';
import { describeCell, readChoice, readDate, readIdList, readNumber, readText } from './cells';

describe('readNumber', () => {
  it.each([
    [42, 42],
    [0, 0],
    [-3.5, -3.5],
    ['1,200', 1200],
    ['  17 ', 17],
    ['£3,000', 3000],
    ['$12.50', 12.5],
    ['€1,000,000', 1_000_000],
    ['-£40', -40],
    ['62%', 0.62],
    ['12.5%', 0.125],
    ['.5', 0.5],
  ])('reads %j as %j', (cell, value) => {
    const read = readNumber(cell);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toBeCloseTo(value, 12);
  });

  it.each([
    ['tbc'],
    ['n/a'],
    ['1,2'],
    ['12 people'],
    [''],
    [true],
    [new Date(2026, 0, 1)],
    [Number.NaN],
    [Infinity],
    ['1.2.3'],
    // Two signs are a typing slip, not a negative number.
    ['--5'],
    ['+-5'],
    ['-£-5'],
  ])('refuses %j', (cell) => {
    expect(readNumber(cell).ok).toBe(false);
  });
});

describe('readDate', () => {
  it.each([
    [new Date(2026, 2, 31), '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2026-3-1', '2026-03-01'],
    ['2026-03-31T00:00:00.000Z', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['1/4/2026', '2026-04-01'],
    ['03/04/2026', '2026-04-03'],
    ['31.03.2026', '2026-03-31'],
    ['31-03-2026', '2026-03-31'],
    ['29/02/2024', '2024-02-29'],
    ['31 March 2026', '2026-03-31'],
    ['1st Sept 2026', '2026-09-01'],
    ['March 31, 2026', '2026-03-31'],
  ])('reads %j as %s', (cell, iso) => {
    expect(readDate(cell)).toEqual({ ok: true, value: iso });
  });

  it('reads month first when told to', () => {
    expect(readDate('03/04/2026', 'mdy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(readDate('12/31/2026', 'mdy')).toEqual({ ok: true, value: '2026-12-31' });
  });

  it.each([
    ['31/02/2026', /February 2026 has no day 31/],
    ['29/02/2025', /February 2025 has no day 29/],
    ['12/31/2026', /read day\/month\/year, and 31 is not a month; did you mean 31\/12\/2026\?/],
    ['13/13/2026', /13 is not a month/],
    ['31/03/26', /write the year in full/],
    ['2026-02-30', /February 2026 has no day 30/],
    ['next March', /^$/],
    [45747, /plain number is not a date/],
    [new Date(Number.NaN), /invalid date/],
    ['', /^$/],
    [true, /^$/],
  ])('refuses %j with a reason', (cell, reason) => {
    const read = readDate(cell);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('readChoice', () => {
  it('ignores case and spacing', () => {
    expect(readChoice(' outcome ', ['Activity', 'Outcome'])).toEqual({ ok: true, value: 'Outcome' });
    expect(readChoice('ANNUALLY', ['Annually'])).toEqual({ ok: true, value: 'Annually' });
  });
  it('lists the choices when refusing', () => {
    expect(readChoice('Goal', ['Activity', 'Outcome'])).toEqual({
      ok: false,
      reason: 'choose one of Activity, Outcome',
    });
  });
});

describe('readIdList and readText', () => {
  it.each([
    ['O1, O2', ['O1', 'O2']],
    ['O1;O2 ; O3', ['O1', 'O2', 'O3']],
    ['O1\nO2', ['O1', 'O2']],
    [' , O1,,', ['O1']],
    ['', []],
    [7, ['7']],
  ])('splits %j', (cell, ids) => {
    expect(readIdList(cell)).toEqual(ids);
  });

  it('turns cells into trimmed text', () => {
    expect(readText('  hello ')).toBe('hello');
    expect(readText(12)).toBe('12');
    expect(readText(new Date(2026, 0, 2))).toBe('2026-01-02');
    expect(readText(null)).toBe('');
  });

  it('quotes cells back the way a person would recognise them', () => {
    expect(describeCell('tbc')).toBe('"tbc"');
    expect(describeCell(12)).toBe('12');
    expect(describeCell(false)).toBe('FALSE');
    expect(describeCell(new Date(2026, 2, 31))).toBe('31 March 2026');
    expect(describeCell('x'.repeat(100))).toMatch(/^"x{57}\.\.\."$/);
  });
});
