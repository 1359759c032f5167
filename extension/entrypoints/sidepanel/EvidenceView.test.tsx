// @vitest-environment happy-dom
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoWorkbook } from '../../../core/demo/workbook';
import { explainIndicator } from '../../../core/insight/explain';
import type { Workbook } from '../../../core/model/schema';
import { todayIso } from '../../../core/util/calendar';
import type { Report } from '../../messaging';
import { EvidenceView } from './EvidenceView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = { id: 7, url: 'https://portal.example/apply', title: 'Apply' };
const REPORT: Report = {
  url: TAB.url,
  fields: [
    {
      key: 'outcomes',
      label: 'What difference will your project make?',
      kind: 'outcomes',
      limit: null,
      words: 0,
      characters: 0,
      findings: [],
    },
  ],
};

let root: Root;
let container: HTMLElement;
let onStatus: ReturnType<typeof vi.fn<(text: string) => void>>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  onStatus = vi.fn<(text: string) => void>();
  sendMessage = vi.fn(async () => true);
  vi.stubGlobal('browser', { tabs: { sendMessage } });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

function show(workbook: Workbook, report?: Report): void {
  act(() => root.render(<EvidenceView workbook={workbook} tab={TAB} report={report} onStatus={onStatus} />));
}

/** The section a heading names, as a screen reader finds it. */
function sectionNamed(name: string): HTMLElement {
  const heading = [...container.querySelectorAll('h3')].find((h) => h.textContent === name);
  if (!heading) throw new Error(`no heading "${name}"`);
  const section = container.querySelector<HTMLElement>(`section[aria-labelledby="${heading.id}"]`);
  if (!section) throw new Error(`no section labelled "${name}"`);
  return section;
}

function button(within: HTMLElement, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function click(target: HTMLElement): Promise<void> {
  await act(async () => target.click());
}

describe('the Evidence view explains each indicator', () => {
  it('shows every indicator’s paragraph as core writes it for the day the checks use', () => {
    show(demoWorkbook);
    // The view lists the indicators of the Outcome and Impact steps.
    const steps = new Set(
      demoWorkbook.nodes.filter((n) => n.level === 'Outcome' || n.level === 'Impact').map((n) => n.id),
    );
    const shown = demoWorkbook.indicators.filter((i) => steps.has(i.outcome));
    expect(shown.map((i) => i.id)).toEqual(['I3', 'I4', 'I5', 'I6', 'I7']);
    for (const indicator of shown) {
      const { paragraph } = explainIndicator(demoWorkbook, indicator.id, { asOf: todayIso() });
      expect(sectionNamed(`${indicator.id} explained`).querySelector('p')?.textContent).toBe(paragraph);
    }
  });

  it('copies a paragraph and says so in the live status', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    show(demoWorkbook);
    const { paragraph } = explainIndicator(demoWorkbook, 'I5', { asOf: todayIso() });
    await click(button(sectionNamed('I5 explained'), 'Copy paragraph'));
    expect(writeText).toHaveBeenCalledWith(paragraph);
    expect(onStatus).toHaveBeenLastCalledWith('Copied the paragraph about I5.');
  });

  it('inserts a paragraph into the field chosen, through the page’s own insert path, and only then', async () => {
    show(demoWorkbook, REPORT);
    const insert = button(sectionNamed('I5 explained'), 'Insert paragraph');
    expect(insert.disabled).toBe(true);
    const select = container.querySelector<HTMLSelectElement>('#insert-target')!;
    await act(async () => {
      select.value = 'outcomes';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(insert.disabled).toBe(false);
    await click(insert);
    const { paragraph } = explainIndicator(demoWorkbook, 'I5', { asOf: todayIso() });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(TAB.id, {
      type: 'impact/apply-text',
      key: 'outcomes',
      text: paragraph,
      mode: 'insert',
    });
    expect(onStatus).toHaveBeenLastCalledWith('Inserted at the end of the field.');
  });

  it('says why an indicator has no paragraph in its place, and still explains the others', () => {
    const broken = structuredClone(demoWorkbook);
    const latest = broken.measurements.filter((m) => m.indicator === 'I4').at(-1)!;
    broken.measurements.push({ ...latest });
    show(broken);
    let reason = '';
    try {
      explainIndicator(broken, 'I4', { asOf: todayIso() });
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).not.toBe('');
    const section = sectionNamed('I4 explained');
    expect(section.querySelector('p')?.textContent).toBe(`No paragraph: ${reason}`);
    expect(section.querySelectorAll('button')).toHaveLength(0);
    // Said once: the citation's place does not repeat it.
    expect(container.textContent!.split(reason)).toHaveLength(2);
    const { paragraph } = explainIndicator(broken, 'I5', { asOf: todayIso() });
    expect(sectionNamed('I5 explained').querySelector('p')?.textContent).toBe(paragraph);
  });

  it('has no serious accessibility violations with the paragraphs shown', async () => {
    show(demoWorkbook, REPORT);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});
