// @vitest-environment happy-dom
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import { checkWorkbook } from '../../../core/checks/run-workbook';
import { indicator, tocWorkbook } from '../../../core/checks/workbook/test-workbooks';
import { demoWorkbook } from '../../../core/demo/workbook';
import type { Workbook } from '../../../core/model/schema';
import { addDays, formatLongDate, todayIso } from '../../../core/util/calendar';
import { fromTables } from '../../../core/workbook/from-tables';
import { jsonLocator } from '../../../core/workbook/places';
import { TAB } from '../../../core/workbook/tabs';
import { toTables } from '../../../core/workbook/to-tables';
import { packWorkbook, readStoredWorkbook } from '../../lib/stored-workbook';
import { countSummary, WorkbookHealth, type WorkbookOrigin } from './WorkbookHealth';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function show(workbook: Workbook, origin: WorkbookOrigin = {}): void {
  act(() => root.render(<WorkbookHealth workbook={workbook} {...origin} />));
}

/** Each finding listed, as a person reads it: its place and message, its check, and the severity it is listed under. */
function listed(): { severity: string; text: string; checkId: string }[] {
  return [...container.querySelectorAll<HTMLElement>('ul.findings')].flatMap((list) =>
    [...list.querySelectorAll<HTMLElement>(':scope > li')].map((item) => ({
      severity: list.getAttribute('aria-label') ?? '',
      text: item.querySelector('p')?.textContent ?? '',
      checkId: item.querySelector('code')?.textContent ?? '',
    })),
  );
}

const HEADING = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

function expected(findings: readonly Finding[]) {
  return findings.map((f) => ({
    severity: HEADING[f.severity],
    text: `${f.place}: ${f.message}`,
    checkId: f.checkId,
  }));
}

/** The demo workbook as read from a sheet whose rows are not where Set up would put them. */
function demoFromSheet() {
  const tables = toTables(demoWorkbook);
  const blankFirst = (rows: unknown[][]) => [rows[0]!, rows[0]!.map(() => ''), ...rows.slice(1)];
  const sheet = fromTables({
    ...tables,
    [TAB.toc]: blankFirst(tables[TAB.toc]),
    [TAB.indicators]: blankFirst(tables[TAB.indicators]),
  } as typeof tables);
  const stored = readStoredWorkbook(packWorkbook(sheet.workbook, { locate: sheet.locate }).text);
  return { sheet, stored };
}

/** A workbook every check passes today: a chain to an impact, and an indicator measured last week, on target. */
function healthyWorkbook(): Workbook {
  const today = todayIso();
  return tocWorkbook('A1 Activity > O1; O1 Outcome/Short > IM1; IM1 Impact', {
    indicators: [indicator('I1', 'O1', { targetDate: addDays(today, 365) })],
    measurements: [{ indicator: 'I1', periodEnd: addDays(today, -7), value: 20 }],
  });
}

describe('the workbook’s health in the Evidence view', () => {
  it('lists every workbook finding of an imported file, by severity, each with its path in the file', () => {
    show(demoWorkbook, { readAt: '2026-12-01T09:30:00.000Z' });
    const findings = checkWorkbook(demoWorkbook, { asOf: todayIso(), locate: jsonLocator });
    expect(findings.length).toBeGreaterThan(0);
    expect(listed()).toEqual(expected(findings));
    expect(container.querySelector('summary')?.textContent).toBe(
      `${countSummary(findings)}: show all ${findings.length}`,
    );
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(
      (['error', 'warning', 'info'] as const)
        .map((s) => ({ s, n: findings.filter((f) => f.severity === s).length }))
        .filter(({ n }) => n > 0)
        .map(({ s, n }) => `${HEADING[s]} (${n})`),
    );
  });

  it('names the cells of a workbook read from a sheet, as the sheet reader placed its items', () => {
    const { sheet, stored } = demoFromSheet();
    show(stored.workbook!, { readAt: stored.readAt, places: stored.places });
    const findings = checkWorkbook(sheet.workbook, { asOf: todayIso(), locate: sheet.locate });
    expect(findings.every((f) => f.cell)).toBe(true);
    expect(listed()).toEqual(expected(findings));
    // Not where Set up would have put them: the blank rows moved every item of those tabs down one.
    expect(listed().map((f) => f.text)).not.toEqual(
      expected(checkWorkbook(sheet.workbook)).map((f) => f.text),
    );
  });

  it('says as of when it judges, when the workbook was read and the latest period in its data', () => {
    show(demoWorkbook, { readAt: '2026-12-01T09:30:00.000Z' });
    const latest = demoWorkbook.measurements
      .map((m) => m.periodEnd)
      .sort()
      .at(-1)!;
    const asOf = container.querySelector('.health > p')?.textContent;
    expect(asOf).toContain(`As of ${formatLongDate(todayIso())}`);
    expect(asOf).toContain('read 1 Dec 2026');
    expect(asOf).toContain(`period ending ${formatLongDate(latest)}`);
  });

  it('says so when the workbook was kept by an earlier version, which did not record when it was read', () => {
    show(demoWorkbook);
    expect(container.querySelector('.health > p')?.textContent).toContain('is not recorded');
  });

  it('says there is no problem when every check passes', () => {
    show(healthyWorkbook());
    expect(listed()).toEqual([]);
    expect(container.querySelector('.health .ok')?.textContent).toBe('No problems found.');
  });

  it('shows each check’s page: what it looks for, why it matters and how to fix it', () => {
    show(demoWorkbook);
    const orphan = [...container.querySelectorAll('ul.findings > li')].find(
      (li) => li.querySelector('code')?.textContent === 'toc-orphan',
    )!;
    expect(orphan.querySelector('details summary')?.textContent).toBe('About toc-orphan');
    expect(orphan.querySelector('details')?.textContent).toContain('How to fix it');
    expect(orphan.querySelector('details')?.textContent).toContain(
      'For a loose step, write what leads to it',
    );
  });

  it('counts findings by severity, most severe first', () => {
    const finding = (severity: Finding['severity']): Finding => ({
      checkId: 'x',
      severity,
      message: '',
      docs: '',
    });
    expect(countSummary([])).toBe('No problems found.');
    expect(countSummary([finding('warning'), finding('info'), finding('error'), finding('warning')])).toBe(
      '1 error, 2 warnings, 1 note',
    );
  });

  it('has no serious accessibility violations, with its findings and a check’s page open', async () => {
    show(demoWorkbook, { readAt: '2026-12-01T09:30:00.000Z' });
    for (const details of container.querySelectorAll('details')) details.open = true;
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});
