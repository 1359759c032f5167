import { describe, expect, it } from 'vitest';
import { formatFinding } from '../checks/finding';
import { demoWorkbook } from '../demo/workbook';
import { exportJson, importJson } from './json';

const demo = () => JSON.parse(exportJson(demoWorkbook));

describe('JSON import and export', () => {
  it('exports readable JSON that imports back to the same workbook', () => {
    const text = exportJson(demoWorkbook);
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    const result = importJson(text);
    expect(result.ok).toBe(true);
    expect(result.workbook).toEqual(demoWorkbook);
  });

  // biome-ignore lint/suspicious/noExplicitAny: the tests corrupt parsed JSON of any shape on purpose.
  it.each<[string, (doc: Record<string, any>) => unknown, string[]]>([
    [
      'a target that is text',
      (d) => {
        d.indicators[3].target = 'tbc';
      },
      ['indicators[3].target: must be a number, found "tbc"'],
    ],
    [
      'an impossible date',
      (d) => {
        d.measurements[0].periodEnd = '2025-02-30';
      },
      ['measurements[0].periodEnd: must be a date written YYYY-MM-DD (a real day), found "2025-02-30"'],
    ],
    [
      'a level that does not exist',
      (d) => {
        d.nodes[2].level = 'Goal';
      },
      ['nodes[2].level: must be "Input" or "Activity" or "Output" or "Outcome" or "Impact", found "Goal"'],
    ],
    [
      'a missing statement',
      (d) => {
        delete d.nodes[0].statement;
      },
      ['nodes[0].statement: is missing (expected a string)'],
    ],
    [
      'a misspelt key',
      (d) => {
        d.indicators[0].baseLine = d.indicators[0].baseline;
      },
      ['indicators[0]: has keys Impact Lens does not know: baseLine'],
    ],
    [
      'a negative price',
      (d) => {
        d.contracts[0].metrics[1].price = -5;
      },
      ['contracts[0].metrics[1].price: must not be negative, found -5'],
    ],
    [
      'a blank statement',
      (d) => {
        d.nodes[0].statement = '  ';
      },
      ['nodes[0].statement: must not be empty, found "  "'],
    ],
    [
      'null for an optional figure',
      (d) => {
        d.indicators[0].baseline = null;
      },
      ['indicators[0].baseline: must be a number, found null'],
    ],
    [
      'a missing list',
      (d) => {
        delete d.links;
      },
      ['links: is missing (expected a list)'],
    ],
    [
      'a missing organisation',
      (d) => {
        delete d.organisation;
      },
      ['organisation: is missing (expected an object)'],
    ],
    [
      'a key the document does not have',
      (d) => {
        d.notes = 'draft';
      },
      ['(the whole document): has keys Impact Lens does not know: notes'],
    ],
    [
      'a measurement for an unknown indicator',
      (d) => {
        d.measurements[2].indicator = 'I99';
      },
      [
        'measurements[2].indicator: Indicator "I99" is not an ID on the Indicators tab; add the indicator there or correct the ID.',
      ],
    ],
    [
      'a duplicate node ID',
      (d) => {
        d.nodes[1].id = 'A1';
      },
      [
        'nodes[1].id: ID "A1" is used twice: it is also at nodes[0].id. Give each row its own ID.',
        // The renamed node's links still say A2, which no longer exists.
        'links[1].from: "A2" is not an ID in the theory of change.',
        'links[2].from: "A2" is not an ID in the theory of change.',
      ],
    ],
    [
      'a link to nowhere',
      (d) => {
        d.links[0].to = 'Z9';
      },
      ['links[0].to: Leads to "Z9", but no row of the theory of change has that ID.'],
    ],
  ])('names the path of %s', (_, mutate, expected) => {
    const doc = demo();
    mutate(doc);
    const result = importJson(doc);
    expect(result.problems.map(formatFinding)).toEqual(expected);
    expect(result.ok).toBe(false);
  });

  it.each([
    ['text that is not JSON', '{"schemaVersion": 1,', /^JSON: This is not valid JSON \(/],
    ['a list instead of a workbook', '[1, 2]', /^JSON: Expected an Impact Lens workbook/],
    ['no schema version', '{"nodes": []}', /^schemaVersion: schemaVersion is missing/],
    [
      'a newer schema version',
      '{"schemaVersion": 2}',
      /^schemaVersion: schemaVersion 2 was written by a newer Impact Lens/,
    ],
    [
      'a nonsense schema version',
      '{"schemaVersion": "one"}',
      /^schemaVersion: schemaVersion must be a whole number/,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    const result = importJson(text);
    expect(result.ok).toBe(false);
    expect(formatFinding(result.problems[0]!)).toMatch(message);
  });

  it('tells each problem as a data-error finding naming its path, with no cell to select', () => {
    const doc = demo();
    doc.indicators[3].target = 'tbc';
    expect(importJson(doc).problems).toEqual([
      {
        checkId: 'data-error',
        severity: 'error',
        message: 'must be a number, found "tbc"',
        place: 'indicators[3].target',
        docs: 'docs/workbook.md',
      },
    ]);
  });

  describe('hostile files', () => {
    it('quotes a huge value short', () => {
      const doc = demo();
      doc.indicators[0].target = 'x'.repeat(1_000_000);
      const [problem] = importJson(doc).problems;
      expect(formatFinding(problem!)).toBe(
        `indicators[0].target: must be a number, found "${'x'.repeat(57)}..."`,
      );
    });

    it('names a number too large to store rather than calling it null', () => {
      const text = exportJson(demoWorkbook).replace('"value": 31', '"value": 1e400');
      expect(text).toContain('1e400');
      expect(importJson(text).problems.map(formatFinding)).toEqual([
        expect.stringMatching(
          /^measurements\[\d+\]\.value: must be a number, found a number too large to use$/,
        ),
      ]);
    });

    it('names a list or an object by what it is, not by its whole text', () => {
      const doc = demo();
      doc.indicators[0].target = [1, 2, 3];
      doc.indicators[1].target = { value: 3 };
      expect(importJson(doc).problems.map(formatFinding)).toEqual([
        'indicators[0].target: must be a number, found a list of 3 items',
        'indicators[1].target: must be a number, found an object',
      ]);
    });

    it('refuses a document nested thousands deep by naming where, without overflowing the stack', () => {
      const text = exportJson(demoWorkbook).replace(
        /"nodes": \[/,
        `"nodes": [${'['.repeat(5000)}${']'.repeat(5000)},`,
      );
      const problems = importJson(text).problems.map(formatFinding);
      expect(problems).toEqual([
        expect.stringMatching(/^nodes(\[0\]){15}: is nested more than 16 levels deep/),
      ]);
    });

    it('words the first hundred problems and counts the rest', () => {
      const doc = demo();
      doc.measurements = Array.from({ length: 100_000 }, () => ({ indicator: 'I1', periodEnd: 'tbc' }));
      const { ok, problems } = importJson(doc);
      expect(ok).toBe(false);
      expect(problems).toHaveLength(101);
      expect(formatFinding(problems[100]!)).toBe(
        'and more: 99,900 more problems like these: fix the ones above, then check again.',
      );
    });
  });
});
