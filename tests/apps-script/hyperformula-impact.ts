// The IMPACT_ formulas inside a real spreadsheet engine (HyperFormula, GPL v3), so that formulas written for the
// Dashboard and the other tabs can be evaluated in tests as Sheets would evaluate them. The plugin calls the SAME
// wrappers that Code.js exports (sheets-addon/src/functions) and hands them what Sheets hands a custom function:
// single cells as values, ranges as rows of cells, blanks as "", dates as Date objects. What the wrapper returns
// goes back as Sheets shows it: a value, a spilled array, or #ERROR! with the message of a thrown error.
import {
  ArraySize,
  CellError,
  type ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import {
  IMPACT_CHECK,
  IMPACT_CLAIMABLE,
  IMPACT_COMPARE,
  IMPACT_COMPLETENESS,
  IMPACT_FORECAST,
  IMPACT_PAYMENT,
  IMPACT_PROGRESS,
  IMPACT_RATE,
  IMPACT_SROI,
  IMPACT_STATUS,
  IMPACT_TREND,
} from '../../sheets-addon/src/functions';
import { FORMULAS } from '../../sheets-addon/src/functions/formulas';

/** The wrappers Code.js exports, by name; a formula added there and not here fails the type check below. */
const formulas = {
  IMPACT_PROGRESS,
  IMPACT_STATUS,
  IMPACT_RATE,
  IMPACT_COMPARE,
  IMPACT_TREND,
  IMPACT_FORECAST,
  IMPACT_PAYMENT,
  IMPACT_SROI,
  IMPACT_COMPLETENESS,
  IMPACT_CLAIMABLE,
  IMPACT_CHECK,
} satisfies Record<keyof typeof import('../../sheets-addon/src/functions'), unknown>;

type Formula = keyof typeof formulas;
type Size = { width: number; height: number };

/** The size of the result from the sizes of the arguments, before anything is evaluated (HyperFormula asks). */
type SizeOfResult = (args: Size[]) => Size;

/** Rows IMPACT_CHECK reserves below a single answer for its findings; HyperFormula sizes a spill before it runs. */
export const CHECK_ROWS = 10;

const one: Size = { width: 1, height: 1 };
const broadcast = (args: Size[]): Size => ({
  width: Math.max(1, ...args.map((a) => a.width)),
  height: Math.max(1, ...args.map((a) => a.height)),
});

const SIZES: Record<Formula, SizeOfResult> = {
  IMPACT_PROGRESS: broadcast,
  IMPACT_STATUS: broadcast,
  IMPACT_RATE: (args) => ({ width: 3, height: broadcast(args).height }),
  IMPACT_COMPARE: (args) => ({ width: 3, height: broadcast(args).height }),
  IMPACT_TREND: () => one,
  IMPACT_FORECAST: () => one,
  IMPACT_PAYMENT: () => one,
  IMPACT_SROI: () => ({ width: 2, height: 1 }),
  IMPACT_COMPLETENESS: () => one,
  IMPACT_CLAIMABLE: () => one,
  IMPACT_CHECK: (args) => {
    const cells = broadcast(args);
    return cells.width === 1 && cells.height === 1 ? { width: 1, height: CHECK_ROWS } : cells;
  },
};

interface RichNumber {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(value: unknown): value is RichNumber {
  return (
    typeof value === 'object' && value !== null && typeof (value as RichNumber).getDetailedType === 'function'
  );
}

/** HyperFormula day numbers count from 30 December 1899, as Sheets' do; a Date at local midnight, as Sheets passes. */
function dateFromSerial(serial: number): Date {
  return new Date(1899, 11, 30 + Math.floor(serial));
}

class ErrorInArgument {
  constructor(readonly error: CellError) {}
}

/** One cell as Sheets gives it to a custom function. */
function sheetsCell(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) throw new ErrorInArgument(value);
  if (isRichNumber(value)) {
    const type = value.getDetailedType();
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' ? dateFromSerial(value.val) : value.val;
  }
  return value;
}

/** An argument as Sheets gives it: a range as rows of cells, a cell as its value, a missing argument as undefined. */
function sheetsArgument(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(sheetsCell));
  return sheetsCell(value);
}

/** What the wrapper returned, fitted to the size HyperFormula reserved (a smaller result leaves blanks). */
function engineResult(result: unknown, size: Size): unknown {
  if (!Array.isArray(result)) return result;
  let rows = (result as unknown[][]).map((row) => row.slice(0, size.width));
  if (rows.length > size.height) {
    const more = rows.length - size.height + 1;
    rows = [...rows.slice(0, size.height - 1), [`… and ${more} more`]];
  }
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]);
  return size.width === 1 && size.height === 1 ? padded[0]![0] : SimpleRangeValue.onlyValues(padded as never);
}

// biome-ignore lint/suspicious/noExplicitAny: HyperFormula passes its own AST and interpreter state through.
type Ast = any;

class ImpactPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    FORMULAS.map(({ name, params }) => [
      name,
      {
        method: `run_${name}`,
        sizeOfResultArrayMethod: `size_${name}`,
        parameters: params.map((param) => ({
          argumentType: FunctionArgumentType.ANY,
          passSubtype: true,
          optionalArg: param.optional ?? false,
        })),
      },
    ]),
  );

  predictedSize(name: Formula, ast: Ast, state: Ast): Size {
    const args: Size[] = ast.args.map((arg: Ast) => {
      const size = this.arraySizeForAst(arg, state);
      return { width: size.width, height: size.height };
    });
    return SIZES[name](args);
  }
}

for (const name of Object.keys(SIZES) as Formula[]) {
  const proto = ImpactPlugin.prototype as unknown as Record<string, unknown>;
  proto[`size_${name}`] = function (this: ImpactPlugin, ast: Ast, state: Ast) {
    const { width, height } = this.predictedSize(name, ast, state);
    return new ArraySize(width, height);
  };
  proto[`run_${name}`] = function (
    this: ImpactPlugin & { runFunction: Ast; metadata: Ast },
    ast: Ast,
    state: Ast,
  ) {
    const size = this.predictedSize(name, ast, state);
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      try {
        const fn = formulas[name] as (...a: unknown[]) => unknown;
        return engineResult(fn(...args.map(sheetsArgument)), size);
      } catch (error) {
        if (error instanceof ErrorInArgument) return error.error;
        return new CellError(ErrorType.ERROR, error instanceof Error ? error.message : String(error));
      }
    });
  };
}

let registered = false;

/** Registers the IMPACT_ formulas with HyperFormula once (their names in the engine's default language, enGB). */
export function registerImpactFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(SIZES).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(ImpactPlugin, { enGB: names });
  registered = true;
}

export type SheetCell = string | number | boolean | Date | null;

/**
 * A HyperFormula engine with the IMPACT_ formulas, built from sheets of cells (formulas as "=..." text). Dates may
 * be Date objects or ISO text (2026-03-31); numbers are kept to full precision (no smart rounding), so that results
 * can be compared with the wrappers' own.
 */
export function createEngineWithImpactFunctions(
  sheets: Record<string, SheetCell[][]>,
  config: Partial<ConfigParams> = {},
): HyperFormula {
  registerImpactFunctions();
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    smartRounding: false,
    dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY'],
    ...config,
  });
}
