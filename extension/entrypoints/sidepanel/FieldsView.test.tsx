// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding';
import type { Report, ReportedField } from '../../messaging';
import { FieldsView, progressLine } from './FieldsView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = { id: 7, url: 'https://portal.example/apply/step-3', title: 'Step 3' };
const CLASH: Finding = {
  checkId: 'inconsistent-numbers',
  severity: 'warning',
  message: 'Says 150 young people here, but 120 in the answer to "Who will benefit?".',
  docs: 'docs/checks/inconsistent-numbers.md',
};

const field = (key: string, label: string, over: Partial<ReportedField> = {}): ReportedField => ({
  key,
  label,
  kind: 'other',
  limit: null,
  words: 10,
  characters: 60,
  findings: [],
  ...over,
});

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

function show(report: Report): void {
  act(() =>
    root.render(
      <FieldsView tab={TAB} report={report} onChanged={async () => undefined} onStatus={() => undefined} />,
    ),
  );
}

describe('the Fields view', () => {
  it('lists this page, then each other page of the application under its title, with the progress line', () => {
    show({
      url: TAB.url,
      fields: [field('outcomes', 'What difference will you make?', { findings: [CLASH] })],
      otherPages: [
        {
          url: 'https://portal.example/apply/step-2',
          title: '',
          fields: [field('activities', 'What will you do?', { words: 0, characters: 0 })],
        },
        {
          url: 'https://portal.example/apply/step-1',
          title: 'Step 1: Who will benefit',
          fields: [
            field('who', 'Who will benefit?', { limit: { max: 5, unit: 'words' }, findings: [CLASH] }),
          ],
        },
      ],
    });
    expect(container.querySelector('.progress')?.textContent).toBe(
      'Answered 2 of 3 questions · 1 over its limit · no errors, 2 warnings, no notes',
    );
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    // A page without a title is headed by its address's path.
    expect(headings).toEqual(['This page', '/apply/step-2', 'Step 1: Who will benefit']);
    const pageOne = container.querySelector('section[aria-labelledby="page-1"]');
    expect(pageOne?.querySelector('h3')?.textContent).toBe('Who will benefit?');
    expect(pageOne?.textContent).toContain(CLASH.message);
    // Only this page's fields can be gone to or corrected: the others are not in the page.
    expect(pageOne?.querySelector('button, select')).toBeNull();
    expect(container.querySelectorAll('button')).toHaveLength(2);
  });

  it('heads the fields as before when the form has no other page', () => {
    show({ url: TAB.url, fields: [field('outcomes', 'What difference will you make?')] });
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'What difference will you make?',
    ]);
    expect(container.querySelector('section')).toBeNull();
  });

  it('says how far the application has got in words', () => {
    expect(
      progressLine({ answered: 1, total: 1, overLimit: 0, findings: { error: 1, warning: 0, info: 3 } }),
    ).toBe('Answered 1 of 1 question · 0 over their limit · 1 error, no warnings, 3 notes');
  });
});
