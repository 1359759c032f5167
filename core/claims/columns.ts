import { describeCell, readChoice } from '../workbook/cells';
import { type CellReader, type ColumnSpec, PAYMENT_COLUMNS } from '../workbook/tabs';

/** The tab that holds the contract's view: one row per outcome a participant or cohort achieved. */
export const CLAIMS_TAB = 'Claims';

/** What the user records once a claim leaves their hands; due and claimable are worked out, never typed. */
export const RECORDED_STATUSES = ['Claimed', 'Paid', 'Rejected'] as const;
export type RecordedStatus = (typeof RECORDED_STATUSES)[number];

type PaymentKey = (typeof PAYMENT_COLUMNS)[number]['key'];

/** The Payments tab's readers: a Claims cell reads as a Payments cell of the same kind does. */
function readerOf<T>(key: PaymentKey): CellReader<T> {
  return PAYMENT_COLUMNS.find((c) => c.key === key)!.reader as CellReader<T>;
}

const TEXT = readerOf<string>('metric');
const DATE = readerOf<string>('end');

const STATUS: CellReader<RecordedStatus> = {
  expects: `one of ${RECORDED_STATUSES.join(', ')}`,
  read(cell, { days }) {
    const read = readChoice(cell, RECORDED_STATUSES);
    return read.ok
      ? read
      : { ok: false, fault: `must be ${STATUS.expects}, found ${describeCell(cell, days)}` };
  },
  plain: () => undefined,
};

function column<K extends string, T, R extends boolean>(
  key: K,
  header: string,
  required: R,
  reader: CellReader<T>,
): ColumnSpec<K, T, R> {
  return { key, header, required, reader };
}

/** The Claims tab's columns (docs/claims.md). Sustainment is a length such as "26 weeks", as a Sources Window is. */
export const CLAIM_COLUMNS = [
  column('participant', 'Participant', true, TEXT),
  column('metric', 'Outcome metric', true, TEXT),
  column('achieved', 'Achieved on', true, DATE),
  column('sustainment', 'Sustainment', false, TEXT),
  column('evidence', 'Evidence', false, TEXT),
  column('recorded', 'Status', false, STATUS),
  column('recordedOn', 'Status date', false, DATE),
  column('note', 'Note', false, TEXT),
];

export type ClaimKey = (typeof CLAIM_COLUMNS)[number]['key'];
