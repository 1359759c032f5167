import { describe, expect, it } from 'vitest';
import { docsPath } from '../../../core/checks/finding';
import { WORKBOOK_RULES } from '../../../core/checks/registry-workbook';
import { ruleDoc } from './rule-docs';

describe('the pages of the workbook checks, as the panel shows them', () => {
  it('has the page of every workbook check, with what it looks for, why it matters and how to fix it', () => {
    for (const rule of WORKBOOK_RULES) {
      const doc = ruleDoc(docsPath(rule.id));
      expect(doc, rule.id).toBeDefined();
      expect(doc!.summary, rule.id).toMatch(/^[A-Z].{20,}[.)]$/);
      expect(doc!.why.length, rule.id).toBeGreaterThan(0);
      expect(doc!.fix.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('gives the words of the page, each list item whole, without its markdown', () => {
    const doc = ruleDoc('docs/checks/toc-orphan.md')!;
    expect(doc.summary).toBe(
      'A step of the theory of change that is linked to nothing, or a result that nothing leads to.',
    );
    expect(doc.fix[0]).toBe(
      "For a loose step, write what leads to it (in that row's Leads to) and what it leads to (in its own Leads to).",
    );
    expect(doc.fix).toHaveLength(3);
    expect(doc.why[0]).toMatch(/^A theory of change is a chain of cause and effect/);
  });

  it('has none for a finding without a page of its own', () => {
    expect(ruleDoc('docs/checks/internal-error.md')).toBeUndefined();
    expect(ruleDoc('docs/workbook.md')).toBeUndefined();
  });
});
