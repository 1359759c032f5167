import { beforeAll, describe, expect, it } from 'vitest';
import { costsTemplate } from '../../core/costing/costs-table';
import { DEMO_COSTS } from '../../core/costing/demo';
import { DEFAULT_COSTS } from '../../core/costing/plan';
import { COSTS_TAB } from '../../core/costing/tab';
import { FUNDERS_COLUMNS, FUNDERS_TAB } from '../../core/funders/columns';
import { buildAddon } from '../../sheets-addon/build';
import { type CostInput, costView } from '../../sheets-addon/src/cost-page';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { fillSpreadsheet, loadAddon } from './load-code';

/** The M&E cost from a plan: the built Code.js reads the tabs in node:vm, and the page's code costs them. */

const DEMO_TEMPLATE = costsTemplate({ ...DEFAULT_COSTS, ...DEMO_COSTS });
/** As google.script.run passes it: JSON both ways. */
const sent = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;

async function demoAddon() {
  const spreadsheet = new FakeSpreadsheet('Northfield Youth Futures');
  const addon = await loadAddon(spreadsheet);
  addon.call('addDemoData');
  const input = () => sent<CostInput>(addon.call('getCostInput'));
  return { spreadsheet, addon, input };
}

beforeAll(async () => {
  await buildAddon();
});

describe('the M&E cost from a plan', () => {
  it('costs the demo plan with default unit costs until the M&E costs tab is added', async () => {
    const { addon, input } = await demoAddon();
    const before = costView(input());
    expect(before.subtitle).toBe('Northfield Youth Futures: default unit costs.');
    expect(before.budgetLine).toBe(
      'Monitoring and evaluation: 2,748 a year (136 staff hours, survey licence)',
    );
    expect(before.notes[0]).toMatch(/^I8 is not costed/);
    expect(before.template).toEqual(costsTemplate(DEFAULT_COSTS));

    expect(addon.call('addCostsTab', sent(DEMO_TEMPLATE))).toBe(true);
    const after = costView(input());
    expect(after.subtitle).toBe('Northfield Youth Futures: unit costs from the M&E costs tab.');
    expect(after.budgetLine).toBe(
      'Monitoring and evaluation: £2,655 a year (138 staff hours, survey licence)',
    );
    expect(after.totals.at(-1)).toEqual({ label: 'Total', value: '£2,655 a year' });
    expect(after.rows.find((r) => r.id === 'I3')).toMatchObject({
      method: 'survey',
      frequency: 'Quarterly (4)',
      owner: 'Impact and learning lead',
      hours: '24 h',
      money: '£420',
    });
    expect(after.justification).toMatch(/^Monitoring and evaluation costs £2,655 a year\./);
    expect(after.notes).toEqual([]);
    expect(after.template).toBeUndefined();
  });

  it('never writes over an M&E costs tab that is there, and refuses rows that are not Item and Value', async () => {
    const { spreadsheet, addon } = await demoAddon();
    expect(addon.call('addCostsTab', [['Item', 'Value', 'extra']])).toBe(false);
    expect(addon.call('addCostsTab', 'Staff hour')).toBe(false);
    expect(addon.call('addCostsTab', [])).toBe(false);
    expect(spreadsheet.getSheetByName(COSTS_TAB)).toBeNull();
    expect(addon.call('addCostsTab', sent(DEMO_TEMPLATE))).toBe(true);
    expect(addon.call('addCostsTab', [['Staff hour', 99]])).toBe(false);
    expect(spreadsheet.getSheetByName(COSTS_TAB)!.getRange(3, 2).getValue()).toBe(17.5);
  });

  it('costs each grant on the Funders tab over its period', async () => {
    const { spreadsheet, addon, input } = await demoAddon();
    addon.call('addCostsTab', sent(DEMO_TEMPLATE));
    spreadsheet.getSheetByName(FUNDERS_TAB)?.getDataRange().clearContent();
    fillSpreadsheet(
      spreadsheet,
      {
        [FUNDERS_TAB]: [
          FUNDERS_COLUMNS.map((c) => c.header),
          ['Youth Fund', 'Pathways', new Date(2025, 3, 1), new Date(2027, 2, 31), '', 'Confidence', 'I3', ''],
          ['Youth Fund', '', '', '', '', 'Jobs', 'I5, I6', ''],
          ['Local Trust', '', '', '', '', 'Reach', 'I1', ''],
        ],
      },
      addon.realmDate,
    );
    expect(costView(input()).grants).toEqual([
      { name: 'Youth Fund: Pathways', perYear: '£2,060', perGrant: '£4,120 over 2 years' },
      { name: 'Local Trust', perYear: '£140', perGrant: 'no period given' },
    ]);
  });

  it('reports unit costs it cannot read, with their row', async () => {
    const { spreadsheet, input } = await demoAddon();
    spreadsheet
      .insertSheet(COSTS_TAB)
      .getRange(1, 1, 2, 2)
      .setValues([
        ['Item', 'Value'],
        ['Staff hour', 'tbc'],
      ]);
    expect(costView(input()).notes).toContain('M&E costs row 2: Staff hour needs a number of 0 or more.');
  });
});
