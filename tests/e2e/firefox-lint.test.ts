import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFirefoxBuild } from '../e2e-firefox/firefox';

const ROOT = join(import.meta.dirname, '..', '..');

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: Message[];
  warnings: Message[];
}

/**
 * The warnings that are React's, not ours: react-dom's production build (react-dom-client.production.js, React 19)
 * assigns innerHTML where a component passes `dangerouslySetInnerHTML`, once in setProp and once in
 * setPropOnCustomElement. Both land in the side panel's chunk, whose name carries a content hash. No component of
 * ours passes it (Biome's noDangerouslySetInnerHtml fails the lint if one does), so neither assignment ever runs.
 */
const REACT_WARNINGS = [
  { file: 'chunks/sidepanel-<hash>.js', message: 'Unsafe assignment to innerHTML', in: 'setProp' },
  {
    file: 'chunks/sidepanel-<hash>.js',
    message: 'Unsafe assignment to innerHTML',
    in: 'setPropOnCustomElement',
  },
] as const;

const SIDE_PANEL_CHUNK = /^chunks\/sidepanel-[\w-]+\.js$/;

/** The code just before the flagged position: the statement that assigns, and what decides it. */
function codeBefore(warning: Message, build: string): string {
  if (!warning.file || !warning.line || !warning.column) return '';
  const line = readFileSync(join(build, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  return line.slice(Math.max(0, warning.column - 1 - 250), warning.column - 1);
}

/** Whether the warning points at react-dom's `dangerouslySetInnerHTML` setter (minified, so matched by its shape). */
function isReactsInnerHtmlSetter(warning: Message, build: string): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !SIDE_PANEL_CHUNK.test(warning.file ?? '')) return false;
  const before = codeBefore(warning, build);
  return before.includes('dangerouslySetInnerHTML') && /\?\.__html!==\w+&&\($/.test(before);
}

function lint(build: string): LintReport {
  let output: string;
  try {
    output = execFileSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', build, '--output', 'json', '--no-input'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
}

const describeMessage = (m: Message) =>
  `${m.code}: ${m.message} (${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''})`;

describe('the Firefox build', () => {
  it('passes Mozilla’s linter (web-ext lint) with no errors, and no warnings but React’s two', () => {
    const build = ensureFirefoxBuild('store');
    const report = lint(build);
    expect(report.errors.map(describeMessage)).toEqual([]);
    const ours = report.warnings.filter((w) => !isReactsInnerHtmlSetter(w, build));
    expect(ours.map(describeMessage)).toEqual([]);
    const react = report.warnings.filter((w) => isReactsInnerHtmlSetter(w, build));
    expect(
      react.map((w) => ({ file: w.file!.replace(/-[\w-]+\.js$/, '-<hash>.js'), message: w.message })),
    ).toEqual(REACT_WARNINGS.map(({ file, message }) => ({ file, message })));
  }, 120_000);
});
