import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { WorkbookSchema } from '../model/schema';
import { validWorkbook } from './arbitraries';
import type { Cell } from './cells';
import { fromTables, type WorkbookTables } from './from-tables';
import { importJson } from './json';
import { MAX_PROBLEMS_SHOWN, type ParseResult } from './result';
import {
  type ColumnSpec,
  DATA_COLUMNS,
  type DataTab,
  INDICATOR_COLUMNS,
  PAYMENT_COLUMNS,
  TAB,
  TOC_COLUMNS,
} from './tabs';
import { toTables } from './to-tables';

/*
 * Whatever a file or a sheet holds, both readers answer: they never throw, every problem names its place and is short
 * enough to read, a flood of problems is cut to the first hundred and a count, and a result is either a workbook that
 * passes the schema or a refusal the caller does not save.
 */

const MAX_MESSAGE = 400;
/** A path or a cell: a person reads it, so it is never a quoted megabyte either. */
const MAX_PLACE = 200;
const MAX_PROBLEMS = MAX_PROBLEMS_SHOWN + 1;

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 100)}… (${text.length} characters)` : text;
}

/** What is wrong with a reader's answer, each in a line short enough to read in a failed run; none when it is sound. */
function unsound(read: () => ParseResult): string[] {
  let result: ParseResult;
  try {
    result = read();
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  const faults: string[] = [];
  if (result.problems.length > MAX_PROBLEMS) faults.push(`${result.problems.length} problems`);
  for (const { place, message, severity } of result.problems) {
    if (!place?.trim()) faults.push(`no place for: ${shorten(message)}`);
    else if (place.length > MAX_PLACE)
      faults.push(`a place of ${place.length} characters: ${shorten(place)}`);
    if (message.length > MAX_MESSAGE)
      faults.push(`a message of ${message.length} characters: ${shorten(message)}`);
    if (severity !== 'error') faults.push(`a ${severity} among the reader's problems: ${shorten(message)}`);
  }
  if (result.ok) {
    if (result.problems.length > 0) faults.push('ok, with problems');
    const schema = WorkbookSchema.safeParse(result.workbook);
    if (!schema.success) {
      const issue = schema.error.issues[0]!;
      faults.push(`ok, but fails the schema at ${issue.path.join('.')}: ${issue.message}`);
    }
  } else if (result.problems.length === 0) {
    faults.push('refused without a problem');
  }
  return faults;
}

/** fc.assert, reporting the faults and a counterexample cut short: a hostile input can be megabytes long. */
function holds<T>(arbitrary: fc.Arbitrary<T>, read: (input: T) => ParseResult, numRuns: number): void {
  const details = fc.check(
    fc.property(arbitrary, (input) => {
      const faults = unsound(() => read(input));
      if (faults.length > 0) throw new Error(faults.slice(0, 5).join('\n'));
    }),
    { numRuns },
  );
  if (!details.failed) return;
  let shown: string;
  try {
    shown = fc.stringify(details.counterexample);
  } catch {
    shown = '(too deep to print; run again with the seed and path)';
  }
  throw new Error(
    `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n` +
      `counterexample (seed ${details.seed}, path ${details.counterexamplePath}): ${shown.slice(0, 600)}`,
  );
}

const huge = fc.constantFrom(10_000, 1_000_000).map((n) => 'é'.repeat(n));

const trickyText = fc.constantFrom(
  '',
  '   ',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '-0',
  '0x1F',
  '1_000',
  '2026-02-30',
  '2025-13-01',
  '0000-01-01',
  '9999-12-31',
  '10000-01-01',
  '31/02/2026',
  '29/02/2025',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u2028',
  '\ud800',
  '"',
  '\\',
  '<script>alert(1)</script>',
);

const hostileString = fc.oneof(
  { weight: 4, arbitrary: trickyText },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: huge },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, Number.NaN, Number.POSITIVE_INFINITY, -Infinity),
  fc.double(),
  fc.integer(),
);

const hostileKey = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'schemaVersion', 'id'),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: huge },
);

/** An object with these own keys, `__proto__` included: as JSON.parse makes it, not as a literal would. */
function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const hostileLeaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileLeaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(ownObject),
}));

/** A value nested `depth` levels deep, lists and objects in turn, each object's one key `key`. */
function nested(depth: number, key: string): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : ownObject([[key, value]]);
  return value;
}

const deep = fc
  .tuple(fc.integer({ min: 10, max: 50_000 }), hostileKey)
  .map(([depth, key]) => nested(depth, key));

const hostile = fc.oneof({ weight: 6, arbitrary: hostileValue }, { weight: 1, arbitrary: deep });

const COLLECTIONS = ['nodes', 'links', 'indicators', 'measurements', 'contracts'] as const;
const FIELDS = [
  'id',
  'level',
  'term',
  'statement',
  'from',
  'to',
  'outcome',
  'name',
  'unit',
  'direction',
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
  'indicator',
  'periodEnd',
  'value',
  'achieved',
  'outOf',
  'metrics',
  'price',
  'start',
  'end',
  'totalCap',
];

type Document = Record<string, unknown>;
type Mutation = (document: Document) => void;

function itemOf(document: Document, collection: string, index: number): Document | undefined {
  const list = document[collection];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const item = list[index % list.length];
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Document) : undefined;
}

function setOwn(target: Document, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const collection = fc.constantFrom(...COLLECTIONS);
const field = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIELDS) },
  { weight: 1, arbitrary: hostileKey },
);

/** A field of one item set to anything. */
const setField = (hostile: fc.Arbitrary<unknown>) =>
  fc.tuple(collection, fc.nat(40), field, hostile).map(([c, index, key, value]) => (document: Document) => {
    const item = itemOf(document, c, index);
    if (item) setOwn(item, key, value);
  });

/** A field of a contract's metric set to anything. */
const setMetricField = (hostile: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.nat(5), fc.nat(5), field, hostile)
    .map(([index, metric, key, value]) => (document: Document) => {
      const metrics = itemOf(document, 'contracts', index)?.metrics;
      if (Array.isArray(metrics) && metrics.length > 0) setOwn(metrics[metric % metrics.length], key, value);
    });

/** An item that is not an object: a list, a string, a number. */
const replaceItem = (hostile: fc.Arbitrary<unknown>) =>
  fc.tuple(collection, fc.nat(40), hostile).map(([c, index, value]) => (document: Document) => {
    const list = document[c];
    if (Array.isArray(list)) list[list.length ? index % list.length : 0] = value;
  });

/** A top-level key (a collection, the organisation, the version, or one no workbook has) set to anything. */
const setTopLevel = (hostile: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      fc.constantFrom(...COLLECTIONS, 'organisation', 'schemaVersion', '__proto__', 'constructor'),
      hostile,
    )
    .map(
      ([key, value]) =>
        (document: Document) =>
          setOwn(document, key, value),
    );

/** The same item twice, so that the consistency checks quote it. */
const duplicateItem = fc.tuple(collection, fc.nat(40)).map(([c, index]) => (document: Document) => {
  const item = itemOf(document, c, index);
  if (item) (document[c] as unknown[]).push(item);
});

/** 10,000 bad entries in one list. */
const floodItems = fc
  .tuple(collection, fc.oneof(trickyText, hostileNumber))
  .map(([c, value]) => (document: Document) => {
    const list = document[c];
    if (Array.isArray(list)) for (let n = 0; n < 10_000; n++) list.push({ id: value, indicator: value, n });
  });

/** One object with 10,000 keys it should not have. */
const floodKeys = fc.tuple(collection, fc.nat(40)).map(([c, index]) => (document: Document) => {
  const item = itemOf(document, c, index) ?? document;
  for (let n = 0; n < 10_000; n++) setOwn(item, `unknown${n}`, n);
});

/** The changes made to a valid document, setting values drawn from `hostile`; the costly floods the least often. */
const mutationOf = (hostile: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 4, arbitrary: setField(hostile) },
    { weight: 2, arbitrary: setMetricField(hostile) },
    { weight: 2, arbitrary: replaceItem(hostile) },
    { weight: 2, arbitrary: setTopLevel(hostile) },
    { weight: 2, arbitrary: duplicateItem },
    { weight: 1, arbitrary: floodItems },
    { weight: 1, arbitrary: floodKeys },
  );

/** A valid workbook, with a few hostile changes. */
function hostileDocument(values: fc.Arbitrary<unknown>): fc.Arbitrary<Document> {
  return fc
    .tuple(validWorkbook, fc.array(mutationOf(values), { minLength: 1, maxLength: 4 }))
    .map(([workbook, mutations]) => {
      const document = structuredClone(workbook) as unknown as Document;
      for (const mutate of mutations) mutate(document);
      return document;
    });
}

/** JSON text that JSON.stringify cannot write: numbers beyond a double, and negative zero. */
const NUMBER_TOKENS = [
  '1e400',
  '-1e400',
  '1E+999',
  '-0',
  '-0.0e-0',
  '0.0000000000000000000000000000001e-400',
];

/** The document as text, with one of its numbers (when it has one) written as one of NUMBER_TOKENS. */
function asText(document: unknown, which: number, token: string): string {
  const text = JSON.stringify(document) ?? 'undefined';
  let seen = 0;
  return text.replace(/(?<=[:,[])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=[,\]}])/g, (number) =>
    seen++ === which ? token : number,
  );
}

/** Text nested too deep for a recursive reader, in each way it can be. */
const deepText = fc
  .tuple(fc.integer({ min: 17, max: 200_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `{"schemaVersion":1,"organisation":${open.repeat(depth)}1${close.repeat(depth)}}`;
  });

describe('hostile JSON: importJson', () => {
  it('reads any JSON value handed to it, parsed', () => {
    holds(fc.oneof(fc.jsonValue(), hostileValue, deep), importJson, 300);
  }, 120_000);

  it('reads any text, JSON or not', () => {
    holds(
      fc.oneof(
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        deepText,
      ),
      importJson,
      300,
    );
  }, 120_000);

  it('reads a valid workbook with hostile changes, parsed', () => {
    holds(hostileDocument(hostile), importJson, 150);
  }, 120_000);

  it('reads a valid workbook with hostile changes, as text, numbers beyond a double included', () => {
    holds(
      fc
        // Written as text, a key of a megabyte nested thousands deep would be gigabytes: the deep text is its own case.
        .tuple(hostileDocument(hostileValue), fc.nat(200), fc.constantFrom(...NUMBER_TOKENS))
        .map(([document, which, token]) => asText(document, which, token)),
      importJson,
      150,
    );
  }, 120_000);
});

const IDS = ['O1', 'O2', 'A1', 'I1', 'I2', '__proto__', 'constructor', 'x'.repeat(5_000)] as const;

const date = (ms: number) => new Date(ms);
const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constantFrom<Cell>(null, undefined, ''),
  fc.date({ noInvalidDate: false }),
  // Year 0, year 10000, and a day before the Gregorian calendar began.
  fc.constantFrom(date(-62_198_755_200_000), date(253_402_300_800_000), date(-12_219_292_800_001)),
);

const idCell = fc.oneof(fc.constantFrom<Cell>(...IDS), hostileCell);
const numberCell = fc.oneof(
  hostileNumber,
  fc.constantFrom('1,200', '£3,000', '-£5', '62%', '1'.padEnd(401, '0'), `-${'9'.repeat(400)}`, 'tbc', '.5'),
  hostileCell,
);
const dateCell = fc.oneof(
  fc.constantFrom<Cell>(
    '2026-03-31',
    '31/03/2026',
    '03/31/2026',
    '29/02/2024',
    '31 March 2026',
    'March 31, 2026',
  ),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  hostileCell,
);
const choiceCell = (choices: readonly string[]) => fc.oneof(fc.constantFrom<Cell>(...choices), hostileCell);
const textCell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom<Cell>(...IDS), hostileCell);

const CELL_OF: Record<string, fc.Arbitrary<Cell>> = {
  id: idCell,
  outcome: idCell,
  indicator: idCell,
  leadsTo: fc.oneof(idCell, fc.constantFrom<Cell>('O1, O2', 'O1; __proto__', `${IDS.join(',')}`)),
  level: choiceCell(['Input', 'Activity', 'Output', 'Outcome', 'Impact', 'Goal']),
  term: choiceCell(['Short', 'medium', 'LONG']),
  unit: choiceCell(['Number', 'Percent', 'Score', 'Currency']),
  direction: choiceCell(['Increase', 'Decrease']),
  frequency: choiceCell(['Monthly', 'Quarterly', 'Termly', 'Annually']),
  contract: fc.oneof(fc.constantFrom<Cell>('A', 'B', '__proto__', 'y'.repeat(5_000)), hostileCell),
  baseline: numberCell,
  target: numberCell,
  value: numberCell,
  achieved: numberCell,
  outOf: numberCell,
  price: numberCell,
  cap: numberCell,
  totalCap: numberCell,
  baselineDate: dateCell,
  targetDate: dateCell,
  periodEnd: dateCell,
  start: dateCell,
  end: dateCell,
};

/** A tab: some of its columns in any order (a duplicate or a stranger among them), and rows of likely and hostile cells. */
function hostileTab(specs: readonly ColumnSpec[]): fc.Arbitrary<Cell[][]> {
  const header = fc.tuple(
    fc.shuffledSubarray([...specs], { minLength: 0 }),
    fc.array(fc.oneof(fc.constantFrom(...specs), hostileString), { maxLength: 2 }),
  );
  return header.chain(([known, extra]) => {
    const columns = [...known, ...extra];
    const headerRow = columns.map((c) => (typeof c === 'string' ? c : c.header));
    const cells = columns.map((c) => (typeof c === 'string' ? hostileCell : (CELL_OF[c.key] ?? textCell)));
    return fc.array(fc.tuple(...cells), { maxLength: 8 }).map((rows) => [headerRow, ...rows] as Cell[][]);
  });
}

/** A tab of 10,000 rows, each with a problem: the reader words a hundred and counts the rest. */
const floodedTab = fc
  .constantFrom<[string, Cell[]]>(
    [TAB.data, ['I1', '2026-02-30', 'tbc']],
    [TAB.toc, ['O1', 'Goal', '']],
    [TAB.indicators, ['I1', 'nowhere', 'Reach']],
  )
  .map(([tab, row]) => {
    const specs = { [TAB.data]: DATA_COLUMNS, [TAB.toc]: TOC_COLUMNS, [TAB.indicators]: INDICATOR_COLUMNS }[
      tab
    ]!;
    return { [tab]: [specs.map((s) => s.header), ...Array.from({ length: 10_000 }, () => [...row])] };
  });

const hostileTables: fc.Arbitrary<WorkbookTables> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .record({
        [TAB.toc]: hostileTab(TOC_COLUMNS),
        [TAB.indicators]: hostileTab(INDICATOR_COLUMNS),
        [TAB.data]: hostileTab(DATA_COLUMNS),
        [TAB.payments]: hostileTab(PAYMENT_COLUMNS),
      })
      .map((tables) => tables as WorkbookTables),
  },
  { weight: 1, arbitrary: floodedTab },
);

const DATA_TABS: readonly DataTab[] = [TAB.toc, TAB.indicators, TAB.data, TAB.payments];

/** One cell of a tab, anywhere in it or just beyond its last row and column, made hostile. */
const cellChange = fc
  .tuple(fc.constantFrom(...DATA_TABS), fc.nat(30), fc.nat(12), fc.oneof(numberCell, dateCell, hostileCell))
  .map(([tab, row, column, cell]) => (tables: Record<DataTab, Cell[][]>) => {
    const rows = tables[tab];
    const target = rows[1 + (row % rows.length)] ?? rows[rows.length - 1]!;
    target[column % (target.length + 1)] = cell;
  });

/** The tabs of a valid workbook as Set up lays them out, with a few cells changed: most of it reads, so the rest is judged. */
const nearlyValidTables = fc
  .tuple(validWorkbook, fc.array(cellChange, { minLength: 1, maxLength: 3 }))
  .map(([workbook, changes]) => {
    const tables = toTables(workbook);
    for (const change of changes) change(tables);
    return tables as WorkbookTables;
  });

describe('hostile sheet tables: fromTables', () => {
  it('reads any tabs of likely and hostile cells', () => {
    holds(hostileTables, (tables) => fromTables(tables), 500);
  }, 120_000);

  it('reads the tabs of a valid workbook with a few hostile cells', () => {
    holds(nearlyValidTables, (tables) => fromTables(tables), 500);
  }, 120_000);
});

/** The demo's tabs with cells of `tab` set, each by its row of data (1 the first) and the header of its column. */
function demoTablesWith(tab: DataTab, cells: readonly [number, string, Cell][]): WorkbookTables {
  const tables = toTables(demoWorkbook);
  const rows = tables[tab];
  for (const [row, header, cell] of cells) rows[row]![rows[0]!.indexOf(header)] = cell;
  return tables;
}

const longName = 'c'.repeat(5_000);
const demoText = () => structuredClone(demoWorkbook) as unknown as Document;

describe('inputs the properties found, kept as examples', () => {
  const unknownKeys = demoText();
  for (let n = 0; n < 10_000; n++) setOwn(unknownKeys, `unknown${n}`, n);
  const deepWithLongKeys = demoText();
  deepWithLongKeys.organisation = nested(40, 'k'.repeat(10_000));

  it.each<[string, () => ParseResult]>([
    ['a file with 10,000 keys it should not have', () => importJson(unknownKeys)],
    [
      'a version that is an object with a key a page long',
      () => importJson({ ...demoText(), schemaVersion: { ['v'.repeat(10_000)]: 1 } }),
    ],
    ['nesting through keys a page long', () => importJson(deepWithLongKeys)],
    [
      'a contract a page long named with two different start dates',
      () =>
        fromTables(
          demoTablesWith(TAB.payments, [
            [1, 'Contract', longName],
            [2, 'Contract', longName],
            [2, 'Contract start', '2020-01-01'],
          ]),
        ),
    ],
  ])('words %s briefly', (_, read) => {
    expect(unsound(read)).toEqual([]);
    expect(read().ok).toBe(false);
  });

  it('refuses an ID cell holding a date that is no day, rather than reading it as a blank ID', () => {
    const result = fromTables(demoTablesWith(TAB.toc, [[1, 'ID', new Date(253_402_300_800_000)]]));
    expect(unsound(() => result)).toEqual([]);
    expect(result.problems[0]?.message).toBe('ID must be text, found a date in the year 10000.');
  });

  it('refuses a number written with 400 digits, which Number reads as Infinity', () => {
    const result = fromTables(demoTablesWith(TAB.data, [[1, 'Value', '1'.padEnd(401, '0')]]));
    expect(unsound(() => result)).toEqual([]);
    expect(result.problems[0]?.message).toMatch(
      /^Value must be a number, found "1000.*\(it is too large to use\)\.$/,
    );
  });
});

describe('the property itself', () => {
  it('finds a fault in a result that breaks each rule', () => {
    const base = importJson(JSON.stringify({ nope: 1 }));
    const place = (p: string | undefined) => ({ ...base, problems: [{ ...base.problems[0]!, place: p }] });
    expect(unsound(() => place(''))).toHaveLength(1);
    expect(unsound(() => place('x'.repeat(MAX_PLACE + 1)))).toHaveLength(1);
    expect(
      unsound(() => ({ ...base, problems: [{ ...base.problems[0]!, message: 'm'.repeat(401) }] })),
    ).toHaveLength(1);
    expect(
      unsound(() => ({ ...base, problems: Array(MAX_PROBLEMS + 1).fill(base.problems[0]) })),
    ).toHaveLength(1);
    expect(unsound(() => ({ ...base, ok: false, problems: [] }))).toHaveLength(1);
    const unnamed = { ...base.workbook, organisation: { name: ' ' } };
    expect(unsound(() => ({ ...base, ok: true, problems: [], workbook: unnamed }))).toEqual([
      expect.stringMatching(/^ok, but fails the schema at organisation\.name/),
    ]);
    expect(
      unsound(() => {
        throw new RangeError('too deep');
      }),
    ).toEqual(['threw RangeError: too deep']);
  });
});
