// The formula definitions (sheets-addon/src/functions): the functions Code.js exports are theirs, their stubs carry
// their help, and each one's example gives, through the built Code.js, what the example says.
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_KINDS } from '../../core/questions/types';
import { customFunctionDoc } from '../../sheets-addon/build';
import * as exported from '../../sheets-addon/src/functions';
import {
  type DocumentedFormula,
  documented,
  type FormulaDocs,
} from '../../sheets-addon/src/functions/define';
import { FORMULAS } from '../../sheets-addon/src/functions/formulas';
import { rateFormula } from '../../sheets-addon/src/functions/rate';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { builtCode, loadAddon } from './load-code';

let call: (name: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  call = (await loadAddon(new FakeSpreadsheet())).call;
});

/** Decimal places a number is written with: an example gives 0.569 for 0.5688... */
function decimalsOf(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

/** `actual` with each number rounded as the matching number of `written` is written. */
function roundedAs(actual: unknown, written: unknown): unknown {
  if (typeof actual === 'number' && typeof written === 'number') {
    return Number(actual.toFixed(decimalsOf(written)));
  }
  if (Array.isArray(actual) && Array.isArray(written)) return actual.map((a, i) => roundedAs(a, written[i]));
  return actual;
}

describe('the formula definitions', () => {
  it('are what Code.js exports, one function each, under their own names', () => {
    const functions = exported as Record<string, unknown>;
    expect(Object.keys(functions).sort()).toEqual(FORMULAS.map((f) => f.name).sort());
    for (const formula of FORMULAS) expect(functions[formula.name], formula.name).toBe(formula.run);
  });

  it('give Code.js one stub each, with the help written from the definition', async () => {
    const code = await builtCode();
    for (const formula of FORMULAS) {
      const params = formula.params.map((p) => p.name).join(', ');
      expect(code).toContain(`${customFunctionDoc(formula)}\nfunction ${formula.name}(${params}) {\n`);
    }
  });

  it.each(FORMULAS.map((f): [string, DocumentedFormula] => [f.name, f]))(
    '%s gives what its example says, through Code.js',
    (name, { example }) => {
      const answer = JSON.parse(JSON.stringify(call(name, ...example.args)));
      expect(roundedAs(answer, example.gives)).toEqual(example.gives);
    },
  );

  it('take their help from docs that name every parameter, and no other', () => {
    const docs = {
      description: 'A rate.',
      params: { achieved: 'How many did.', out_of: 'How many could have.', confidence: 'The level.' },
      returns: { type: 'number', help: 'The rate.' },
      example: { args: [1, 2], gives: 0.5 },
    } satisfies FormulaDocs<typeof rateFormula>;
    expect(documented(rateFormula, docs).params.map((p) => [p.name, p.help])).toEqual(
      Object.entries(docs.params),
    );
    // @ts-expect-error: confidence has no help
    const missing: FormulaDocs<typeof rateFormula> = { ...docs, params: { achieved: '', out_of: '' } };
    // @ts-expect-error: rate has no parameter called count
    const extra: FormulaDocs<typeof rateFormula> = { ...docs, params: { ...docs.params, count: '' } };
    expect([missing, extra]).toHaveLength(2);
  });

  it("give IMPACT_CHECK's question every kind it reads, in core's order", () => {
    const question = FORMULAS.find((f) => f.name === 'IMPACT_CHECK')!.params[1]!;
    expect(question.help).toContain(`a kind (${QUESTION_KINDS.join(', ')}).`);
  });

  it('leave their help out of Code.js, which loads for every formula call', async () => {
    const bundle = (await builtCode()).split('var IL=')[1]!;
    for (const { description, params, returns } of FORMULAS) {
      for (const help of [description, returns.help, ...params.map((p) => p.help)])
        expect(bundle, help).not.toContain(help);
    }
  });

  it('fail an example that does not hold', () => {
    const answer = call('IMPACT_PROGRESS', 28, 40, 38);
    expect(roundedAs(answer, 0.75)).not.toEqual(0.75);
  });
});
