// @vitest-environment happy-dom
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../core/library/entry';
import { exportLibrary } from '../../../core/library/transfer';
import { KEYS } from '../../lib/settings';
import type { Report } from '../../messaging';
import { LibraryView } from './LibraryView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = { id: 7, url: 'https://portal.example/apply', title: 'Apply' };
const REPORT: Report = {
  url: TAB.url,
  fields: [
    {
      key: 'difference',
      label: 'What difference will your work make to families?',
      kind: 'outcomes',
      limit: { max: 8, unit: 'words' },
      words: 0,
      characters: 0,
      findings: [],
    },
  ],
};

const entry = (
  id: string,
  text: string,
  label: string,
  kind: LibraryEntry['question']['kind'],
): LibraryEntry => ({
  id,
  text,
  question: { label, help: '', kind, limit: null },
  funder: 'Northern Trust',
  portal: 'apply.fund.org',
  savedAt: '2026-03-01T10:00:00.000Z',
  figures: [],
  source: 'mine',
});
const OUTCOMES = entry(
  'a',
  'Families will eat together more often, and children will sleep better.',
  'What difference will you make for families?',
  'outcomes',
);
const BUDGET = entry('b', 'Staff costs.', 'Explain your budget', 'budget');

let root: Root;
let container: HTMLElement;
let data: Map<string, unknown>;
let onStatus: ReturnType<typeof vi.fn<(text: string) => void>>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  onStatus = vi.fn<(text: string) => void>();
  sendMessage = vi.fn(async () => true);
  data = new Map<string, unknown>([[KEYS.library, [OUTCOMES, BUDGET]]]);
  const local = {
    get: async (keys: string[]) =>
      Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, data.get(k)])),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
  vi.stubGlobal('browser', {
    tabs: { sendMessage },
    storage: { local, onChanged: { addListener: () => undefined, removeListener: () => undefined } },
  });
  vi.stubGlobal('confirm', () => true);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function show(report?: Report): Promise<void> {
  await act(async () =>
    root.render(
      <LibraryView tab={TAB} report={report} workbook={undefined} lineBreak={1} onStatus={onStatus} />,
    ),
  );
}

function section(headingText: string): HTMLElement {
  const heading = [...container.querySelectorAll('h2')].find((h) => h.textContent === headingText);
  const found = heading && container.querySelector<HTMLElement>(`section[aria-labelledby="${heading.id}"]`);
  if (!found) throw new Error(`no section "${headingText}"`);
  return found;
}

function button(within: HTMLElement, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Sets a control's value as typing does: through the element's own setter, which React's change tracking sees. */
async function choose(
  control: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement,
  value: string,
): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set;
  await act(async () => {
    setter?.call(control, value);
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

describe('the Library view', () => {
  it('suggests answers for the field chosen, with each one’s length against its limit, and inserts one', async () => {
    await show(REPORT);
    await choose(container.querySelector('#library-target')!, 'difference');
    const suggested = section('Suggested for this field');
    expect([...suggested.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      OUTCOMES.question.label,
    ]);
    expect(suggested.querySelector('.length.over')?.textContent).toBe('11 of 8 words: 3 over');
    await act(async () => button(suggested, 'Insert').click());
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(TAB.id, {
      type: 'impact/apply-text',
      key: 'difference',
      text: OUTCOMES.text,
      mode: 'insert',
    });
    expect(onStatus).toHaveBeenLastCalledWith(`Inserted into "${REPORT.fields[0]!.label}".`);
  });

  it('searches, edits and deletes', async () => {
    await show();
    const library = () => section('Your library');
    await choose(container.querySelector('#library-search')!, 'staff');
    expect([...library().querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Explain your budget']);
    await act(async () => button(library(), 'Edit').click());
    await choose(library().querySelector('textarea')!, 'Staff costs and rent.');
    await act(async () => button(library(), 'Save changes').click());
    expect((data.get(KEYS.library) as LibraryEntry[]).find((e) => e.id === 'b')?.text).toBe(
      'Staff costs and rent.',
    );
    await act(async () => button(library(), 'Delete').click());
    expect((data.get(KEYS.library) as LibraryEntry[]).map((e) => e.id)).toEqual(['a']);
  });

  it('imports a valid file, and lists every problem of one that is not without taking any of it', async () => {
    await show();
    const input = container.querySelector<HTMLInputElement>('#library-import')!;
    const pick = async (text: string) => {
      const file = new File([text], 'library.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
      await act(async () => new Promise((r) => setTimeout(r, 0)));
    };
    await pick(exportLibrary([{ ...OUTCOMES, id: 'c' }]));
    expect(onStatus).toHaveBeenLastCalledWith('Imported 1 answer (1 new).');
    await pick(exportLibrary([{ ...OUTCOMES, id: 'd', text: '' }]));
    expect(onStatus).toHaveBeenLastCalledWith('Nothing imported: library.json has problems (listed below).');
    expect(container.querySelector('[aria-label="Problems in the library file"]')?.textContent).toContain(
      'entries[0].text: must not be empty',
    );
    expect((data.get(KEYS.library) as LibraryEntry[]).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('has no serious accessibility problems', async () => {
    await show(REPORT);
    await choose(container.querySelector('#library-target')!, 'difference');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});
