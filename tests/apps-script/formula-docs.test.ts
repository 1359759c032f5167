// What users read about the formulas (docs/formulas.md, and the add-on's own Formulas help page) against the
// formula definitions: every formula documented, with its parameters in order, and no formula documented that
// does not exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentedFormula } from '../../sheets-addon/src/functions/define';
import { FORMULAS } from '../../sheets-addon/src/functions/formulas';

const root = join(import.meta.dirname, '..', '..');
const page = readFileSync(join(root, 'docs', 'formulas.md'), 'utf8');
const helpPage = readFileSync(join(root, 'sheets-addon', 'html', 'Help.html'), 'utf8');
const byName = new Map<string, DocumentedFormula>(FORMULAS.map((f) => [f.name, f]));

/** A formula's signature as the docs write it: optional parameters in brackets. */
function signature(formula: DocumentedFormula): string {
  const params = formula.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${formula.name}(${params.join(', ')})`;
}

/** The text of each `## IMPACT_...` section of the page, by formula name. */
function sections(): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of page.split(/^(?=## )/m)) {
    const name = /^## (IMPACT_\w+):/.exec(part)?.[1];
    if (name) found.set(name, part);
  }
  return found;
}

/** The arguments of a call that starts at `open` (just after its parenthesis), split at top-level commas. */
function argumentsAt(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')' && depth-- === 0) return [...args, current.trim()].filter(Boolean);
    if (!quoted && ch === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  throw new Error(`an unclosed call at ${text.slice(open - 20, open + 40)}`);
}

describe('docs/formulas.md', () => {
  it('has one section for each formula, and none for a formula that is not defined', () => {
    expect([...sections().keys()].sort()).toEqual(FORMULAS.map((f) => f.name).sort());
  });

  it("gives each formula's parameters in its section's signature, in order, the optional ones in brackets", () => {
    for (const [name, section] of sections()) {
      const first = /`=(IMPACT_\w+\([^`]*\))`/.exec(section)?.[1];
      expect(first, name).toBe(signature(byName.get(name)!));
    }
  });

  it('names no formula that is not defined, and calls each with as many arguments as it takes', () => {
    for (const m of page.matchAll(/\bIMPACT_[A-Z_]+\b/g)) expect(byName.has(m[0]), m[0]).toBe(true);
    const calls = [...page.matchAll(/=(IMPACT_\w+)\(/g)];
    expect(calls.length).toBeGreaterThan(20);
    for (const m of calls) {
      const { params } = byName.get(m[1]!)!;
      const count = argumentsAt(page, m.index + m[0].length).length;
      const required = params.filter((p) => !p.optional).length;
      expect(count, page.slice(m.index, m.index + 80)).toBeGreaterThanOrEqual(required);
      expect(count, page.slice(m.index, m.index + 80)).toBeLessThanOrEqual(params.length);
    }
  });

  it('says which argument leaves a row blank, as each definition has it', () => {
    const table = page.slice(page.indexOf('### Blank rows stay blank'));
    const said = new Map<string, string>();
    for (const row of table.matchAll(/^\| (IMPACT_[\w, ]+?) +\| [^|`]*`(\w+)`/gm)) {
      for (const name of row[1]!.split(', ')) said.set(name, row[2]!);
    }
    const defined = FORMULAS.filter((f) => f.blankWhile !== null).map((f) => [f.name, f.blankWhile]);
    expect([...said].sort()).toEqual(defined.sort());
  });
});

describe("the add-on's Formulas help page", () => {
  it('lists every formula with its parameters in order, and no other', () => {
    const listed = [...helpPage.matchAll(/<dt>(IMPACT_\w+\([^<]*\))<\/dt>/g)].map((m) => m[1]);
    expect(listed).toEqual(FORMULAS.map(signature));
  });
});
