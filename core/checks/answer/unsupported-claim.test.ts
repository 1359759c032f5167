import { ruleTester } from '../rule-tester';
import rule from './unsupported-claim';

ruleTester(rule, {
  valid: [
    {
      kind: 'need',
      text: 'Research shows that mentoring improves school attendance (Education Endowment Foundation, 2021).',
    },
    { kind: 'need', text: 'According to the ONS, 12% of 16 to 24-year-olds in the region are NEET.' },
    {
      kind: 'need',
      text: 'Loneliness is as harmful as smoking 15 cigarettes a day. (Holt-Lunstad et al., 2010)',
    },
    {
      kind: 'outcomes',
      text: 'Our own evaluation shows 62% of leavers were in work six months on (87 of 140).',
    },
    {
      kind: 'summary',
      text: 'We run the only specialist service in the district, according to the council’s 2025 mapping report.',
    },
    { kind: 'need', text: 'Young carers in Wakefield have few places to go after school.' },
    { kind: 'outcomes', text: 'Most participants will improve their confidence.' },
    // Their own data, named as theirs.
    {
      kind: 'summary',
      text: 'Our monitoring data suggest placements matter, but we have not tested this properly.',
    },
    {
      name: 'a budget (the rule does not read budgets)',
      kind: 'budget',
      text: 'Research shows this costs less.',
    },
  ],
  invalid: [
    {
      kind: 'need',
      text: 'Research shows that mentoring is the most effective way to help young people into work.',
      findings: [{ span: 'Research shows' }],
    },
    {
      kind: 'need',
      text: 'Studies have consistently shown that children in temporary accommodation do less well at school.',
      findings: [{ span: 'Studies have consistently shown' }],
    },
    {
      kind: 'outcomes',
      text: 'Nearly nine out of ten young people complete our programme, which is well above the sector average.',
      findings: [{ span: 'well above the sector average' }],
    },
    {
      kind: 'need',
      text: 'It is well known that loneliness is as harmful as smoking 15 cigarettes a day.',
      findings: [{ span: 'It is well known' }],
    },
    {
      kind: 'outcomes',
      text: 'Our approach is proven to reduce reoffending.',
      findings: [{ span: 'proven to' }],
    },
    {
      kind: 'summary',
      text: 'We are the only charity in Wakefield supporting young carers.',
      findings: [{ span: 'We are the only' }],
    },
    {
      kind: 'outcomes',
      text: 'All participants will improve their confidence by the end of the course.',
      findings: [{ span: 'All participants will improve' }],
    },
    {
      kind: 'outcomes',
      text: '100% of young people will move into work.',
      findings: [{ span: '100% of young people' }],
    },
    {
      kind: 'need',
      text: 'Studies show that early help saves money. The evidence clearly shows it works.',
      findings: [{ span: 'Studies show' }, { span: 'evidence clearly shows' }],
    },
  ],
});
