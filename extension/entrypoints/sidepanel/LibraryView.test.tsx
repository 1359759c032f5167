// @vitest-environment happy-dom
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoWorkbook } from '../../../core/demo/workbook';
import type { LibraryEntry } from '../../../core/library/entry';
import { exportLibrary } from '../../../core/library/transfer';
import type { Workbook } from '../../../core/model/schema';
import { TEAM_LIBRARY_KEY } from '../../lib/library-store';
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

async function show(report?: Report, workbook?: Workbook): Promise<void> {
  await act(async () =>
    root.render(
      <LibraryView tab={TAB} report={report} workbook={workbook} lineBreak={1} onStatus={onStatus} />,
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

  it('merges the team’s answers from the linked sheet, marked as the team’s, with no Edit or Delete', async () => {
    const team: LibraryEntry = {
      ...OUTCOMES,
      id: 'team:2',
      text: 'Parents will feel more confident, and families will argue less.',
      savedAt: '2026-04-01',
      source: 'team',
    };
    const alreadyMine: LibraryEntry = { ...team, id: 'team:3', text: ` ${BUDGET.text.toUpperCase()} ` };
    data.set(TEAM_LIBRARY_KEY, [team, alreadyMine]);
    await show(REPORT);
    const library = section('Your library');
    const cards = [...library.querySelectorAll('li.library-entry')];
    expect(cards.map((c) => c.querySelector('pre')?.textContent)).toEqual([
      team.text,
      OUTCOMES.text,
      BUDGET.text,
    ]);
    expect(cards[0]!.querySelector('p.muted')?.textContent).toMatch(/^Team · outcomes · /);
    expect([...cards[0]!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Insert']);
    expect(cards[1]!.querySelector('p.muted')?.textContent).not.toMatch(/Team/);

    await choose(container.querySelector('#library-target')!, 'difference');
    const suggested = section('Suggested for this field');
    expect([...suggested.querySelectorAll('pre')].map((p) => p.textContent)).toEqual([
      team.text,
      OUTCOMES.text,
    ]);
    await act(async () => button(suggested.querySelector('li')!, 'Insert').click());
    expect(sendMessage).toHaveBeenCalledWith(TAB.id, expect.objectContaining({ text: team.text }));
  });

  describe('a suggestion citing a figure the workbook now reports differently', () => {
    // The demo workbook on 31 October 2026: its leavers in education, employment or training, pooled over the four
    // quarters to September 2026, are 57% (62 of 109); the four to June 2026 gave 56% (59 of 106).
    const OLD_FIGURE = entry(
      'old',
      'Our latest results: 56% (59 of 106) of leavers were in education, employment or training six months after leaving.',
      'What difference will you make for families?',
      'outcomes',
    );

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
      data.set(KEYS.library, [OLD_FIGURE]);
    });
    afterEach(() => vi.useRealTimers());

    it('says so on the card, with the current figure, before Insert', async () => {
      await show(REPORT, demoWorkbook);
      await choose(container.querySelector('#library-target')!, 'difference');
      const card = section('Suggested for this field').querySelector('li.library-entry')!;
      const stale = card.querySelector('[aria-label="Figures your workbook now reports differently"]');
      expect(stale?.textContent).toContain(
        '56% (59 of 106) was your figure for July 2025 – June 2026; the latest, for October 2025 – September 2026, is 57% (62 of 109, 95% CI 48–66%).',
      );
      expect(stale?.textContent).toContain('Current figure: 57% (62 of 109, 95% CI 48–66%)');
      const insert = button(card as HTMLElement, 'Insert');
      expect(stale!.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    it('says nothing of figures without a workbook, nor in the whole library’s list', async () => {
      await show(REPORT);
      await choose(container.querySelector('#library-target')!, 'difference');
      expect(container.querySelector('.library-stale')).toBeNull();
      await show(REPORT, demoWorkbook);
      expect(section('Suggested for this field').querySelectorAll('.library-stale')).toHaveLength(1);
      expect(section('Your library').querySelector('.library-stale')).toBeNull();
    });
  });
});
