import { describe, expect, it } from 'vitest';
import { findingsOf } from './test-support';
import check from './vague-outcome';

describe('vague-outcome', () => {
  it.each([
    ['The project will raise awareness of mental health among young men.', ['raise awareness']],
    ['We want to empower women to rebuild their lives.', ['empower', 'rebuild their lives']],
    ['Our work will make a real difference to families in Wrexham.', ['make a real difference']],
    [
      'Mentoring transforms lives and helps young people reach their full potential.',
      ['transforms lives', 'reach their full potential'],
    ],
    ['This will have a positive impact on the whole community.', ['positive impact']],
    ['We take a holistic approach that will lead to better outcomes.', ['holistic', 'better outcomes']],
    ['Our lunch clubs will improve their quality of life.', ['improve their quality of life']],
    // A promise of its own, whatever the next sentence says.
    [
      'This will empower young people and make a real difference to their lives. By March 2027, 75% of leavers will be in work.',
      ['empower', 'make a real difference'],
    ],
    [
      'Survivors will be supported on their journey to recovery, giving them a voice.',
      ['on their journey', 'giving them a voice'],
    ],
  ])('flags %j', (text, phrases) => {
    const findings = findingsOf(check, text);
    expect(findings.map((f) => text.slice(f.span!.start, f.span!.end))).toEqual(phrases);
    for (const f of findings) expect(f.suggestion).toBeTruthy();
  });

  it.each([
    'By March 2027, 60% of young people will be in work, up from 45%.',
    'We will raise awareness so that 70% of parents can name three signs of exploitation, measured by a short survey.',
    'Older people will feel less lonely on the UCLA scale.',
    'Participants are aware of the support available.',
    'Young people will take a different approach to job search.',
    // A journey you could take a bus on.
    'Our volunteers accompany children on their journey to school every morning.',
    // The figure that pins it down follows at once.
    'Placements make a difference. Among those who had one last year, 76% were in work six months later.',
  ])('stays silent for %j', (text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });

  it('runs on summaries too', () => {
    expect(findingsOf(check, 'A project to empower young carers.', { kind: 'summary' })).toHaveLength(1);
  });
});
