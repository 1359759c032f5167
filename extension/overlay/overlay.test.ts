// @vitest-environment happy-dom
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, SAVE_SAID, type SaveOutcome, SHORTCUT } from './overlay';

function setUp(mode: ShadowRootMode = 'open') {
  document.body.innerHTML = `
    <form><label for="a">What difference will it make?</label><textarea id="a"></textarea>
    <label for="b">Budget</label><textarea id="b"></textarea><button type="submit">Send</button></form>`;
  const controller = new AbortController();
  const openSidePanel = vi.fn();
  const saveToLibrary = vi.fn(async (_key: string): Promise<SaveOutcome> => 'saved');
  const overlay = new Overlay(document, { openSidePanel, saveToLibrary }, controller.signal, mode);
  const a = document.getElementById('a') as HTMLTextAreaElement;
  const b = document.getElementById('b') as HTMLTextAreaElement;
  overlay.update([
    {
      key: 'a',
      label: 'What difference will it make?',
      element: a,
      findings: [
        {
          checkId: 'vague-outcome',
          severity: 'warning',
          message: '"empower" cannot be checked.',
          suggestion: 'Say what people will be able to do.',
        },
        { checkId: 'over-limit', severity: 'error', message: '312 words: 62 over the limit.' },
      ],
    },
    { key: 'b', label: 'Budget', element: b, findings: [] },
  ]);
  const hosts = document.querySelectorAll('impact-lens-overlay');
  const host = hosts[hosts.length - 1] as HTMLElement;
  return { overlay, controller, openSidePanel, saveToLibrary, a, b, host, root: host.shadowRoot };
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll('impact-lens-overlay')) el.remove();
});

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('.popover button')].find(
    (b) => b.textContent === name,
  );
  if (!found) throw new Error(`no button "${name}" in the popover`);
  return found;
}

/** Alt+Shift+I as the browser dispatches a person's key press: trusted (happy-dom makes every event untrusted). */
function shortcutPressed(init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    altKey: true,
    shiftKey: true,
    code: SHORTCUT.code,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('the overlay', () => {
  it('draws one badge per field with the count in words and the worst severity, out of the tab order', () => {
    const { root } = setUp();
    const badges = [...root!.querySelectorAll('button.badge')] as HTMLButtonElement[];
    expect(badges).toHaveLength(2);
    expect(badges[0]!.className).toBe('badge error');
    expect(badges[0]!.textContent).toBe('2issues'); // a warning and an error: mixed, so not "2 error"
    expect(badges[0]!.getAttribute('aria-label')).toContain(
      '2 findings in "What difference will it make?", the worst an error',
    );
    expect(badges[1]!.getAttribute('aria-label')).toBe('Impact Lens: no issues in "Budget"');
    for (const badge of badges) expect(badge.tabIndex).toBe(-1);
    expect(badges[0]!.querySelector('svg')).not.toBeNull(); // a shape as well as a colour
  });

  it.each([
    [['warning', 'warning'], 'badge warning', '2warnings'],
    [['info'], 'badge info', '1note'],
    [['error'], 'badge error', '1error'],
    [['warning', 'info', 'info'], 'badge warning', '3issues'],
  ] as const)('names %j on the badge as %s "%s"', (severities, className, text) => {
    const { overlay, a, root } = setUp();
    overlay.update([
      {
        key: 'a',
        label: 'What difference will it make?',
        element: a,
        findings: severities.map((severity) => ({ checkId: 'vague-outcome', severity, message: 'm' })),
      },
    ]);
    const badge = root!.querySelector('button.badge')!;
    expect(badge.className).toBe(className);
    expect(badge.textContent).toBe(text);
  });

  it('is out of the page flow and isolated: a closed shadow root the page cannot open', () => {
    const { host } = setUp('closed');
    expect(host.shadowRoot).toBeNull();
    expect(host.style.position).toBe('absolute');
    expect(host.style.width).toBe('0px');
  });

  it('opens with the shortcut from the field, moves focus into it, and Escape returns focus to the field', () => {
    const { a, root } = setUp();
    a.focus();
    a.dispatchEvent(shortcutPressed());
    const popover = root!.querySelector('[role="dialog"]') as HTMLElement;
    expect(popover).not.toBeNull();
    expect(popover.textContent).toContain('"empower" cannot be checked.');
    expect(popover.textContent).toContain('Try: Say what people will be able to do.');
    expect(root!.activeElement?.textContent).toBe('Open side panel');
    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root!.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(a);
  });

  it('ignores an Alt+Shift+I that a script of the page makes, and leaves the event to the page', () => {
    const { a, root } = setUp();
    a.focus();
    const event = new KeyboardEvent('keydown', {
      altKey: true,
      shiftKey: true,
      code: SHORTCUT.code,
      bubbles: true,
      cancelable: true,
    });
    a.dispatchEvent(event);
    expect(root!.querySelector('[role="dialog"]')).toBeNull();
    expect(event.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(a);
  });

  it('redraws only the badge whose findings changed, and leaves a badge that shows the same alone', async () => {
    const { overlay, root } = setUp();
    // The badges are placed in the next frame; what is redrawn is counted after that.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const r of records) changed.add((r.target as Element).closest?.('.badge') ?? r.target);
    });
    observer.observe(root!, { subtree: true, childList: true, attributes: true, characterData: true });
    overlay.setFindings('b', [{ checkId: 'near-limit', severity: 'info', message: 'Near the limit.' }]);
    overlay.setFindings('a', [
      { checkId: 'vague-outcome', severity: 'warning', message: 'Other words, same look.' },
      { checkId: 'over-limit', severity: 'error', message: '312 words: 62 over the limit.' },
    ]);
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    const badges = [...root!.querySelectorAll('button.badge')];
    expect([...changed]).toEqual([badges[1]]);
    expect(badges[1]!.textContent).toBe('1note');
  });

  it('asks for the side panel from the popover', () => {
    const { overlay, root, openSidePanel } = setUp();
    overlay.openFor('a');
    (root!.querySelector('.popover button.primary') as HTMLButtonElement).click();
    expect(openSidePanel).toHaveBeenCalledOnce();
  });

  it('saves the field’s answer to the library from the popover, confirming in the popover with its own words', async () => {
    const { overlay, root, saveToLibrary } = setUp();
    overlay.openFor('a');
    const said = () => root!.querySelector('.popover [role="status"]')?.textContent;
    expect(said()).toBe('');
    const save = button(root!, 'Save to library');
    save.focus();
    save.click();
    save.click(); // a second press while the first save is under way saves nothing more
    await vi.waitFor(() => expect(said()).toBe('Saved to your library.'));
    expect(saveToLibrary).toHaveBeenCalledExactlyOnceWith('a');
    expect(root!.activeElement).toBe(save);

    // Drawn again for new findings, the popover keeps its confirmation.
    overlay.setFindings('a', []);
    expect(said()).toBe('Saved to your library.');
    // Another field's popover starts without one.
    overlay.openFor('b');
    expect(said()).toBe('');
  });

  it.each([
    ['empty', SAVE_SAID.empty],
    ['failed', SAVE_SAID.failed],
  ] as const)('says so in the popover when the save comes to "%s"', async (outcome, text) => {
    const { overlay, root, saveToLibrary } = setUp();
    saveToLibrary.mockResolvedValueOnce(outcome);
    overlay.openFor('b');
    button(root!, 'Save to library').click();
    await vi.waitFor(() => expect(root!.querySelector('.popover [role="status"]')?.textContent).toBe(text));
  });

  it('says a save failed when the extension cannot be reached, and nothing into a popover closed meanwhile', async () => {
    const { overlay, root, saveToLibrary } = setUp();
    saveToLibrary.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    overlay.openFor('a');
    button(root!, 'Save to library').click();
    await vi.waitFor(() =>
      expect(root!.querySelector('.popover [role="status"]')?.textContent).toBe(SAVE_SAID.failed),
    );
    let finish: (outcome: SaveOutcome) => void = () => undefined;
    saveToLibrary.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    overlay.openFor('b');
    button(root!, 'Save to library').click();
    button(root!, 'Close').click();
    overlay.openFor('b');
    finish('saved');
    await new Promise((resolve) => setTimeout(resolve));
    expect(root!.querySelector('.popover [role="status"]')?.textContent).toBe('');
  });

  it('puts text as text: a finding cannot inject markup into the page', () => {
    const { overlay, a, root } = setUp();
    overlay.update([
      {
        key: 'a',
        label: '<b>x</b>',
        element: a,
        findings: [{ checkId: 'x', severity: 'info', message: '<img src=x onerror=alert(1)>' }],
      },
    ]);
    overlay.openFor('a');
    expect(root!.querySelector('img')).toBeNull();
  });

  it('removes everything when the content script goes away', () => {
    const { controller } = setUp();
    controller.abort();
    expect(document.querySelector('impact-lens-overlay')).toBeNull();
  });

  it('keeps only its notice when Impact Lens is cut off from the page, until a fresh copy takes over', () => {
    const { overlay, controller, root } = setUp();
    overlay.openFor('a');
    overlay.retire({ title: 'Impact Lens has stopped on this page', text: 'Reload the page.' });
    controller.abort();
    expect(root!.querySelectorAll('.badge, .popover')).toHaveLength(0);
    expect(root!.querySelector('[role="alert"]')?.textContent).toContain('Impact Lens has stopped');
    expect(document.querySelectorAll('impact-lens-overlay')).toHaveLength(1);
    new Overlay(
      document,
      { openSidePanel: () => undefined, saveToLibrary: async () => 'saved' },
      new AbortController().signal,
    );
    expect(document.querySelectorAll('impact-lens-overlay')).toHaveLength(1);
    expect(document.querySelector('impact-lens-overlay')!.shadowRoot).toBeNull();
  });

  it('shows a notice as an alert that takes no clicks and no focus, and takes it away again', () => {
    const { overlay, root, a } = setUp();
    a.focus();
    overlay.notice({
      title: 'Impact Lens could not save your draft',
      text: 'Your text is still in the form.',
    });
    const notice = root!.querySelector('.notice') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toBe('Impact Lens could not save your draftYour text is still in the form.');
    expect(notice.querySelector('button, [tabindex]')).toBeNull();
    expect(document.activeElement).toBe(a);
    overlay.notice({ title: 'Again', text: 'One notice at a time.' });
    expect(root!.querySelectorAll('.notice')).toHaveLength(1);
    overlay.notice(undefined);
    expect(root!.querySelector('.notice')).toBeNull();
  });

  it('has no serious accessibility violations with the popover and a notice open (audited through an open root)', async () => {
    const { overlay } = setUp();
    overlay.openFor('a');
    overlay.notice({
      title: 'Impact Lens could not save your draft',
      text: 'Your text is still in the form.',
    });
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});

describe('the overlay keeps the keyboard where it is', () => {
  it('does not throw focus out of the popover when the page is re-checked with the same findings', () => {
    const { overlay, root, a } = setUp();
    overlay.openFor('a');
    const close = button(root!, 'Close');
    close.focus();
    overlay.update([
      {
        key: 'a',
        label: 'What difference will it make?',
        element: a,
        findings: [
          {
            checkId: 'vague-outcome',
            severity: 'warning',
            message: '"empower" cannot be checked.',
            suggestion: 'Say what people will be able to do.',
          },
          { checkId: 'over-limit', severity: 'error', message: '312 words: 62 over the limit.' },
        ],
      },
    ]);
    expect(root!.activeElement).toBe(close);
  });

  it('leaves the page its own Alt+Shift+I when no field is focused', () => {
    const { root } = setUp();
    (document.activeElement as HTMLElement | null)?.blur();
    const event = shortcutPressed();
    document.body.dispatchEvent(event);
    expect(root!.querySelector('[role="dialog"]')).toBeNull();
    expect(event.defaultPrevented).toBe(false);
  });
});
