import { describe, expect, it } from 'vitest';
import type { Answer } from '../../core/checks/define';
import { AnswerEngine } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { checkWorkbook } from '../../core/checks/run-workbook';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import type { Workbook } from '../../core/model/schema';
import { fromTables } from '../../core/workbook/from-tables';
import { toTables } from '../../core/workbook/to-tables';
import { HOLDOUT_ANSWERS } from '../fixtures/answers/holdout';
import { LABELLED_ANSWERS, type LabelledAnswer } from '../fixtures/answers/labelled';
import { STRONG_PAGES } from '../fixtures/answers/strong';
import { OTHER_CAUSES_PAGES } from '../fixtures/answers/strong-other-causes';
import { WEAK_PAGES } from '../fixtures/answers/weak';
import { DEMO_ANSWERS } from '../fixtures/applications/demo-answers';
import { realisticApplication } from '../fixtures/applications/realistic-application';

/**
 * Every labelled, red-team and demo answer's findings, and the workbook checks' and reader's findings on the demo
 * workbook and broken copies of it, held byte for byte: a change of structure must not change what any user is told.
 * When a change of behaviour is meant, update the snapshot (`vitest -u`) and say why in the commit.
 */

type Page = { name: string; answers: Answer[] };

/** JSON with every object's keys sorted: what a finding says, not the order its fields were set in. */
function stable(value: unknown): string {
  return JSON.stringify(
    value,
    (_, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    1,
  );
}

const evidence = evidenceContext(demoWorkbook, DEMO_AS_OF);

function labelledPages(set: readonly LabelledAnswer[], prefix: string): Page[] {
  const pages = new Map<string, Answer[]>();
  for (const a of set) {
    const page = `${prefix}:${a.page ?? a.id}`;
    pages.set(page, [...(pages.get(page) ?? []), { key: a.id, text: a.text, question: a.question }]);
  }
  return [...pages].map(([name, answers]) => ({ name, answers }));
}

const PAGES: Page[] = [
  ...labelledPages(LABELLED_ANSWERS, 'labelled'),
  ...labelledPages(HOLDOUT_ANSWERS, 'holdout'),
  ...STRONG_PAGES.map((p) => ({ name: `strong:${p.name}`, answers: p.answers })),
  ...OTHER_CAUSES_PAGES.map((p) => ({ name: `other-causes:${p.name}`, answers: p.answers })),
  ...WEAK_PAGES.map((p) => ({
    name: `weak:${p.id}`,
    answers: p.cases.map((c) => ({
      key: c.key,
      text: c.text,
      question: { kind: c.kind, label: c.label, limit: c.limit ?? null },
    })),
  })),
  {
    name: 'demo',
    answers: Object.entries(DEMO_ANSWERS).map(([key, text]) => ({
      key,
      text,
      question: { kind: key as Answer['question']['kind'], label: key, limit: null },
    })),
  },
  { name: 'realistic-5k', answers: realisticApplication(5_000) },
];

function pageFindings(page: Page, withWorkbook: boolean): unknown {
  const engine = new AnswerEngine({ rules: ANSWER_RULES, ...(withWorkbook ? { evidence } : {}) });
  const findings = engine.updatePage(page.answers);
  return Object.fromEntries(page.answers.map((a) => [a.key, findings.get(a.key) ?? []]));
}

function broken(change: (w: Workbook) => void): Workbook {
  const copy = structuredClone(demoWorkbook);
  change(copy);
  return copy;
}

const WORKBOOKS: [string, Workbook][] = [
  ['demo', demoWorkbook],
  ['no links', broken((w) => (w.links = []))],
  ['a cycle', broken((w) => w.links.push({ from: w.links[w.links.length - 1]!.to, to: w.links[0]!.from }))],
  [
    'indicators without targets or terms',
    broken((w) => {
      for (const i of w.indicators) delete i.target;
      for (const n of w.nodes) delete n.term;
    }),
  ],
  ['outcomes without indicators', broken((w) => (w.indicators = w.indicators.slice(0, 2)))],
];

describe('findings snapshot', () => {
  it('answers: every set, with and without the demo workbook', async () => {
    const out: Record<string, unknown> = {};
    for (const page of PAGES) {
      out[`${page.name} (text only)`] = pageFindings(page, false);
      out[`${page.name} (with workbook)`] = pageFindings(page, true);
    }
    await expect(stable(out)).toMatchFileSnapshot('__snapshots__/answer-findings.json');
  });

  it('workbooks: the workbook checks, and the reader on sheet tables with bad cells', async () => {
    const out: Record<string, unknown> = {};
    for (const [name, workbook] of WORKBOOKS) {
      out[name] = checkWorkbook(workbook, { asOf: DEMO_AS_OF });
      out[`${name}, a year later`] = checkWorkbook(workbook, { asOf: '2027-10-31' });
    }
    const tables = toTables(demoWorkbook);
    for (const table of Object.values(tables)) {
      const rows = table as unknown[][];
      for (let r = 1; r < rows.length; r += 3) {
        const row = rows[r]!;
        for (let c = 0; c < row.length; c += 2) row[c] = c % 4 === 0 ? 'tbc' : '';
      }
    }
    const parsed = fromTables(tables, { organisation: demoWorkbook.organisation });
    // The reader's findings as they were recorded: checkId and docs are the same for every one of them.
    const problems = parsed.problems.map(({ severity, place, message, cell }) => ({
      severity,
      place,
      message,
      cell,
    }));
    out['reader on broken tables'] = { ok: parsed.ok, problems };
    out['checks on what the reader kept'] = checkWorkbook(parsed.workbook, {
      asOf: DEMO_AS_OF,
      locate: parsed.locate,
    });
    await expect(stable(out)).toMatchFileSnapshot('__snapshots__/workbook-findings.json');
  });
});
