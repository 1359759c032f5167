/**
 * A small schema kit for the one document Impact Lens reads from outside: the workbook JSON. Schemas are values,
 * types are inferred from them, and validation collects every problem with its path, as zod does. Hand-written
 * because zod/mini was an eighth of the Apps Script bundle (which Sheets parses on every custom-function call) for
 * seven flat objects.
 */

export type Path = (string | number)[];

export type Issue =
  | { code: 'invalid_type'; path: Path; expected: string }
  | { code: 'invalid_value'; path: Path; values: readonly unknown[] }
  | { code: 'unrecognized_keys'; path: Path; keys: string[] }
  | { code: 'custom'; path: Path; message: string };

/** Reads `value` at `path`, pushing what is wrong onto `issues`; the result is only meaningful if none were. */
type Reader<T> = (value: unknown, path: Path, issues: Issue[]) => T;

export interface Schema<T> {
  readonly read: Reader<T>;
  readonly optional: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

export function safeParse<T>(schema: Schema<T>, value: unknown): SafeParseResult<T> {
  const issues: Issue[] = [];
  const data = schema.read(value, [], issues);
  return issues.length === 0 ? { success: true, data } : { success: false, issues };
}

function schema<T>(read: Reader<T>): Schema<T> {
  return { read, optional: false };
}

function typeChecked<T>(expected: string, is: (value: unknown) => value is T): Schema<T> {
  return schema((value, path, issues) => {
    if (!is(value)) issues.push({ code: 'invalid_type', path, expected });
    return value as T;
  });
}

export const string = (): Schema<string> => typeChecked('string', (v): v is string => typeof v === 'string');

/** A finite number: JSON has no NaN or Infinity, but a parsed object handed in directly might. */
export const number = (): Schema<number> =>
  typeChecked('number', (v): v is number => typeof v === 'number' && Number.isFinite(v));

/** The schema's values that also pass `test`; `message` says what a failing value must be. */
export function refine<T>(base: Schema<T>, test: (value: T) => boolean, message: string): Schema<T> {
  return schema((value, path, issues) => {
    const before = issues.length;
    const read = base.read(value, path, issues);
    // A value of the wrong type is reported once, as a type problem.
    if (issues.length === before && !test(read)) issues.push({ code: 'custom', path, message });
    return read;
  });
}

export function oneOf<const V extends readonly (string | number)[]>(values: V): Schema<V[number]> {
  return schema((value, path, issues) => {
    if (!values.includes(value as V[number])) issues.push({ code: 'invalid_value', path, values });
    return value as V[number];
  });
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return {
    read: (value, path, issues) => (value === undefined ? undefined : inner.read(value, path, issues)),
    optional: true,
  };
}

export function array<T>(element: Schema<T>): Schema<T[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ code: 'invalid_type', path, expected: 'array' });
      return [];
    }
    return value.map((item, index) => element.read(item, [...path, index], issues));
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: undefined extends Infer<S[K]> ? K : never;
}[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

function hasOwn(object: object, key: string): boolean {
  // Object.hasOwn is ES2022 and the add-on is built for ES2020 without polyfills: Apps Script is not promised it.
  // biome-ignore lint/suspicious/noPrototypeBuiltins: the ES2020 spelling of Object.hasOwn, on purpose.
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with exactly these keys (optional ones may be left out). Keys it does not know are one problem, named,
 * so that a typo such as `targetDtae` is caught rather than silently dropped. The result is a new object holding
 * only the known keys.
 */
export function strictObject<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return schema((value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ code: 'invalid_type', path, expected: 'object' });
      return {} as ObjectOf<S>;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key]!;
      const present = hasOwn(value, key);
      if (!present && field.optional) continue;
      const read = field.read(present ? value[key] : undefined, [...path, key], issues);
      if (read !== undefined) out[key] = read;
    }
    const unknown = Object.keys(value).filter((key) => !hasOwn(shape, key));
    if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', path, keys: unknown });
    return out as ObjectOf<S>;
  });
}
