import { describe, expect, it } from 'vitest';
import { gvizError, gvizJson, SIGN_IN_PAGE } from '../../tests/fixtures/gviz/encode';
import { formatFinding } from '../checks/finding';
import { demoWorkbook } from '../demo/workbook';
import type { Cell } from './cells';
import { fromTables } from './from-tables';
import { type GvizAnswer, gvizUrl, isAnotherTab, readGvizAnswer } from './gviz';
import { TAB } from './tabs';
import { toTables } from './to-tables';

/** An answer as Google writes it, around `response`. */
const wrapped = (response: object) =>
  `/*O_o*/\ngoogle.visualization.Query.setResponse(${JSON.stringify(response)});`;

function tableOf(answer: GvizAnswer): Cell[][] {
  if (!answer.ok) throw new Error(`not a table: ${answer.problem.kind}`);
  return answer.table;
}

describe('gvizUrl', () => {
  it('asks for one tab as JSON with the first row as header', () => {
    expect(gvizUrl('https://docs.google.com', 'abc_123-X', 'Theory of change')).toBe(
      'https://docs.google.com/spreadsheets/d/abc_123-X/gviz/tq?tqx=out:json&headers=1&sheet=Theory%20of%20change',
    );
  });
});

describe('readGvizAnswer: tables', () => {
  it('reads the header from the labels and each value by its column type', () => {
    const answer = readGvizAnswer(
      wrapped({
        version: '0.6',
        reqId: '0',
        status: 'ok',
        sig: '1',
        table: {
          cols: [
            { id: 'A', label: 'Indicator', type: 'string' },
            { id: 'B', label: 'Period end', type: 'date', pattern: 'd/M/yyyy' },
            { id: 'C', label: 'Value', type: 'number' },
            { id: 'D', label: 'Done', type: 'boolean' },
            { id: 'E', label: 'Taken', type: 'datetime' },
            { id: 'F', label: 'At', type: 'timeofday' },
          ],
          rows: [
            {
              c: [
                { v: 'I1' },
                { v: 'Date(2026,8,30)', f: '30/09/2026' },
                { v: 0.62, f: '62%' },
                { v: true, f: 'TRUE' },
                { v: 'Date(2026,0,5,14,30,0)' },
                { v: [9, 15, 0, 0], f: '09:15:00' },
              ],
            },
            { c: [{ v: 'I2' }, null, { v: null }, null, null, null] },
          ],
          parsedNumHeaders: 1,
        },
      }),
    );
    expect(tableOf(answer)).toEqual([
      ['Indicator', 'Period end', 'Value', 'Done', 'Taken', 'At'],
      [
        'I1',
        new Date(2026, 8, 30),
        0.62,
        true,
        new Date(2026, 0, 5, 14, 30, 0),
        new Date(1899, 11, 30, 9, 15),
      ],
      ['I2', '', '', '', '', ''],
    ]);
  });

  it('reads the years 1 to 99 as written, not as 1901 to 1999', () => {
    const table = tableOf(
      readGvizAnswer(
        wrapped({
          status: 'ok',
          table: { cols: [{ label: 'Period end', type: 'date' }], rows: [{ c: [{ v: 'Date(26,2,31)' }] }] },
        }),
      ),
    );
    expect((table[1]![0] as Date).getFullYear()).toBe(26);
  });

  it('keeps each row where Sheets numbers it: without a header, and with rows merged into the labels', () => {
    const rows = [{ c: [{ v: 'ID' }] }, { c: [{ v: 'O1' }] }];
    const noHeader = wrapped({
      status: 'ok',
      table: { cols: [{ label: '', type: 'string' }], rows, parsedNumHeaders: 0 },
    });
    expect(tableOf(readGvizAnswer(noHeader))).toEqual([['ID'], ['O1']]);
    const twoHeaders = wrapped({
      status: 'ok',
      table: { cols: [{ label: 'ID x', type: 'string' }], rows: [{ c: [{ v: 'O1' }] }], parsedNumHeaders: 2 },
    });
    expect(tableOf(readGvizAnswer(twoHeaders))).toEqual([['ID x'], [''], ['O1']]);
  });

  it('reads an answer with warnings as its table, and an empty tab as no rows', () => {
    const warned = wrapped({
      status: 'warning',
      warnings: [{ reason: 'data_truncated' }],
      table: { cols: [{ label: 'ID', type: 'string' }], rows: [], parsedNumHeaders: 1 },
    });
    expect(tableOf(readGvizAnswer(warned))).toEqual([['ID']]);
    expect(tableOf(readGvizAnswer(wrapped({ status: 'ok', table: { cols: [], rows: [] } })))).toEqual([[]]);
  });

  it('gives the demo workbook back through the same reader as the add-on', () => {
    const tables = Object.fromEntries(
      Object.entries(toTables(demoWorkbook)).map(([tab, table]) => [
        tab,
        tableOf(readGvizAnswer(gvizJson(table))),
      ]),
    );
    const result = fromTables(tables, { organisation: demoWorkbook.organisation });
    expect(result.problems).toEqual([]);
    expect(result.workbook).toEqual(demoWorkbook);
  });

  it('lets the reader name the cell of a problem, as in the add-on', () => {
    const tables = toTables(demoWorkbook);
    const indicators = tables[TAB.indicators].map((row) => [...row]);
    indicators[2]![7] = 'tbc';
    // Google empties a cell whose type is not its column's: the reader is told the target is blank, not "tbc".
    const table = tableOf(readGvizAnswer(gvizJson(indicators)));
    expect(table[2]![7]).toBe('');
    indicators[2]![0] = '';
    const read = fromTables({ ...tables, [TAB.indicators]: tableOf(readGvizAnswer(gvizJson(indicators))) });
    expect(read.problems.map(formatFinding)).toContain('Indicators!A3: ID is missing.');
  });
});

describe('readGvizAnswer: problems', () => {
  const cases: [string, string, GvizAnswer][] = [
    ['a sign-in page', SIGN_IN_PAGE, { ok: false, problem: { kind: 'signed-out', detail: '' } }],
    [
      'user_not_authenticated',
      gvizError('user_not_authenticated', 'Sign in', 'Sign in to see this sheet'),
      { ok: false, problem: { kind: 'signed-out', detail: 'Sign in: Sign in to see this sheet' } },
    ],
    [
      'access_denied',
      gvizError('access_denied', 'Access denied', 'Access denied'),
      { ok: false, problem: { kind: 'no-permission', detail: 'Access denied: Access denied' } },
    ],
    [
      'an invalid sheet',
      gvizError('invalid_query', 'INVALID_QUERY', 'Invalid sheet name: Indicators'),
      {
        ok: false,
        problem: { kind: 'tab-missing', detail: 'INVALID_QUERY: Invalid sheet name: Indicators' },
      },
    ],
    [
      'another invalid query',
      gvizError('invalid_query', 'INVALID_QUERY', 'Column A does not exist'),
      { ok: false, problem: { kind: 'other', detail: 'INVALID_QUERY: Column A does not exist' } },
    ],
    [
      'an internal error',
      gvizError('internal_error', 'Internal error', 'Try again later'),
      { ok: false, problem: { kind: 'other', detail: 'Internal error: Try again later' } },
    ],
    [
      'an error without a reason',
      wrapped({ status: 'error', errors: [] }),
      { ok: false, problem: { kind: 'other', detail: 'no reason given' } },
    ],
    [
      'text that is not the protocol',
      'Service unavailable',
      { ok: false, problem: { kind: 'other', detail: 'the answer is not the data of a sheet' } },
    ],
    [
      'a call of something else before the object',
      'alert(1);f({"status":"ok"})',
      { ok: false, problem: { kind: 'other', detail: 'the answer is not the data of a sheet' } },
    ],
    [
      'JSON of another shape',
      wrapped({ status: 'fine' }),
      { ok: false, problem: { kind: 'other', detail: 'the answer is not the data of a sheet' } },
    ],
    [
      'broken JSON',
      'google.visualization.Query.setResponse({"status":});',
      { ok: false, problem: { kind: 'other', detail: 'the answer is not the data of a sheet' } },
    ],
  ];
  it.each(cases)('reads %s', (_, text, expected) => {
    expect(readGvizAnswer(text)).toEqual(expected);
  });
});

describe('isAnotherTab', () => {
  const tables = toTables(demoWorkbook);
  it('knows the first tab given for a tab that is not there', () => {
    expect(isAnotherTab(TAB.indicators, tables[TAB.toc])).toBe(true);
    expect(isAnotherTab(TAB.data, tables[TAB.toc])).toBe(true);
  });
  it('takes a tab that has its own columns, or that is no other tab, as the tab asked for', () => {
    expect(isAnotherTab(TAB.indicators, tables[TAB.indicators])).toBe(false);
    expect(isAnotherTab(TAB.toc, tables[TAB.toc])).toBe(false);
    expect(isAnotherTab(TAB.indicators, [['Name', 'Notes']])).toBe(false);
    expect(isAnotherTab(TAB.indicators, [])).toBe(false);
  });
});
