import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { demoWorkbook } from '../demo/workbook';
import { IndicatorSchema, MeasurementSchema, NodeSchema, type TocNode, WorkbookSchema } from './schema';

/** Each issue as `path code`: what json.ts turns into a message. */
function issues(schema: z.ZodMiniType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.code}`);
}

const indicator = { id: 'I1', outcome: 'O1', name: 'Confidence', unit: 'Score', direction: 'Increase' };
const { name: _, ...indicatorWithoutName } = indicator;
const measurement = { indicator: 'I1', periodEnd: '2026-03-31', value: 3 };

describe('the workbook schema', () => {
  it('passes the demo workbook through unchanged', () => {
    expect(WorkbookSchema.parse(structuredClone(demoWorkbook))).toEqual(demoWorkbook);
  });

  it.each<[string, z.ZodMiniType, unknown, string[]]>([
    ['a blank ID', IndicatorSchema, { ...indicator, id: '  ' }, ['id custom']],
    ['a missing name', IndicatorSchema, indicatorWithoutName, ['name invalid_type']],
    ['a unit not in the list', IndicatorSchema, { ...indicator, unit: 'Kg' }, ['unit invalid_value']],
    ['a misspelt key', IndicatorSchema, { ...indicator, baseLine: 3 }, [' unrecognized_keys']],
    ['null for an optional figure', IndicatorSchema, { ...indicator, target: null }, ['target invalid_type']],
    [
      'a figure that is NaN',
      MeasurementSchema,
      { ...measurement, value: Number.NaN },
      ['value invalid_type'],
    ],
    ['an infinite figure', MeasurementSchema, { ...measurement, value: Infinity }, ['value invalid_type']],
    ['a negative count', MeasurementSchema, { ...measurement, achieved: -1, outOf: 4 }, ['achieved custom']],
    [
      'a day that does not exist',
      MeasurementSchema,
      { ...measurement, periodEnd: '2026-02-29' },
      ['periodEnd custom'],
    ],
    [
      'a date with a time',
      MeasurementSchema,
      { ...measurement, periodEnd: '2026-03-31T00:00' },
      ['periodEnd custom'],
    ],
    [
      'a number where a date belongs',
      MeasurementSchema,
      { ...measurement, periodEnd: 46112 },
      ['periodEnd invalid_type'],
    ],
  ])('refuses %s', (_, schema, value, expected) => {
    expect(issues(schema, value)).toEqual(expected);
  });

  it('collects every problem, in the order of the schema, rather than stopping at the first', () => {
    const document = {
      ...structuredClone(demoWorkbook),
      nodes: [
        { id: '', level: 'Goal', statement: 'x' },
        { level: 'Outcome', statement: 'y', extra: 1 },
      ],
    };
    expect(issues(WorkbookSchema, document)).toEqual([
      'nodes.0.id custom',
      'nodes.0.level invalid_value',
      'nodes.1.id invalid_type',
      'nodes.1 unrecognized_keys',
    ]);
  });

  it('does not let a "__proto__" key through to the result', () => {
    const value = JSON.parse(
      `{"id": "A1", "level": "Input", "statement": "Funding", "__proto__": {"polluted": true}}`,
    );
    expect(issues(NodeSchema, value)).toEqual([' unrecognized_keys']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('infers optional keys as optional, and leaves them out when they are not given', () => {
    const node: TocNode = { id: 'A1', level: 'Input', statement: 'Funding' };
    expect(Object.keys(NodeSchema.parse(node))).toEqual(['id', 'level', 'statement']);
  });
});
