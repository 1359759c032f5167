import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { QUESTION_KINDS } from '../questions/types';
import { type Answer, type AnswerRule, defineRule } from './define';
import { AnswerEngine, type AnswerEngineOptions, checkAnswer } from './engine';
import { ANSWER_RULES } from './registry-answer';
import { answer, demoEvidence } from './rule-cases';

const everyRule = (options: Partial<AnswerEngineOptions> = {}) => ({ rules: ANSWER_RULES, ...options });
const runChecks = (a: Answer, others: Answer[] = [], options: Partial<AnswerEngineOptions> = {}) =>
  checkAnswer(a, others, everyRule(options));

const WEAK_OUTCOMES =
  'We will deliver 40 workshops. This will empower young people and make a real difference. Research shows mentoring works.';

function counting(id: string): { check: AnswerRule; calls: () => number } {
  let calls = 0;
  return {
    check: defineRule({
      family: 'answer',
      id,
      severity: 'info',
      appliesTo: 'all',
      scope: 'answer',
      summary: 'counts its calls',
      check() {
        calls++;
        return [];
      },
    }),
    calls: () => calls,
  };
}

describe('AnswerEngine', () => {
  it('runs every check that applies and sorts findings by severity, then place', () => {
    const findings = runChecks(answer(WEAK_OUTCOMES, 'outcomes', { max: 15, unit: 'words' }));
    expect(findings[0]!.checkId).toBe('over-limit');
    const ids = findings.map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['output-as-outcome', 'vague-outcome', 'unsupported-claim']));
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.span?.start ?? -1);
    expect(warnings).toEqual([...warnings].sort((a, b) => a - b));
    for (const f of findings) expect(f.docs).toBe(`docs/checks/${f.checkId}.md`);
  });

  it('re-checks only the answer that changed after a keystroke', () => {
    const { check, calls } = counting('counter');
    const engine = new AnswerEngine({ rules: [check] });
    engine.updatePage([
      answer('one', 'outcomes', null, 'a'),
      answer('two', 'need', null, 'b'),
      answer('three', 'budget', null, 'c'),
    ]);
    expect(calls()).toBe(3);
    engine.update(answer('one more', 'outcomes', null, 'a'));
    expect(calls()).toBe(4);
    engine.update(answer('one more', 'outcomes', null, 'a'));
    expect(calls()).toBe(4);
    engine.update(answer('one more', 'summary', null, 'a'));
    expect(calls()).toBe(5);
  });

  it('updates page-level findings in other answers when one answer changes', () => {
    const engine = new AnswerEngine(everyRule());
    engine.updatePage([
      answer('We will work with 200 young people each year.', 'beneficiaries', null, 'who'),
      answer('We will reach 200 young people each year.', 'activities', null, 'what'),
    ]);
    expect(engine.findingsFor('who').map((f) => f.checkId)).not.toContain('inconsistent-numbers');
    engine.update(answer('We will reach 250 young people each year.', 'activities', null, 'what'));
    expect(engine.findingsFor('who').map((f) => f.checkId)).toContain('inconsistent-numbers');
    engine.remove('what');
    expect(engine.findingsFor('who').map((f) => f.checkId)).not.toContain('inconsistent-numbers');
  });

  it('contains a check that throws: one internal-error finding names it, the others still run', () => {
    const broken = defineRule({
      family: 'answer',
      id: 'broken',
      severity: 'warning',
      appliesTo: 'all',
      scope: 'answer',
      summary: 'throws',
      check() {
        throw new Error('boom');
      },
    });
    const onCheckError = vi.fn();
    const findings = runChecks(answer(WEAK_OUTCOMES), [], {
      rules: [broken, ...ANSWER_RULES],
      onRuleError: onCheckError,
    });
    expect(findings[0]).toMatchObject({ checkId: 'internal-error', severity: 'error' });
    expect(findings[0]!.message).toBe(
      'The check broken failed (boom); the other checks still ran. Please report this.',
    );
    expect(findings[0]!.docs).toBe('docs/checks/internal-error.md');
    expect(findings.some((f) => f.checkId === 'vague-outcome')).toBe(true);
    expect(onCheckError).toHaveBeenCalledWith('broken', expect.any(Error));
  });

  it('skips disabled checks, and evidence checks when no workbook is imported', () => {
    const text =
      '75% of leavers will be in education, employment or training six months after leaving. This will empower them.';
    const withEvidence = runChecks(answer(text), [], { evidence: demoEvidence() }).map((f) => f.checkId);
    expect(withEvidence).toContain('claim-exceeds-evidence');
    const without = runChecks(answer(text)).map((f) => f.checkId);
    expect(without).not.toContain('claim-exceeds-evidence');
    const disabled = runChecks(answer(text), [], { config: { disabled: ['vague-outcome'] } }).map(
      (f) => f.checkId,
    );
    expect(disabled).not.toContain('vague-outcome');
  });

  it('never throws and keeps every span inside the text, whatever is typed or pasted', () => {
    const pieces = fc.constantFrom(
      'We will reach 200 young people',
      '60% will move into work by 2027',
      '“smart quotes”',
      '\u00a0',
      '😀',
      '\n• ',
      '£3,000',
      'Research shows',
      'empower',
      '. ',
      '–',
      'e.g.',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), pieces), { maxLength: 30 }),
        fc.constantFrom(...QUESTION_KINDS),
        (parts, kind) => {
          const text = parts.join(' ');
          const findings = runChecks(
            answer(text, kind, { max: 50, unit: 'words' }),
            [answer(text, 'beneficiaries', null, 'other')],
            {
              evidence: demoEvidence(),
            },
          );
          for (const f of findings) {
            expect(f.checkId).not.toBe('internal-error');
            if (f.span) {
              expect(f.span.start).toBeGreaterThanOrEqual(0);
              expect(f.span.end).toBeLessThanOrEqual(text.length);
              expect(f.span.start).toBeLessThanOrEqual(f.span.end);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
