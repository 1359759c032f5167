import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_RULES } from './checks/registry-answer';
import { WORKBOOK_RULES } from './checks/registry-workbook';

const root = join(import.meta.dirname, '..');
const workbookIds = WORKBOOK_RULES.map((c) => c.id);
const answerIds = ANSWER_RULES.map((c) => c.id);
const sources = [
  ['workbook', workbookIds, 'core/checks/workbook'],
  ['answer', answerIds, 'core/checks/answer'],
] as const;

describe('check parity', () => {
  it.each(sources)('keeps the %s check registry sorted by id, with no duplicates', (_, ids) => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('never gives an answer check and a workbook check the same id', () => {
    expect(workbookIds.filter((id) => answerIds.includes(id))).toEqual([]);
  });

  const every = sources.flatMap(([kind, ids, folder]) => ids.map((id) => [id, kind, folder] as const));

  it.each(every)(
    '%s (%s check) has a docs page, a file named by its id and a table test',
    (id, _, folder) => {
      const docs = join(root, 'docs/checks', `${id}.md`);
      expect(existsSync(docs), `docs/checks/${id}.md`).toBe(true);
      const page = readFileSync(docs, 'utf8');
      expect(page.startsWith(`# ${id}`), `docs/checks/${id}.md starts with its id`).toBe(true);
      for (const heading of ['## Why it matters', '## Weak', '## Strong', '## How to fix it']) {
        expect(page, `docs/checks/${id}.md has "${heading}"`).toContain(heading);
      }
      expect(existsSync(join(root, folder, `${id}.ts`)), `${folder}/${id}.ts`).toBe(true);
      const test = join(root, folder, `${id}.test.ts`);
      expect(existsSync(test), `${folder}/${id}.test.ts`).toBe(true);
      expect(readFileSync(test, 'utf8'), `${folder}/${id}.test.ts has a rule table`).toMatch(
        /\bruleTester\(rule, \{/,
      );
    },
  );

  it('has no docs page that no check owns, and lists every check in docs/checks/README.md', () => {
    const pages = readdirSync(join(root, 'docs/checks'))
      .filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'internal-error.md')
      .map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...workbookIds, ...answerIds].sort());
    const index = readFileSync(join(root, 'docs/checks/README.md'), 'utf8');
    for (const id of [...workbookIds, ...answerIds])
      expect(index, `README lists ${id}`).toContain(`(${id}.md)`);
  });

  it('has no check file in the check folders that a registry forgets', () => {
    // A check file is one whose default export is a defined check; helpers beside them are not checks.
    const isCheck = (source: string) => /export default defineRule\(/.test(source);
    for (const [, ids, folder] of sources) {
      const files = readdirSync(join(root, folder))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .filter((f) => isCheck(readFileSync(join(root, folder, f), 'utf8')))
        .map((f) => f.replace(/\.ts$/, ''));
      expect(files.sort(), folder).toEqual([...ids].sort());
    }
  });

  it('explains the internal-error finding too', () => {
    expect(existsSync(join(root, 'docs/checks/internal-error.md'))).toBe(true);
  });
});

describe('rule families', () => {
  it.each([...ANSWER_RULES, ...WORKBOOK_RULES].map((r) => [r.id, r.family] as const))(
    '%s sits in the folder of its family (%s)',
    (id, family) => {
      expect(existsSync(join(root, 'core/checks', family, `${id}.ts`))).toBe(true);
    },
  );
});

describe('single-answer registry', () => {
  it('lists as single-answer checks exactly the text checks that read one answer alone', async () => {
    const { SINGLE_ANSWER_RULES } = await import('./checks/registry-single');
    expect(SINGLE_ANSWER_RULES.map((c) => c.id)).toEqual(
      ANSWER_RULES.filter((c) => !c.needsEvidence && c.scope === 'answer').map((c) => c.id),
    );
  });
});
