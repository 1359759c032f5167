import { allocateClaims } from '../../../core/claims/allocate';
import { readClaims } from '../../../core/claims/read';
import { readTariff } from '../../../core/claims/tariff';
import { MeasureError } from '../../../core/measures/errors';
import type { Cell } from '../../../core/workbook/cells';
import type { CellContext } from '../../../core/workbook/tabs';
import { activeSpreadsheetDays } from '../calendar-days';
import { ANY, DATE_OR_TODAY, OPTIONAL_NUMBER } from './cell-types';
import { defineFormula, type FormulaDocs } from './define';

/** A range with its header row, as rows of cells; a single cell is a range of one. */
function table(value: unknown): Cell[][] {
  return (Array.isArray(value) ? value : [[value]]) as Cell[][];
}

/** A cell that cannot be read stops the formula: a total without its row would be a wrong total. */
function firstProblem(problems: readonly { message: string; place?: string }[]): void {
  const problem = problems[0];
  if (problem) throw new MeasureError(`${problem.place}: ${problem.message}`);
}

export const claimableFormula = defineFormula({
  name: 'IMPACT_CLAIMABLE',
  params: [
    { name: 'claims', label: 'Claims', type: ANY, layout: 'range' },
    { name: 'payments', label: 'Payments', type: ANY, layout: 'range' },
    { name: 'as_of', label: 'As-of date', type: DATE_OR_TODAY, layout: 'one', optional: true },
    {
      name: 'participant_cap',
      label: 'Participant cap',
      type: OPTIONAL_NUMBER,
      layout: 'one',
      optional: true,
    },
  ],
  // Each range is read by its header row: a blank is a cell left empty, not a row to leave out.
  blankWhile: null,
  answer: (call) => {
    const context: CellContext = { dateOrder: 'dmy', days: activeSpreadsheetDays() };
    const claims = readClaims(table(call.args.claims.value), context);
    firstProblem(claims.problems);
    const tariff = readTariff(table(call.args.payments.value), context);
    firstProblem(tariff.problems);
    const participantCap = call.read(call.args.participant_cap);
    return allocateClaims(claims.claims, tariff.tariff, {
      asOf: call.read(call.args.as_of),
      ...(participantCap === undefined ? {} : { participantCap }),
    }).money[2];
  },
});

export const claimableDocs: FormulaDocs<typeof claimableFormula> = {
  description:
    'Money claimable now: Claims rows with their window passed and evidence held, within the caps.',
  params: {
    claims: 'The Claims tab, with its header row.',
    payments: "The contract's Payments rows, with their header row.",
    as_of: 'the day to judge windows on. Today if left blank.',
    participant_cap: 'the most paid for one participant. No cap if left blank.',
  },
  returns: { type: 'number', help: 'The money claimable now.' },
  example: {
    args: [
      [
        ['Participant', 'Outcome metric', 'Achieved on', 'Sustainment', 'Evidence', 'Status'],
        ['P1', 'Job', '2026-01-05', '13 weeks', 'payslip', 'Paid'],
        ['P2', 'Job', '2026-01-12', '13 weeks', 'payslip', ''],
        ['P3', 'Job', '2026-02-02', '13 weeks', '', ''],
        ['P4', 'Tenancy', '2026-03-02', '3 months', 'tenancy agreement', ''],
      ],
      [
        ['Outcome metric', 'Price', 'Cap', 'Total cap'],
        ['Job', 1000, 2, 5000],
        ['Tenancy', 500, '', ''],
      ],
      '2026-06-30',
    ],
    gives: 1500,
  },
};
