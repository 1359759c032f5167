import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_CHECKS } from './toc/registry';

const root = join(import.meta.dirname, '..');
const ids = WORKBOOK_CHECKS.map((c) => c.id);

describe('check parity', () => {
  it('keeps the registry sorted by id, with no duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it.each(ids)('%s has a docs page, a file named by its id and a test', (id) => {
    const docs = join(root, 'docs/checks', `${id}.md`);
    expect(existsSync(docs), `docs/checks/${id}.md`).toBe(true);
    const page = readFileSync(docs, 'utf8');
    expect(page.startsWith(`# ${id}`), `docs/checks/${id}.md starts with its id`).toBe(true);
    for (const heading of ['## Why it matters', '## Weak', '## Strong', '## How to fix it']) {
      expect(page, `docs/checks/${id}.md has "${heading}"`).toContain(heading);
    }
    expect(existsSync(join(root, 'core/toc/checks', `${id}.ts`)), `core/toc/checks/${id}.ts`).toBe(true);
    expect(existsSync(join(root, 'core/toc/checks', `${id}.test.ts`)), `core/toc/checks/${id}.test.ts`).toBe(
      true,
    );
  });

  it('has no check file or docs page that the registry forgets', () => {
    const files = readdirSync(join(root, 'core/toc/checks'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
    const pages = readdirSync(join(root, 'docs/checks'))
      .filter((f) => f.startsWith('toc-'))
      .map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...ids].sort());
  });

  it('explains the internal-error finding too', () => {
    expect(existsSync(join(root, 'docs/checks/internal-error.md'))).toBe(true);
  });
});
