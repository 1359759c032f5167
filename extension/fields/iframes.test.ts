// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { discover, frameLoaded, limitOf, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

async function withFrames(html: string): Promise<HTMLIFrameElement[]> {
  render(html);
  const frames = [...document.querySelectorAll('iframe')];
  for (const frame of frames) await frameLoaded(frame);
  return frames;
}

const attr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('iframes', () => {
  it('finds a field in a same-origin srcdoc iframe, with that frame as its window', async () => {
    const [frame] = await withFrames(
      `<h2>Interim report</h2><iframe id="report" srcdoc="${attr(
        '<form><label for="lessons">What have you learned so far? (max 300 words)</label><textarea id="lessons" name="report[lessons]"></textarea></form>',
      )}"></iframe>`,
    );
    const { fields } = discover();
    expect(fields.map((f) => [f.label, limitOf(f), f.editor])).toEqual([
      ['What have you learned so far? (max 300 words)', { max: 300, unit: 'words' }, 'textarea'],
    ]);
    expect(fields[0]?.element).toBe(frame?.contentDocument?.getElementById('lessons'));
    expect(fields[0]?.key.endsWith('#iframe#report>name=report[lessons]')).toBe(true);
  });

  it('goes into iframes in iframes', async () => {
    const inner = attr('<label for="t">Deep question</label><textarea id="t"></textarea>');
    render(
      `<iframe id="outer" srcdoc="${attr(`<p>Outer</p><iframe id="inner" srcdoc="${inner}"></iframe>`)}"></iframe>`,
    );
    const outer = await frameLoaded(document.querySelector('iframe') as HTMLIFrameElement);
    await frameLoaded(outer.querySelector('iframe') as HTMLIFrameElement);
    const { fields } = discover();
    expect(fields.map((f) => f.label)).toEqual(['Deep question']);
    expect(fields[0]?.key.slice(fields[0]?.key.indexOf('#'))).toBe('#iframe#outer>iframe#inner>id=t');
  });

  it('reads an editable iframe body (an old-style editor) and labels it from the page around the frame', async () => {
    await withFrames(`<table><tr><td class="label">Organisation background</td><td>
      <textarea name="request[org_background]" style="display: none"></textarea>
      <iframe class="wysiwyg" srcdoc="${attr('<body contenteditable="true"><p>Founded in 2012.</p></body>')}"></iframe>
      </td></tr></table>`);
    const { fields, skips } = discover();
    expect(fields.map((f) => [f.label, f.editor, f.element.localName])).toEqual([
      ['Organisation background', 'contenteditable', 'body'],
    ]);
    expect(fields[0]?.key.endsWith('#name=request[org_background]')).toBe(true);
    expect([...skips.values()]).toEqual(['hidden']);
  });

  it('skips the fields of a hidden iframe', async () => {
    await withFrames(
      `<iframe style="display: none" srcdoc="${attr('<textarea aria-label="Hidden"></textarea>')}"></iframe>`,
    );
    expect(discover().fields).toEqual([]);
  });

  it('passes over a frame it cannot read (cross-origin)', async () => {
    render('<iframe id="x" srcdoc="<p>x</p>"></iframe><textarea aria-label="Still found"></textarea>');
    Object.defineProperty(document.getElementById('x'), 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(discover().fields.map((f) => f.label)).toEqual(['Still found']);
  });
});
