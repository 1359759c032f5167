import { ruleTester } from '../rule-tester';
import rule from './vague-outcome';

// Every phrase flagged comes with something to write instead.
const phrase = (span: string) => ({ span, suggestion: /\S/ });

ruleTester(rule, {
  valid: [
    'By March 2027, 60% of young people will be in work, up from 45%.',
    'We will raise awareness so that 70% of parents can name three signs of exploitation, measured by a short survey.',
    'Older people will feel less lonely on the UCLA scale.',
    'Participants are aware of the support available.',
    'Young people will take a different approach to job search.',
    // A journey you could take a bus on.
    'Our volunteers accompany children on their journey to school every morning.',
    // The figure that pins it down follows at once.
    'Placements make a difference. Among those who had one last year, 76% were in work six months later.',
  ],
  invalid: [
    {
      text: 'The project will raise awareness of mental health among young men.',
      findings: [phrase('raise awareness')],
    },
    {
      text: 'We want to empower women to rebuild their lives.',
      findings: [phrase('empower'), phrase('rebuild their lives')],
    },
    {
      text: 'Our work will make a real difference to families in Wrexham.',
      findings: [phrase('make a real difference')],
    },
    {
      text: 'Mentoring transforms lives and helps young people reach their full potential.',
      findings: [phrase('transforms lives'), phrase('reach their full potential')],
    },
    {
      text: 'This will have a positive impact on the whole community.',
      findings: [phrase('positive impact')],
    },
    {
      text: 'We take a holistic approach that will lead to better outcomes.',
      findings: [phrase('holistic'), phrase('better outcomes')],
    },
    {
      text: 'Our lunch clubs will improve their quality of life.',
      findings: [phrase('improve their quality of life')],
    },
    // A promise of its own, whatever the next sentence says.
    {
      text: 'This will empower young people and make a real difference to their lives. By March 2027, 75% of leavers will be in work.',
      findings: [phrase('empower'), phrase('make a real difference')],
    },
    {
      text: 'Survivors will be supported on their journey to recovery, giving them a voice.',
      findings: [phrase('on their journey'), phrase('giving them a voice')],
    },
    {
      name: 'a summary answer',
      text: 'A project to empower young carers.',
      kind: 'summary',
      findings: [phrase('empower')],
    },
  ],
});
