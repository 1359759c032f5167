import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { demoWorkbook } from '../core/demo/workbook';
import type { DocumentedFormula, DocumentedParam } from './src/functions/define';
import { FORMULAS } from './src/functions/formulas';
import { tablesToWrite } from './src/sent-workbook';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const outDir = join(root, 'dist', 'sheets-addon');
const entry = join(here, 'src', 'index.ts');
/**
 * The bundle's one global, which every stub names: short, since it is written once per stub, and the project holds
 * no other script to clash with.
 */
const GLOBAL = 'IL';

/** An argument's type as Sheets' help writes it: a range is rows of cells. */
function jsDocType({ type, layout = 'cells' }: DocumentedParam): string {
  if (layout === 'one') return type.doc;
  const range = `Array<Array<${type.doc}>>`;
  return layout === 'cells' ? `${type.doc}|${range}` : range;
}

/** Words at most `width` characters a line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

/**
 * The JSDoc Sheets reads as a custom function's help: what autocomplete shows first, one line for each argument,
 * the result. Only the last arguments may be optional, as Sheets fills arguments in order.
 */
export function customFunctionDoc(formula: DocumentedFormula): string {
  const firstOptional = formula.params.findIndex((p) => p.optional);
  if (firstOptional >= 0 && formula.params.slice(firstOptional).some((p) => !p.optional)) {
    throw new Error(`${formula.name}: only the last arguments can be optional`);
  }
  const lines = [
    ...wrap(formula.description, 113),
    ...formula.params.map(
      (p) => `@param {${jsDocType(p)}} ${p.name} ${p.optional ? `Optional: ${p.help}` : p.help}`,
    ),
    `@return {${formula.returns.type}} ${formula.returns.help}`,
    '@customfunction',
  ];
  if (lines.some((l) => l.includes('*/'))) throw new Error(`${formula.name}: its help may not contain */`);
  return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;
}

const FORMULA_BY_NAME = new Map<string, DocumentedFormula>(FORMULAS.map((f) => [f.name, f]));

/**
 * The top-level function Apps Script sees for one export of the bundle. A custom function carries the JSDoc Sheets
 * shows as its help; menu, trigger and page entry points go out as bare one-liners, their comments staying in the
 * source rather than in the size budget.
 */
export function stub(name: string): string {
  const formula = FORMULA_BY_NAME.get(name);
  if (!formula) return `function ${name}(...args) { return ${GLOBAL}.${name}(...args); }\n`;
  const args = formula.params.map((p) => p.name).join(', ');
  return `${customFunctionDoc(formula)}\nfunction ${name}(${args}) {\n  return ${GLOBAL}.${name}(${args});\n}\n`;
}

/** The bundle's exports, found by running it as Apps Script would (a plain script): the globals it needs. */
export function exportsOf(bundle: string): string[] {
  const context = vm.createContext({});
  new vm.Script(bundle, { filename: 'Code.js' }).runInContext(context);
  const exported = (context as Record<string, Record<string, unknown>>)[GLOBAL] ?? {};
  const notFunctions = Object.keys(exported).filter((name) => typeof exported[name] !== 'function');
  if (notFunctions.length)
    throw new Error(`sheets-addon/src/index.ts exports more than functions: ${notFunctions.join(', ')}`);
  return Object.keys(exported);
}

/** Runs the bundle as Apps Script would (a plain script) and checks stubs and exports match one to one. */
export function verifyBundle(code: string, expected: string[]): void {
  const context = vm.createContext({});
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const exported = Object.keys((context as Record<string, Record<string, unknown>>)[GLOBAL] ?? {}).sort();
  const stubs = expected
    .filter((name) => typeof (context as Record<string, unknown>)[name] === 'function')
    .sort();
  const missingStub = exported.filter((n) => !stubs.includes(n));
  const missingExport = expected.filter((n) => !exported.includes(n));
  if (missingStub.length || missingExport.length || stubs.length !== expected.length) {
    throw new Error(
      `Code.js stubs and exports differ: exports without a stub: [${missingStub.join(', ')}]; stubs without an export: [${missingExport.join(', ')}]`,
    );
  }
}

const SCRIPT_MARKER = /<!-- script: ([^\s]+) -->/g;

/**
 * A page's own TypeScript, bundled by esbuild into one IIFE for the page: what a page computes with core stays out of
 * Code.js and its size budget. The path is from the page's folder. `</script` cannot appear in the bundle, or the
 * page would end the script there.
 */
async function pageScript(htmlDir: string, file: string, path: string): Promise<string> {
  const result = await build({
    entryPoints: [join(htmlDir, path)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  if (code.length === 0) throw new Error(`sheets-addon/html/${file}: ${path} bundles to nothing`);
  return `<script>\n${code}</script>`;
}

/**
 * The sidebar and dialogs, each one self-contained HTML file: the shared style inlined where a page says
 * <!-- style -->, the shared DOM helpers (_page.js) where it says <!-- page helpers -->, and each <!-- script: path/to/entry.ts --> replaced by that entry bundled (pageScript).
 */
async function writeHtmlPages(): Promise<void> {
  const htmlDir = join(here, 'html');
  const style = `<style>\n${readFileSync(join(htmlDir, '_style.css'), 'utf8')}</style>`;
  const helpers = `<script>\n${readFileSync(join(htmlDir, '_page.js'), 'utf8')}</script>`;
  for (const file of readdirSync(htmlDir).filter((f) => f.endsWith('.html'))) {
    let page = readFileSync(join(htmlDir, file), 'utf8');
    if (!page.includes('<!-- style -->'))
      throw new Error(`sheets-addon/html/${file} has no <!-- style --> marker`);
    for (const [marker, path] of [...page.matchAll(SCRIPT_MARKER)]) {
      const script = await pageScript(htmlDir, file, path!);
      page = page.replace(marker, () => script);
    }
    writeFileSync(
      join(outDir, file),
      page.replace('<!-- style -->', () => style).replace('<!-- page helpers -->', () => helpers),
    );
  }
}

export async function buildAddon(): Promise<{ code: string; bytes: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // Apps Script reads UTF-8 source; escaping every curly quote and dash as \uXXXX would only add bytes.
    charset: 'utf8',
    // Class fields as plain assignments in the constructor: lowered to ES2020 with define semantics, every field of
    // every object (an analysis per answer, ten thousand in one IMPACT_CHECK) went through a defineProperty helper.
    // No class here has a setter or a parent that could tell the two apart.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    inject: [join(here, 'src', 'builtins.ts')],
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]!.text;
  const names = exportsOf(bundle);
  const missing = FORMULAS.filter((f) => !names.includes(f.name)).map((f) => f.name);
  if (missing.length)
    throw new Error(`formulas defined but not exported by src/functions/index.ts: ${missing.join(', ')}`);
  const code = `// Impact Lens for Google Sheets. Built by sheets-addon/build.ts; do not edit.\n\n${names.map(stub).join('')}${bundle}`;
  verifyBundle(code, names);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  copyFileSync(join(here, 'appsscript.json'), join(outDir, 'appsscript.json'));
  await writeHtmlPages();
  // Data, not code: read with HtmlService when the user adds the demo, never parsed as script. The demo workbook's
  // tabs ready to write (as the Import page sends them), so that Code.js needs neither the JSON reader nor toTables.
  writeFileSync(
    join(outDir, 'DemoData.html'),
    JSON.stringify({ organisation: demoWorkbook.organisation.name, tables: tablesToWrite(demoWorkbook) }),
  );
  return { code, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bytes } = await buildAddon();
  console.log(`dist/sheets-addon/Code.js: ${(bytes / 1024).toFixed(1)} KB minified`);
}
