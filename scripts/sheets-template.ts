/**
 * `npm run sheets:template`: makes (the first time) or updates (every time after) the template spreadsheet that
 * charity staff copy to get the add-on, with no command line: a copy of a spreadsheet carries its bound script, so
 * the Impact Lens menu comes with the copy. Run it after `npx clasp login`, as the Google account that is to own the
 * template. See docs/sheets-addon.md.
 *
 * The template's Apps Script project lives in its own folder (dist/sheets-template/, or SHEETS_TEMPLATE_DIR), with
 * its own `.clasp.json` that clasp writes: the `.clasp.json` at the top of the repository stays the developer's own
 * spreadsheet, for `npm run sheets:push`. CLASP names the clasp to run (a test's stand-in).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** The spreadsheet's name, and the script project's: a bound script's add-on menu takes the project's name. */
const TEMPLATE_TITLE = 'Impact Lens';
const CLASP_PROJECT = '.clasp.json';

interface TemplateOptions {
  /** The clasp executable. */
  clasp: string;
  /** The built add-on (`tsx sheets-addon/build.ts` writes it). */
  addonDir: string;
  /** Where the template's Apps Script project is kept between runs. */
  templateDir: string;
  log(line: string): void;
}

interface Template {
  spreadsheetId: string;
  scriptId: string;
  created: boolean;
}

const editUrl = (spreadsheetId: string) => `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
/** The link staff open: Google asks them to make their own copy, script included. */
const copyUrl = (spreadsheetId: string) => `https://docs.google.com/spreadsheets/d/${spreadsheetId}/copy`;

/** Runs clasp on the template's project (named explicitly, so that clasp never finds the developer's own). */
function clasp(options: TemplateOptions, args: string[]): string {
  const result = spawnSync(options.clasp, ['--project', options.templateDir, ...args], {
    cwd: options.templateDir,
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.stdout) options.log(result.stdout.trimEnd());
  if (result.error) throw new Error(`Could not run clasp (${options.clasp}): ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `clasp ${args[0]} failed (its message is above). If it says "No credentials found", sign in first with \`npx clasp login\`, as the account that is to own the template; if it asks for the Apps Script API, turn it on at https://script.google.com/home/usersettings.`,
    );
  }
  return result.stdout;
}

/**
 * The IDs in what clasp prints when it creates a bound script (create-script.js): "Created new document:
 * https://drive.google.com/open?id=<id>", then "Created new script: https://script.google.com/d/<id>/edit".
 */
function parseCreated(output: string): { spreadsheetId: string; scriptId: string } {
  const spreadsheetId = /Created new document: https:\/\/drive\.google\.com\/open\?id=([\w-]+)/.exec(
    output,
  )?.[1];
  const scriptId = /Created new script: https:\/\/script\.google\.com\/d\/([\w-]+)\/edit/.exec(output)?.[1];
  if (!spreadsheetId || !scriptId)
    throw new Error(`clasp created no spreadsheet that can be read from its output:\n${output}`);
  return { spreadsheetId, scriptId };
}

/** The template made before, from the `.clasp.json` clasp wrote then, or undefined the first time. */
function existingTemplate(templateDir: string): Omit<Template, 'created'> | undefined {
  const file = join(templateDir, CLASP_PROJECT);
  if (!existsSync(file)) return undefined;
  const project = JSON.parse(readFileSync(file, 'utf8')) as {
    scriptId?: string;
    parentId?: string | string[];
  };
  const spreadsheetId = Array.isArray(project.parentId) ? project.parentId[0] : project.parentId;
  if (!project.scriptId || !spreadsheetId) {
    throw new Error(
      `${file} names no script and spreadsheet (scriptId, parentId). Delete it to make a new template, or put the template's IDs back into it.`,
    );
  }
  return { spreadsheetId, scriptId: project.scriptId };
}

/**
 * Makes the template folder hold exactly the built add-on (and clasp's project file): clasp pulls a new project's
 * placeholder Code.js and manifest into it, and a page the add-on no longer has must not be pushed.
 */
function mirrorAddon(addonDir: string, templateDir: string): string[] {
  const files = readdirSync(addonDir).sort();
  for (const name of ['Code.js', 'appsscript.json']) {
    if (!files.includes(name)) throw new Error(`${addonDir} has no ${name}: build the add-on first.`);
  }
  for (const name of readdirSync(templateDir)) {
    if (name !== CLASP_PROJECT) rmSync(join(templateDir, name), { recursive: true, force: true });
  }
  for (const name of files) copyFileSync(join(addonDir, name), join(templateDir, name));
  return files;
}

function makeTemplate(options: TemplateOptions): Template {
  mkdirSync(options.templateDir, { recursive: true });
  let template = existingTemplate(options.templateDir);
  const created = template === undefined;
  if (!template) {
    const output = clasp(options, [
      'create-script',
      '--type',
      'sheets',
      '--title',
      TEMPLATE_TITLE,
      '--rootDir',
      '.',
    ]);
    template = parseCreated(output);
  }
  mirrorAddon(options.addonDir, options.templateDir);
  // --force: the add-on's manifest (its two scopes) replaces the new project's default one, which clasp otherwise
  // asks about, and without a terminal declines.
  clasp(options, ['push', '--force']);
  return { ...template, created };
}

/** What the template's owner does next, and the link to give to staff. */
function nextSteps(template: Template): string[] {
  const steps = template.created
    ? [
        `Made the template spreadsheet: ${editUrl(template.spreadsheetId)}`,
        'Once, as its owner: open it, choose Extensions → Impact Lens → Add demo data and allow what Google asks;',
        'then Share → General access → "Anyone with the link", as Viewer, so that staff can copy it.',
      ]
    : [
        `Updated the template's script: ${editUrl(template.spreadsheetId)}`,
        'Copies made before keep the script they were made with; after a change to the tabs, run',
        'Extensions → Impact Lens → Set up impact workbook in the template to repair them.',
      ];
  return [...steps, '', `The link for charity staff ("Make a copy"): ${copyUrl(template.spreadsheetId)}`];
}

function main(): void {
  const options: TemplateOptions = {
    clasp:
      process.env.CLASP ??
      join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp'),
    addonDir: join(ROOT, 'dist', 'sheets-addon'),
    templateDir: resolve(process.env.SHEETS_TEMPLATE_DIR ?? join(ROOT, 'dist', 'sheets-template')),
    log: (line) => console.log(line),
  };
  try {
    const template = makeTemplate(options);
    console.log(`\n${nextSteps(template).join('\n')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

main();
