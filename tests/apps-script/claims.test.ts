// The Claims tab through the built Code.js: Set up makes it, and IMPACT_CLAIMABLE reads it with the Payments tab.
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../../core/claims/columns';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

const CLAIMS = CLAIM_COLUMNS.map((c) => c.header);
const PAYMENTS = [
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

describe('Set up impact workbook', () => {
  it('makes the Claims tab with its headers, a Status dropdown and date formats, and keeps what the user wrote', async () => {
    const spreadsheet = new FakeSpreadsheet('Charity');
    const addon = await loadAddon(spreadsheet);
    addon.call('setUpImpactWorkbook');
    const claims = spreadsheet.getSheetByName('Claims')!;
    expect(claims.getRange(1, 1, 1, claims.getLastColumn()).getValues()[0]).toEqual(CLAIMS);
    expect(claims.getFrozenRows()).toBe(1);
    expect(claims.getRange('F2').getDataValidations()[0]![0]).toMatchObject({
      kind: 'list',
      values: ['Claimed', 'Paid', 'Rejected'],
    });
    expect(claims.getRange('C2').getNumberFormats()[0]![0]).toBe('dd/mm/yyyy');
    expect(spreadsheet.namedRanges.has('ImpactClaims')).toBe(true);

    claims.getRange(2, 1, 1, 3).setValues([['P1', 'Job', '05/01/2026']]);
    addon.call('setUpImpactWorkbook');
    expect(claims.getRange(1, 1, 2, 3).getValues()).toEqual([
      CLAIMS.slice(0, 3),
      ['P1', 'Job', '05/01/2026'],
    ]);
  });
});

describe('IMPACT_CLAIMABLE', () => {
  async function claimable(rows: unknown[][], payments: unknown[][], asOf: string) {
    const addon = await loadAddon(new FakeSpreadsheet('Charity'));
    const date = (iso: string) => addon.realmDate(new Date(`${iso}T12:00:00Z`));
    const dated = rows.map((r) =>
      r.map((v) => (/^\d{4}-\d\d-\d\d$/.test(String(v)) ? date(v as string) : v)),
    );
    return (participantCap?: number) =>
      addon.call(
        'IMPACT_CLAIMABLE',
        [CLAIMS, ...dated],
        [PAYMENTS, ...payments],
        date(asOf),
        participantCap ?? '',
      );
  }
  const tariff = [
    ['Job', '', 1000, 3, '', '', 'Youth', '31/12/2026', ''],
    ['Tenancy', '', 500, '', '', '', 'Youth', '', ''],
  ];
  // One claim in every status: paid, claimed, rejected, claimable, due with its window open, due without evidence.
  const ledger = [
    ['P1', 'Job', '2026-01-05', '13 weeks', 'payslip', 'Paid', '2026-04-20', ''],
    ['P2', 'Job', '2026-01-12', '13 weeks', 'payslip', 'Claimed', '2026-04-21', ''],
    ['P3', 'Tenancy', '2026-01-12', '3 months', 'tenancy', 'Rejected', '2026-04-22', 'ended early'],
    ['P4', 'Tenancy', '2026-02-02', '3 months', 'tenancy agreement', '', '', ''],
    ['P5', 'Job', '2026-05-04', '13 weeks', 'payslip', '', '', ''],
    ['P6', 'Tenancy', '2026-01-05', '3 months', '', '', '', ''],
  ];

  it('counts only claims whose window has closed with evidence held', async () => {
    // 30 June: P4's window closed on 2 May; P5's is open until 3 August; P6 has no evidence.
    expect((await claimable(ledger, tariff, '2026-06-30'))()).toBe(500);
    // 3 August: P5's window has closed too.
    expect((await claimable(ledger, tariff, '2026-08-03'))()).toBe(1500);
    // Before any window has closed, nothing is claimable.
    expect((await claimable(ledger, tariff, '2026-02-01'))()).toBe(0);
  });

  it('pays within the cap left after the claims already paid and claimed', async () => {
    const more = [...ledger, ['P7', 'Job', '2026-01-19', '13 weeks', 'payslip', '', '', '']];
    // Job's cap of 3: P1 paid and P2 claimed leave room for one of P5 and P7.
    expect((await claimable(more, tariff, '2026-08-03'))()).toBe(1000 + 500);
    const capped = [tariff[0]!.map((v, i) => (i === 8 ? 3000 : v)), tariff[1]!];
    // A total cap of £3,000: £2,000 paid and claimed leave £1,000 of the £1,500.
    expect((await claimable(more, capped, '2026-08-03'))()).toBe(1000);
  });

  it('holds each participant to the participant cap', async () => {
    const again = [...ledger, ['P1', 'Tenancy', '2026-01-05', '3 months', 'tenancy agreement', '', '', '']];
    // P1's paid Job (£1,000) leaves £200 of a £1,200 participant cap for P1's Tenancy; P4's Tenancy pays £500.
    expect((await claimable(again, tariff, '2026-06-30'))(1200)).toBe(200 + 500);
    expect((await claimable(again, tariff, '2026-06-30'))()).toBe(500 + 500);
  });

  it('names the row it cannot read, and an outcome the Payments tab does not price', async () => {
    const bad = [...ledger, ['P8', 'Job', 'soon', '', '', '', '', '']];
    expect(await claimable(bad, tariff, '2026-06-30')).toThrow(
      'Claims!C8: Achieved on must be a date such as 31/03/2026, found "soon".',
    );
    const unpriced = [...ledger, ['P9', 'Volunteering', '2026-01-05', '', 'log', '', '', '']];
    expect(await claimable(unpriced, tariff, '2026-06-30')).toThrow(
      'Claims row 8: "Volunteering" is not an Outcome metric of the Payments rows.',
    );
  });
});
