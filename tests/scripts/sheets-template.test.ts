import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ADDON = join(ROOT, 'dist', 'sheets-addon');
const SPREADSHEET_ID = '1Qx7pS3vR0nT5kLm9ZbW2yHcJd4Ef6Gh8Ij0Kl2Mn4Op';
const SCRIPT_ID = '1wYz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr1St3Uv5Wx7Yz9Ab1Cd3Ef5Gh7Ij';
const COPY_LINK = `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/copy`;

interface Call {
  args: string[];
  cwd: string;
  pushed?: Record<string, string>;
}

let work: string;
let clasp: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'impact-lens-template-'));
  // Copied and made executable here, so that the test does not depend on how git kept the file's mode.
  clasp = join(work, 'clasp');
  copyFileSync(join(import.meta.dirname, 'clasp-stand-in.mjs'), clasp);
  chmodSync(clasp, 0o755);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run sheets:template` with the stand-in as clasp, keeping the template in `templateDir`. */
function sheetsTemplate(templateDir: string, fail?: string) {
  const log = join(work, `${templateDir.split('/').pop()}.calls.jsonl`);
  const result = spawnSync('npm', ['run', '--silent', 'sheets:template'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CLASP: clasp,
      SHEETS_TEMPLATE_DIR: templateDir,
      CLASP_STAND_IN_LOG: log,
      CLASP_STAND_IN_SPREADSHEET_ID: SPREADSHEET_ID,
      CLASP_STAND_IN_SCRIPT_ID: SCRIPT_ID,
      ...(fail ? { CLASP_STAND_IN_FAIL: fail } : {}),
    },
  });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Call)
    : [];
  rmSync(log, { force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file of the built add-on, by name, with the hash of its content. */
const builtAddon = () =>
  Object.fromEntries(readdirSync(ADDON).map((name) => [name, sha256(join(ADDON, name))]));

describe('npm run sheets:template, against a stand-in for clasp', () => {
  const template = () => join(work, 'template');

  it('the first time, creates a spreadsheet with a bound script, pushes the built add-on to it and prints the "Make a copy" link', () => {
    const run = sheetsTemplate(template());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.args)).toEqual([
      [
        '--project',
        template(),
        'create-script',
        '--type',
        'sheets',
        '--title',
        'Impact Lens',
        '--rootDir',
        '.',
      ],
      ['--project', template(), 'push', '--force'],
    ]);
    // In the template's folder, which `--rootDir .` names: never the repository's, the developer's own project.
    expect(run.calls.map((c) => c.cwd)).toEqual([realpathSync(template()), realpathSync(template())]);
    // What was pushed is the add-on as built, not the placeholder Code.js and manifest clasp pulls on creation.
    expect(run.calls[1]!.pushed).toEqual(builtAddon());
    expect(readdirSync(template()).sort()).toEqual(['.clasp.json', ...readdirSync(ADDON)].sort());
    expect(JSON.parse(readFileSync(join(template(), '.clasp.json'), 'utf8'))).toMatchObject({
      scriptId: SCRIPT_ID,
      parentId: SPREADSHEET_ID,
    });
    expect(run.stdout).toContain(
      `Made the template spreadsheet: https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit`,
    );
    expect(run.stdout).toContain('Extensions → Impact Lens → Add demo data');
    expect(run.stdout).toContain(`The link for charity staff ("Make a copy"): ${COPY_LINK}`);
  }, 120_000);

  it('after that, pushes to the same template and prints the same link, creating nothing', () => {
    const run = sheetsTemplate(template());
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.args)).toEqual([['--project', template(), 'push', '--force']]);
    expect(run.calls[0]!.pushed).toEqual(builtAddon());
    expect(run.stdout).toContain("Updated the template's script");
    expect(run.stdout).toContain(`The link for charity staff ("Make a copy"): ${COPY_LINK}`);
  }, 120_000);

  it('when clasp is not signed in, stops at once, says how to sign in and prints no link', () => {
    const run = sheetsTemplate(join(work, 'signed-out'), 'create-script');
    expect(run.status).toBe(1);
    expect(run.calls.map((c) => c.args[2])).toEqual(['create-script']);
    expect(run.stderr).toContain('No credentials found.');
    expect(run.stderr).toContain('npx clasp login');
    expect(run.stdout).not.toContain('docs.google.com');
  }, 120_000);
});
