// The Claims ledger's money against the prices and caps of published outcomes contracts
// (tests/fixtures/outcomes-contracts: each figure with the page it comes from).
import { describe, expect, it } from 'vitest';
import innovationFund from '../../tests/fixtures/outcomes-contracts/dwp-innovation-fund.json';
import bristol from '../../tests/fixtures/outcomes-contracts/street-impact-bristol.json';
import youthContract from '../../tests/fixtures/outcomes-contracts/youth-contract-16-17.json';
import wageIncentive from '../../tests/fixtures/outcomes-contracts/youth-contract-wage-incentive.json';
import { parseWindow } from '../records/window';
import type { Claim } from './read';
import { claimsSummary } from './summary';

function window(text: string) {
  const read = parseWindow(text);
  if (!read.ok) throw new Error(read.fault);
  return read.value;
}

/** One claim a participant, each for `metric`, achieved on `achieved`, with evidence held. */
function claimsFor(count: number, metric: string, achieved: string, sustainment?: string): Claim[] {
  return Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    participant: `P${i + 1}`,
    metric,
    achieved,
    evidence: 'held',
    ...(sustainment ? { sustainment: window(sustainment) } : {}),
  }));
}

describe('Youth Contract wage incentive: £2,275 full-time, £1,137.50 part-time, after 26 weeks', () => {
  const prices = Object.entries(wageIncentive.prices);
  const tariff = { metrics: prices.map(([metric, price]) => ({ metric, price })) };
  const [fullTime, partTime] = prices.map(([metric]) => metric) as [string, string];
  const ledger = [
    ...claimsFor(3, fullTime, '2012-04-02', wageIncentive.sustainment),
    ...claimsFor(2, partTime, '2012-04-02', wageIncentive.sustainment),
  ];

  it('pays nothing until the job has lasted 26 weeks, then each job at its rate', () => {
    const before = claimsSummary(ledger, tariff, { asOf: '2012-09-30' });
    expect([before.claimableNow, before.counts.due]).toEqual([0, 5]);
    const after = claimsSummary(ledger, tariff, { asOf: '2012-10-01' });
    expect(after.claimableNow).toBe(3 * 2275 + 2 * 1137.5);
    expect(after.claimableNow).toBe(9100);
  });
});

describe('Youth Contract for 16-17 year olds: up to £2,200 per young person over three payments', () => {
  const cap = youthContract.participantCap;
  // The split of the £2,200 is not published: each payment is priced at the most it could be, the cap itself.
  const tariff = { metrics: youthContract.payments.map((metric) => ({ metric, price: cap })) };
  const young = (participant: string, row: number): Claim[] => [
    { row, participant, metric: 'Initial', achieved: '2013-01-07', evidence: 'enrolment', recorded: 'Paid' },
    {
      row: row + 1,
      participant,
      metric: 'Re-engagement',
      achieved: '2013-02-04',
      evidence: 'college letter',
    },
    {
      row: row + 2,
      participant,
      metric: 'Sustained engagement',
      achieved: '2013-02-04',
      sustainment: window('6 months'),
      evidence: 'attendance record',
    },
  ];
  const ledger = [...young('A', 2), ...young('B', 5)];

  it('holds each young person to £2,200, and the sustained payment to its six months', () => {
    const early = claimsSummary(ledger, tariff, { asOf: '2013-05-01', participantCap: cap });
    expect(early.states.filter((s) => s.waitingFor === 'window').map((s) => s.windowCloses)).toEqual([
      '2013-08-04',
      '2013-08-04',
    ]);
    const summary = claimsSummary(ledger, tariff, { asOf: '2013-08-04', participantCap: cap });
    expect(summary.projected).toBe(2 * 2200);
    expect(summary.participantCapsReached).toEqual(['A', 'B']);
    expect(claimsSummary(ledger, tariff, { asOf: '2013-08-04' }).projected).toBe(6 * 2200);
  });
});

describe('DWP Innovation Fund: £8,200 (Round 1) and £11,700 (Round 2) per participant, project caps', () => {
  const { round1, round2 } = innovationFund.participantCap;
  const advance = innovationFund.totalCap['The Advance Programme'];

  it('pays one participant no more than the round allows, however many outcomes they reach', () => {
    // Four outcomes, each priced at the round's cap (the rate card's prices are not published in the sources).
    const outcomes = ['Attitude', 'Attendance', 'Behaviour', 'Qualification'];
    for (const cap of [round1, round2]) {
      const tariff = { metrics: outcomes.map((metric) => ({ metric, price: cap })) };
      const ledger = outcomes.map((metric, i) => ({
        row: i + 2,
        participant: 'P1',
        metric,
        achieved: '2013-01-07',
        sustainment: window('13 weeks'),
        evidence: 'school letter',
      }));
      const summary = claimsSummary(ledger, tariff, { asOf: '2013-04-08', participantCap: cap });
      expect(summary.claimableNow).toBe(cap);
      expect(summary.withheld).toBe(3 * cap);
    }
  });

  it("stops at The Advance Programme's £3.4m once its participants' outcomes would pay more", () => {
    const tariff = { metrics: [{ metric: 'Outcomes', price: round2 }], totalCap: advance };
    // 300 participants at the Round 2 cap would earn £3,510,000.
    const summary = claimsSummary(claimsFor(300, 'Outcomes', '2013-01-07'), tariff, {
      asOf: '2013-06-30',
      participantCap: round2,
    });
    expect(300 * round2).toBe(3_510_000);
    expect(summary.claimableNow).toBe(3_400_000);
    expect(summary.totalCapReached).toBe(true);
    expect(summary.withheld).toBe(110_000);
  });
});

describe('Street Impact Bristol: £1,125,000 at most for 125 people', () => {
  it('withholds what goes beyond the maximum outcome payment', () => {
    // No price per outcome is published: one outcome a person at the cap's average, £9,000, and one person more.
    const average = bristol.totalCap / bristol.cohort;
    expect(average).toBe(9000);
    const tariff = { metrics: [{ metric: 'Outcomes', price: average }], totalCap: bristol.totalCap };
    const full = claimsSummary(claimsFor(bristol.cohort, 'Outcomes', '2018-11-01'), tariff, {
      asOf: '2019-01-01',
    });
    expect([full.claimableNow, full.totalCapReached]).toEqual([1_125_000, true]);
    const more = claimsSummary(claimsFor(bristol.cohort + 1, 'Outcomes', '2018-11-01'), tariff, {
      asOf: '2019-01-01',
    });
    expect([more.claimableNow, more.withheld]).toEqual([1_125_000, 9000]);
  });
});
