import { describe, expect, it } from 'vitest';
import { findingsOf } from './test-support';
import check from './unsupported-claim';

describe('unsupported-claim', () => {
  it.each([
    [
      'need',
      'Research shows that mentoring is the most effective way to help young people into work.',
      'Research shows',
    ],
    [
      'need',
      'Studies have consistently shown that children in temporary accommodation do less well at school.',
      'Studies have consistently shown',
    ],
    [
      'outcomes',
      'Nearly nine out of ten young people complete our programme, which is well above the sector average.',
      'well above the sector average',
    ],
    [
      'need',
      'It is well known that loneliness is as harmful as smoking 15 cigarettes a day.',
      'It is well known',
    ],
    ['outcomes', 'Our approach is proven to reduce reoffending.', 'proven to'],
    ['summary', 'We are the only charity in Wakefield supporting young carers.', 'We are the only'],
    [
      'outcomes',
      'All participants will improve their confidence by the end of the course.',
      'All participants will improve',
    ],
    ['outcomes', '100% of young people will move into work.', '100% of young people'],
    [
      'need',
      'Studies show that early help saves money. The evidence clearly shows it works.',
      'Studies show',
    ],
  ])('flags a %s answer: %j', (kind, text, claim) => {
    const findings = findingsOf(check, text, { kind: kind as 'need' });
    expect(findings.length).toBeGreaterThan(0);
    expect(text.slice(findings[0]!.span!.start, findings[0]!.span!.end)).toBe(claim);
  });

  it.each([
    [
      'need',
      'Research shows that mentoring improves school attendance (Education Endowment Foundation, 2021).',
    ],
    ['need', 'According to the ONS, 12% of 16 to 24-year-olds in the region are NEET.'],
    ['need', 'Loneliness is as harmful as smoking 15 cigarettes a day. (Holt-Lunstad et al., 2010)'],
    ['outcomes', 'Our own evaluation shows 62% of leavers were in work six months on (87 of 140).'],
    [
      'summary',
      'We run the only specialist service in the district, according to the council’s 2025 mapping report.',
    ],
    ['need', 'Young carers in Wakefield have few places to go after school.'],
    ['outcomes', 'Most participants will improve their confidence.'],
    // Their own data, named as theirs.
    ['summary', 'Our monitoring data suggest placements matter, but we have not tested this properly.'],
  ])('stays silent for a %s answer: %j', (kind, text) => {
    expect(findingsOf(check, text, { kind: kind as 'need' })).toEqual([]);
  });

  it('does not look at budgets', () => {
    expect(findingsOf(check, 'Research shows this costs less.', { kind: 'budget' })).toEqual([]);
  });
});
