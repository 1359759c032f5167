import { describe, expect, it } from 'vitest';
import { payments } from '../measures/payments';
import { LOCAL_DAYS } from '../workbook/cells';
import { CLAIM_COLUMNS } from './columns';
import { describeClaim } from './describe';
import { type Claim, readClaims } from './read';
import { claimStatus } from './status';
import { claimsSummary, type Tariff } from './summary';
import { readTariff } from './tariff';

const context = { dateOrder: 'dmy' as const, days: LOCAL_DAYS };
const HEADER = CLAIM_COLUMNS.map((c) => c.header);

function claim(over: Partial<Claim> = {}): Claim {
  return { row: 2, participant: 'P1', metric: 'Job', achieved: '2026-01-05', ...over };
}

describe('readClaims', () => {
  it('reads typed rows and names each bad cell by row and column', () => {
    const { claims, problems } = readClaims(
      [
        HEADER,
        ['P1', 'Job', '05/01/2026', '13 weeks', 'payslip', '', '', ''],
        ['P2', 'Job', 'soon', '', '', '', '', ''],
        ['', 'Tenancy', '01/02/2026', '', '', 'Sent', '', ''],
        ['P4', 'Tenancy', '01/02/2026', '', '', 'paid', '20/03/2026', 'first'],
        ['P5', 'Tenancy', '01/02/2026', 'a while', '', '', '', ''],
      ],
      context,
    );
    expect(claims).toEqual([
      {
        row: 2,
        participant: 'P1',
        metric: 'Job',
        achieved: '2026-01-05',
        sustainment: { amount: 13, unit: 'weeks' },
        evidence: 'payslip',
      },
      {
        row: 5,
        participant: 'P4',
        metric: 'Tenancy',
        achieved: '2026-02-01',
        recorded: 'Paid',
        recordedOn: '2026-03-20',
        note: 'first',
      },
    ]);
    expect(problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      'Claims!C3: Achieved on must be a date such as 31/03/2026, found "soon".',
      'Claims!A4: Participant is missing.',
      'Claims!F4: Status must be one of Claimed, Paid, Rejected, found "Sent".',
      'Claims!D6: Sustainment must be a length such as "26 weeks", "6 months" or "26 weeks after Job start", found "a while".',
    ]);
  });

  it('names the required columns a header lacks, and reads an empty tab as no claims', () => {
    expect(readClaims([['Participant', 'Evidence']], context).problems[0]!.message).toBe(
      'The Claims tab has no "Outcome metric", "Achieved on" columns in its header row (row 1); add them, or run Set up impact workbook to repair the tab.',
    );
    expect(readClaims(undefined, context)).toEqual({ claims: [], problems: [] });
  });

  it('refuses a sustainment counted from another column', () => {
    const read = readClaims([HEADER, ['P1', 'Job', '05/01/2026', '13 weeks after Start date']], context);
    expect(read.problems.map((p) => p.message)).toEqual([
      'Sustainment must be a length alone, such as "26 weeks".',
    ]);
  });
});

describe('claimStatus', () => {
  const window = { amount: 13, unit: 'weeks' as const };
  it.each([
    ['window open', claim({ sustainment: window, evidence: 'payslip' }), '2026-04-05', 'due', 'window'],
    [
      'window closes today',
      claim({ sustainment: window, evidence: 'payslip' }),
      '2026-04-06',
      'claimable',
      undefined,
    ],
    ['window closed, no evidence', claim({ sustainment: window }), '2026-05-01', 'due', 'evidence'],
    ['no window, evidence held', claim({ evidence: 'certificate' }), '2026-01-05', 'claimable', undefined],
    ['claimed', claim({ recorded: 'Claimed', sustainment: window }), '2026-01-06', 'claimed', undefined],
    ['paid', claim({ recorded: 'Paid' }), '2026-06-01', 'paid', undefined],
    ['rejected', claim({ recorded: 'Rejected', evidence: 'payslip' }), '2026-06-01', 'rejected', undefined],
  ])('%s', (_, c, asOf, status, waitingFor) => {
    const state = claimStatus(c, { asOf });
    expect(state.status).toBe(status);
    expect(state.waitingFor).toBe(waitingFor);
  });

  it('says what a claim waits for, and what is missing', () => {
    const say = (c: Claim, asOf: string) => describeClaim(c, claimStatus(c, { asOf }));
    expect(say(claim({ sustainment: window }), '2026-02-01')).toBe(
      'Claimable from 6 April 2026 once it has lasted 13 weeks.',
    );
    expect(say(claim({ sustainment: window }), '2026-05-01')).toBe(
      'The window closed on 6 April 2026, but no evidence is recorded: note what proves the outcome (a payslip, a tenancy agreement) in Evidence.',
    );
    expect(say(claim({ evidence: 'payslip' }), '2026-05-01')).toBe('Claimable: payslip held.');
    expect(say(claim({ recorded: 'Paid', recordedOn: '2026-03-20' }), '2026-05-01')).toBe(
      'Paid on 20 March 2026.',
    );
    expect(
      claimStatus(claim({ sustainment: { amount: 6, unit: 'months' } }), { asOf: '2026-01-06' }).windowCloses,
    ).toBe('2026-07-05');
  });
});

describe('claimsSummary', () => {
  const tariff: Tariff = {
    metrics: [
      { metric: 'Job', price: 1000, cap: 3 },
      { metric: 'Tenancy', price: 500 },
    ],
    end: '2026-12-31',
  };
  const held = { evidence: 'payslip' };
  const claims: Claim[] = [
    claim({ row: 2, recorded: 'Paid' }),
    claim({ row: 3, recorded: 'Claimed' }),
    claim({ row: 4, ...held }),
    claim({ row: 5, ...held }),
    claim({ row: 6, metric: 'tenancy', ...held }),
    claim({ row: 7, metric: 'Tenancy', recorded: 'Rejected' }),
    claim({ row: 8, metric: 'Tenancy', achieved: '2026-06-01', sustainment: { amount: 26, unit: 'weeks' } }),
    claim({ row: 9, metric: 'Tenancy', achieved: '2026-12-01', sustainment: { amount: 26, unit: 'weeks' } }),
    claim({ row: 10, metric: 'Tenancy' }),
  ];

  it('counts money in the order a contract pays, within each cap', () => {
    const summary = claimsSummary(claims, tariff, { asOf: '2026-06-30' });
    expect(summary.counts).toEqual({ due: 3, claimable: 3, claimed: 1, paid: 1, rejected: 1 });
    // Job's cap of 3: one paid, one claimed, and only one of the two claimable Jobs is left to pay.
    expect([summary.paid, summary.claimed, summary.claimableNow]).toEqual([1000, 1000, 1500]);
    // Row 8's window closes 30 Nov 2026, within the contract; row 9's after its end; row 10 waits for evidence.
    expect(summary.projected).toBe(3000 + 500 * 3);
    expect(summary.withheld).toBe(1000);
    expect(summary.capsReached).toEqual(['Job']);
    expect(summary.totalCapReached).toBe(false);
    expect(summary.missingEvidence).toEqual([10]);
  });

  it('stops at the total cap', () => {
    const summary = claimsSummary(claims, { ...tariff, totalCap: 2500 }, { asOf: '2026-06-30' });
    expect([summary.paid, summary.claimed, summary.claimableNow, summary.projected]).toEqual([
      1000, 1000, 500, 2500,
    ]);
    expect(summary.totalCapReached).toBe(true);
  });

  it('projects every due claim when the contract has no end, and refuses an unpriced outcome', () => {
    expect(claimsSummary(claims, { metrics: tariff.metrics }, { asOf: '2026-06-30' }).projected).toBe(5000);
    expect(() => claimsSummary([claim({ metric: 'Volunteering' })], tariff, { asOf: '2026-06-30' })).toThrow(
      'Claims row 2: "Volunteering" is not an Outcome metric of the Payments rows.',
    );
  });
});

describe('claimsSummary and payments', () => {
  const tariff: Tariff = {
    metrics: [
      { metric: 'Job', price: 1000, cap: 4 },
      { metric: 'Tenancy', price: 450, cap: 2 },
      { metric: 'Course', price: 300 },
    ],
    totalCap: 4800,
  };
  const statuses = ['Paid', 'Claimed', undefined, 'Rejected'] as const;

  it('pays what payments pays for the same counts when no participant cap applies', () => {
    for (let n = 0; n <= 14; n++) {
      const ledger = Array.from({ length: n }, (_, i) =>
        claim({
          row: i + 2,
          participant: `P${i % 3}`,
          metric: tariff.metrics[i % 3]!.metric,
          evidence: 'held',
          ...(statuses[i % 4] ? { recorded: statuses[i % 4] } : {}),
        }),
      );
      const counts = tariff.metrics.map(
        (m) => ledger.filter((c) => c.metric === m.metric && c.recorded !== 'Rejected').length,
      );
      const expected = payments(
        tariff.metrics.map((m, i) => ({
          achieved: counts[i]!,
          price: m.price,
          ...(m.cap ? { cap: m.cap } : {}),
        })),
        tariff.totalCap,
      ).total;
      expect(claimsSummary(ledger, tariff, { asOf: '2026-06-30' }).projected, `${n} claims`).toBe(expected);
    }
  });

  it('holds each participant to the participant cap, across metrics and in the order the contract pays', () => {
    const ledger = [
      claim({ row: 2, participant: 'A', metric: 'Job', recorded: 'Paid' }),
      claim({ row: 3, participant: 'A', metric: 'Tenancy', evidence: 'tenancy' }),
      claim({ row: 4, participant: 'A', metric: 'Course', evidence: 'certificate' }),
      claim({ row: 5, participant: 'B', metric: 'Tenancy', evidence: 'tenancy' }),
    ];
    const summary = claimsSummary(ledger, tariff, { asOf: '2026-06-30', participantCap: 1200 });
    // A's paid Job uses £1,000 of A's £1,200; A's Tenancy gets the £200 left and A's Course nothing.
    expect([summary.paid, summary.claimableNow]).toEqual([1000, 200 + 450]);
    expect(summary.participantCapsReached).toEqual(['A']);
    expect(summary.withheld).toBe(250 + 300);
    expect(() => claimsSummary(ledger, tariff, { asOf: '2026-06-30', participantCap: -1 })).toThrow(
      'Participant cap is -1: an amount of money cannot be below zero.',
    );
  });
});

describe('readTariff', () => {
  const header = [
    'Outcome metric',
    'Indicator',
    'Price',
    'Cap',
    'Achieved',
    'Payment',
    'Contract',
    'Contract end',
    'Total cap',
  ];
  it('reads prices, caps, the end and the total cap given once', () => {
    const { tariff, problems } = readTariff(
      [
        header,
        ['Job', 'I1', 1000, 3, '', '', 'A', '31/12/2026', 2500],
        ['Tenancy', '', 500, '', 4, '', 'A', '', ''],
      ],
      context,
    );
    expect(problems).toEqual([]);
    expect(tariff).toEqual({
      metrics: [
        { metric: 'Job', price: 1000, cap: 3 },
        { metric: 'Tenancy', price: 500 },
      ],
      end: '2026-12-31',
      totalCap: 2500,
    });
  });

  it('names bad cells, a missing header and rows of several contracts', () => {
    const bad = readTariff(
      [
        header,
        ['Job', '', 'tbc', '', '', '', 'A'],
        ['Job', '', 1000, '', '', '', 'A'],
        ['Tenancy', '', 5, '', '', '', 'B'],
      ],
      context,
    );
    expect(bad.problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      'Payments!C2: Price must be a number, found "tbc".',
      "Payments!G3: Payments rows of 2 contracts (A, B): give one contract's rows.",
    ]);
    expect(readTariff([['Metric', 'Cost']], context).problems[0]!.message).toBe(
      'The Payments tab has no "Outcome metric", "Price" columns in its header row (row 1); add them, or run Set up impact workbook to repair the tab.',
    );
  });
});
