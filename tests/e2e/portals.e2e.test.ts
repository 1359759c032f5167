import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../extension/messaging';
import { EXPECTED } from '../fixtures/portals/expected';
import { type PortalServer, startPortalServer } from '../fixtures/portals/server';
import { type ExtensionSession, launchWithExtension, messageTab, storageGet } from './harness';

let server: PortalServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startPortalServer();
  session = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(pageName: string): Promise<{ page: Page; url: string }> {
  const page = await session.context.newPage();
  const url = `${server.url}${pageName}`;
  await page.goto(url);
  if (EXPECTED.find((p) => p.page === pageName)?.editors) {
    await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
  }
  return { page, url };
}

async function reportOf(url: string, count: number): Promise<Report> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const report = await messageTab<Report>(session, url, { type: 'impact/report' }).catch(() => undefined);
    if (report && report.fields.length >= count) return report;
    if (Date.now() > deadline)
      throw new Error(`expected ${count} fields on ${url}, found ${report?.fields.length ?? 'no report'}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('the built extension on imitations of the main portals and on pages running the real editors', () => {
  it.each(EXPECTED.map((p) => [p.page, p] as const))(
    '%s: every field with its label and limit, and no decoy',
    async (pageName, expected) => {
      const { page, url } = await open(pageName);
      const report = await reportOf(url, expected.fields.length);
      const origin = server.url.replace(/\/$/, '');
      const keys = report.fields.map((f) => f.key.slice(origin.length));
      expect(keys).toEqual(expected.fields.map((f) => f.key));
      expected.fields.forEach((f, i) => {
        expect(report.fields[i]!.label, f.key).toBe(f.label);
        expect(report.fields[i]!.limit, f.key).toEqual(f.limit);
      });
      await page.close();
    },
  );

  it('checks a Quill answer as it is typed, keeps its draft across a reload, and restores it so that Quill has it', async () => {
    const { page, url } = await open('quill.html');
    const [first] = (await reportOf(url, 1)).fields;
    await page.locator('.ql-editor').first().click();
    await page.keyboard.type('Research shows that mentoring works for young people like ours.');
    const deadline = Date.now() + 8_000;
    let findings: string[] = [];
    while (Date.now() < deadline) {
      const r = await messageTab<Report>(session, url, { type: 'impact/report' });
      findings = r.fields.find((f) => f.key === first!.key)!.findings.map((f) => f.checkId);
      if (findings.length) break;
      await new Promise((res) => setTimeout(res, 150));
    }
    expect(findings).toContain('unsupported-claim'); // a "need" question: claims need a source
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
    const stored = (await storageGet(session, [`draft:${first!.key}`]))[`draft:${first!.key}`] as {
      current: { text: string };
    };
    expect(stored.current.text).toContain('young people like ours.');
    await reportOf(url, 1);
    expect(
      await messageTab(session, url, {
        type: 'impact/apply-text',
        key: first!.key,
        text: stored.current.text,
        mode: 'replace',
      }),
    ).toBe(true);
    const inEditor = await page.evaluate(() =>
      (window as unknown as { editorText(id?: string): string }).editorText(),
    );
    expect(inEditor.trim()).toBe(stored.current.text.trim());
    await page.close();
  });

  it('restores text into TinyMCE and CKEditor 5, and inserts after what is there, through their own input paths', async () => {
    for (const name of ['tinymce.html', 'ckeditor5.html']) {
      const expected = EXPECTED.find((p) => p.page === name)!;
      const { page, url } = await open(name);
      const report = await reportOf(url, expected.fields.length);
      const target = expected.fields.find((f) => f.write?.editorId)!;
      const field = report.fields.find((f) => f.key.endsWith(target.key))!;
      const text = 'By March 2027, 60% of leavers will be in work, up from 45% last year.';
      expect(
        await messageTab(session, url, { type: 'impact/apply-text', key: field.key, text, mode: 'replace' }),
      ).toBe(true);
      const inEditor = await page.evaluate(
        (id) => (window as unknown as { editorText(id?: string): string }).editorText(id),
        target.write!.editorId!,
      );
      expect(inEditor.trim(), name).toBe(text);
      // Insert (a citation from the side panel) adds a paragraph after what is there, through the editor too.
      const citation = '57% of leavers were in education, employment or training six months on (62 of 109).';
      expect(
        await messageTab(session, url, {
          type: 'impact/apply-text',
          key: field.key,
          text: citation,
          mode: 'insert',
        }),
      ).toBe(true);
      const after = await page.evaluate(
        (id) => (window as unknown as { editorText(id?: string): string }).editorText(id),
        target.write!.editorId!,
      );
      expect(after.trim(), name).toBe(`${text}\n\n${citation}`);
      await page.close();
    }
  });

  it('made no request outside the machine', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
