import { describe, expect, it } from 'vitest';
import noMeBudget from '../checks/answer/no-me-budget';
import { AnswerEngine } from '../checks/engine';
import { evidenceContext } from '../checks/evidence';
import { ANSWER_RULES } from '../checks/registry-answer';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import { type Indicator, SCHEMA_VERSION, type Workbook } from '../model/schema';
import { DEMO_COSTS } from './demo';
import {
  type Method,
  meBudgetLine,
  meCostEvidence,
  meJustification,
  mePlanCost,
  methodOf,
  perGrant,
} from './plan';

function workbookOf(indicators: Partial<Indicator>[], currency = 'GBP'): Workbook {
  return {
    schemaVersion: SCHEMA_VERSION,
    organisation: { name: 'Test', currency },
    nodes: [],
    links: [],
    indicators: indicators.map((i, n) => ({
      id: `K${n + 1}`,
      outcome: `O${n + 1}`,
      name: `Indicator ${n + 1}`,
      unit: 'Number',
      direction: 'Increase',
      ...i,
    })),
    measurements: [],
    contracts: [],
  };
}

describe('methodOf', () => {
  it.each<[string | undefined, Method | undefined]>([
    ['Annual survey of parents', 'survey'],
    ['General Self-Efficacy Scale questionnaire at the start and end', 'survey'],
    ['Follow-up calls six months after leaving, checked against payslips', 'interview'],
    ['Semi-structured interviews with carers', 'interview'],
    ['Enrolment records in the case management system', 'records'],
    ['Mentor sign-off checklist', 'records'],
    ['Session observation by the lead', 'observation'],
    ['Focus group with young people each term', 'focus group'],
    ['Independent evaluation by the university', 'external evaluation'],
    ['External evaluator report', 'external evaluation'],
    ['Ask Jo', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (source, method) => {
    expect(methodOf(source)).toBe(method);
  });
});

describe('mePlanCost', () => {
  it.each([
    ['monthly survey', { source: 'Survey', frequency: 'Monthly' }, 72, 300],
    ['quarterly records', { source: 'Case records', frequency: 'Quarterly' }, 8, 0],
    ['termly focus group', { source: 'Focus group', frequency: 'Termly' }, 24, 0],
    ['annual interviews', { source: 'Interviews', frequency: 'Annually' }, 10, 0],
    ['no frequency: once a year', { source: 'Observation' }, 6, 0],
    ['external evaluation', { source: 'External evaluation', frequency: 'Annually' }, 4, 5000],
    ['no method: not costed', { source: 'Ask Jo', frequency: 'Monthly' }, 0, 0],
  ] as const)('%s', (_, indicator, hours, extras) => {
    const cost = mePlanCost(workbookOf([indicator]));
    expect(cost.hoursPerYear).toBe(hours);
    expect(cost.totalPerYear).toBe(hours * 18 + extras);
  });

  it('counts a licence and an evaluator once, however many indicators use them', () => {
    const cost = mePlanCost(
      workbookOf([
        { source: 'Survey', frequency: 'Quarterly' },
        { source: 'Questionnaire', frequency: 'Quarterly' },
        { source: 'Independent evaluation', frequency: 'Annually' },
        { source: 'Independent evaluation', frequency: 'Annually' },
      ]),
    );
    expect(cost.hoursPerYear).toBe(56);
    expect(cost.surveyLicence).toBe(300);
    expect(cost.externalEvaluation).toBe(5000);
    expect(cost.totalPerYear).toBe(56 * 18 + 5300);
  });

  it('takes the user’s costs, hours and methods over the defaults', () => {
    const cost = mePlanCost(
      workbookOf([{ source: 'Survey', frequency: 'Quarterly' }, { frequency: 'Monthly' }]),
      { staffHour: 20, surveyLicence: 0, hours: { survey: 3, records: 1 }, methods: { K2: 'records' } },
    );
    expect(cost.indicators.map((i) => [i.method, i.hoursPerYear, i.staffCostPerYear])).toEqual([
      ['survey', 12, 240],
      ['records', 12, 240],
    ]);
    expect(cost.totalPerYear).toBe(480);
    expect(cost.notCosted).toEqual([]);
  });

  it('lists the indicators it could not cost', () => {
    expect(mePlanCost(workbookOf([{ source: 'Survey' }, {}])).notCosted).toEqual(['K2']);
  });

  it('costs a grant of part years', () => {
    expect(perGrant(mePlanCost(workbookOf([{ source: 'Survey' }])), 2.5)).toBe((6 * 18 + 300) * 2.5);
  });
});

describe('the demo organisation’s plan', () => {
  const cost = mePlanCost(demoWorkbook, DEMO_COSTS);

  it('costs every indicator', () => {
    expect(cost.notCosted).toEqual([]);
    expect(cost.hoursPerYear).toBe(138);
    expect(cost.totalPerYear).toBe(138 * 17.5 + 240);
  });

  it('writes the budget line', () => {
    expect(meBudgetLine(cost)).toBe(
      'Monitoring and evaluation: £2,655 a year (138 staff hours, survey licence)',
    );
  });

  it('writes the line in the workbook’s currency, or none', () => {
    expect(meBudgetLine(mePlanCost(workbookOf([{ source: 'Survey' }], 'USD')))).toBe(
      'Monitoring and evaluation: $408 a year (6 staff hours, survey licence)',
    );
    expect(meBudgetLine(mePlanCost(workbookOf([{ source: 'Survey' }], ''), { currency: 'EUR' }))).toBe(
      'Monitoring and evaluation: €408 a year (6 staff hours, survey licence)',
    );
    expect(meBudgetLine(mePlanCost(workbookOf([{ source: 'Evaluator' }], '')))).toBe(
      'Monitoring and evaluation: 5,072 a year (4 staff hours, external evaluation)',
    );
  });

  it('writes a justification that names the figures', () => {
    const paragraph = meJustification(cost, demoWorkbook);
    expect(paragraph).toContain('£2,655 a year');
    expect(paragraph).toContain('8 indicators');
    expect(paragraph).toContain('surveys, interviews and case records');
    expect(paragraph).toContain('138 staff hours a year (£2,415)');
    expect(paragraph).toContain('A survey licence costs £240 a year.');
  });

  it('passes the answer checks where a grant writer pastes it', () => {
    const engine = new AnswerEngine({
      rules: ANSWER_RULES,
      evidence: evidenceContext(demoWorkbook, DEMO_AS_OF),
    });
    const text = `${meBudgetLine(cost)}\n${meJustification(cost, demoWorkbook)}`;
    for (const kind of ['budget', 'measurement'] as const) {
      const findings = engine.update({ key: kind, text, question: { kind, label: 'Budget', limit: null } });
      expect(findings.map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
    }
  });

  it('gives no-me-budget the figure to suggest', () => {
    const engine = new AnswerEngine({
      rules: [noMeBudget],
      evidence: evidenceContext(demoWorkbook, DEMO_AS_OF, { meCost: meCostEvidence(cost) }),
    });
    const [finding] = engine.update({
      key: 'budget',
      text: 'Mentors: £30,000\nEvaluation: £500\nTotal: £30,500',
      question: { kind: 'budget', label: 'Budget', limit: null },
    });
    expect(finding?.suggestion).toMatch(/^Your plan costs £2,655 a year: 8\.7% of this budget\./);
  });
});
