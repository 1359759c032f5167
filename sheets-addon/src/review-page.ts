// The Quarterly review sidebar's own code, bundled into Review.html by build.ts (<!-- script: … -->), never into
// Code.js: the server only reads the tabs (review.ts), and the page works out the review with core. It gives the
// page text to show, so that the page's script only places it.
import { formatFinding } from '../../core/checks/finding';
import { LEARNING_LOG_TAB, type LogRow, readLearningLog } from '../../core/review/log';
import { REVIEW_KINDS, type ReviewItem, type ReviewKind, reviewItems } from '../../core/review/review-items';
import {
  compareVersions,
  describeComparison,
  readTocVersion,
  type TocVersion,
  tocVersion,
} from '../../core/review/versions';
import { formatLongDate } from '../../core/util/calendar';
import { type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { readSentWorkbook, type SentCell, type SentWorkbook } from './sent-workbook';

/** What the server sends: the workbook's tabs, and the Learning log's cells as getValues() returns them. */
export interface ReviewInput extends SentWorkbook {
  log: SentCell[][];
  /** The saved versions of the theory of change, as JSON, oldest first. */
  versions: string[];
}

/** What a log row answering an item starts with; the team edits it before adding it. */
export interface Prefill {
  about: string;
  found: string;
  watch: string;
}

export interface ItemView {
  kind: ReviewKind;
  heading: string;
  reason: string;
  /** For a decision due: moved, too-early or no-interval. */
  verdict?: string;
  prefill: Prefill;
}

export interface GroupView {
  kind: ReviewKind;
  heading: string;
  items: ItemView[];
}

export interface ReviewView {
  subtitle: string;
  status: string;
  /** Every kind, in order, even when empty: an empty kind says so, which is news too. */
  groups: GroupView[];
  /** Cells the review could not read, worded with their place. */
  problems: string[];
  /** The saved versions to compare, oldest first: each as its day, and as the page names it. */
  versions: { value: string; label: string }[];
}

/** What Compare versions shows: a line that counts the changes, and each change in words. */
export interface ComparisonView {
  summary: string;
  changes: string[];
}

/** "now" stands for the theory of change as the tabs hold it today. */
export const NOW = 'now';

function savedVersions(input: ReviewInput): TocVersion[] {
  return input.versions.flatMap((json) => {
    const version = readTocVersion(json);
    return version ? [version] : [];
  });
}

export function compareView(input: ReviewInput, from: string, to: string): ComparisonView {
  const saved = savedVersions(input);
  const pick = (day: string) =>
    day === NOW
      ? tocVersion(readSentWorkbook(input).workbook, input.asOf)
      : saved.find((v) => v.saved === day);
  const before = pick(from);
  const after = pick(to);
  if (!before || !after) return { summary: 'Choose two versions to compare.', changes: [] };
  const changes = compareVersions(before, after);
  return { summary: describeComparison(before, after, changes), changes: changes.map((c) => c.sentence) };
}

const HEADINGS: Readonly<Record<ReviewKind, { heading: string; none: string }>> = {
  status: {
    heading: 'Indicators at risk, off track or missed',
    none: 'No indicator is at risk, off track or missed.',
  },
  overdue: { heading: 'Data overdue', none: 'No indicator is waiting for data.' },
  'untested-assumption': {
    heading: 'Assumptions no indicator tests',
    none: 'Every assumption on a link names the indicator that tests it.',
  },
  'decision-due': {
    heading: 'Decisions due for review',
    none: 'No logged decision has reached its review date.',
  },
};

/** The words each kind has when it is empty, for the page to show under its heading. */
export const NONE: Readonly<Record<ReviewKind, string>> = Object.fromEntries(
  REVIEW_KINDS.map((k) => [k, HEADINGS[k].none]),
) as Record<ReviewKind, string>;

function receivedCell(cell: SentCell): Cell {
  if (typeof cell !== 'object') return cell;
  return 'day' in cell ? LOCAL_DAYS.dateOf(cell.day) : new Date(cell.time);
}

/** The Learning log read in the page as the server would read it. */
export function readSentLog(input: ReviewInput): ReturnType<typeof readLearningLog> {
  return readLearningLog(
    input.log.map((row) => row.map(receivedCell)),
    { dateOrder: 'dmy', days: LOCAL_DAYS },
  );
}

/** The review's items from what the server sent: the same call core's tests make. */
export function reviewOf(input: ReviewInput): { items: ReviewItem[]; log: LogRow[]; problems: string[] } {
  const parsed = readSentWorkbook(input);
  const log = readSentLog(input);
  return {
    items: reviewItems(parsed.workbook, log.rows, { asOf: input.asOf }),
    log: log.rows,
    problems: [...parsed.problems, ...log.problems].map(formatFinding),
  };
}

function itemView(item: ReviewItem): ItemView {
  return {
    kind: item.kind,
    heading: `${item.about}: ${item.title}`,
    reason: item.reason,
    ...(item.movement ? { verdict: item.movement.verdict } : {}),
    prefill: { about: item.about, found: item.reason, watch: item.watch ?? '' },
  };
}

export function reviewView(input: ReviewInput): ReviewView {
  const { items, log, problems } = reviewOf(input);
  const n = items.length;
  return {
    subtitle: `${input.organisation.name}: the review as of ${formatLongDate(input.asOf)}, with ${log.length} Learning log row${log.length === 1 ? '' : 's'}.`,
    status:
      n === 0
        ? 'Nothing needs a conversation this quarter.'
        : `${n} item${n === 1 ? '' : 's'} to talk about. Add what you decide to the ${LEARNING_LOG_TAB}.`,
    groups: REVIEW_KINDS.map((kind) => ({
      kind,
      heading: HEADINGS[kind].heading,
      items: items.filter((i) => i.kind === kind).map(itemView),
    })),
    problems,
    versions: savedVersions(input).map((v) => ({ value: v.saved, label: formatLongDate(v.saved) })),
  };
}

Object.assign(globalThis, { ImpactLensReview: { view: reviewView, none: NONE, compare: compareView } });
