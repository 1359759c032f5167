import { NUMBER_WORDS_SOURCE } from './number-words';
import { type Match, matchesOf, wordStartPhrases } from './spans';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const YEAR = '(?:19|20)\\d{2}(?:[-–/](?:\\d{2}|\\d{4}))?';
const AMOUNT = `(?:\\d+|${NUMBER_WORDS_SOURCE}|a|an|the\\s+(?:first|next|last|final|second|third))`;
const UNIT = '(?:days?|weeks?|months?|years?|terms?|quarters?|semesters?)';
const PROJECT =
  '(?:grant|project|programme|program|funding(?:\\s+period)?|contract|pilot|course|scheme|year|term|school\\s+year|academic\\s+year|financial\\s+year|first\\s+year|second\\s+year|third\\s+year|final\\s+year|period|intervention|placement|counselling|therapy|treatment|support|mentoring|sessions)';

/**
 * When something will happen: "by March 2027", "within 12 months", "each year", "over three years", "by the end of
 * the grant", "six months after leaving", "in year two". One pass of one expression.
 */
/** Exported for phrases.test.ts, which holds the word-start filter to the plain alternation. */
export const TIMEFRAME = wordStartPhrases(
  [
    `\\b(?:by|before|until|till|in|during|from|after|through|throughout|between|at)\\s+(?:the\\s+(?:end|start|beginning)\\s+of\\s+)?(?:${MONTH}\\s+|${SEASON}\\s+|(?:q[1-4]|quarter\\s+[1-4])\\s+)?${YEAR}\\b`,
    `\\b(?:by|before|until|in|at|from)\\s+(?:the\\s+)?(?:end|start|beginning|close|completion)\\s+of\\s+(?:the\\s+|this\\s+|our\\s+|its\\s+|their\\s+|each\\s+)?(?:[\\w-]+\\s+)?${PROJECT}\\b`,
    `\\b(?:by|before|at)\\s+the\\s+end\\s+of\\s+(?:the\\s+|their\\s+|each\\s+|our\\s+)?(?:\\d+|${NUMBER_WORDS_SOURCE})[\\s-]+(?:weeks?|months?|years?|sessions?|days?)\\b`,
    `\\b(?:by|in|before)\\s+(?:${MONTH}|${SEASON})\\b`,
    // Not "for three quarters of them": quarters of something are a share, not a period ("within three quarters
    // of starting" is one).
    `\\b(?:within|in|after|over|for|during|across|throughout)\\s+(?:the\\s+)?(?:next\\s+|first\\s+|last\\s+|final\\s+|coming\\s+)?${AMOUNT}[\\s-]+${UNIT}\\b(?!(?<=\\b(?:for|in)\\s+[\\w-]+[\\s-]+quarters?)\\s+of\\b)`,
    `\\b${AMOUNT}[\\s-]+${UNIT}\\s+(?:after|later|on|from|of(?!(?<=quarters?\\s+of)\\s)|post|following|since|into)\\b`,
    `\\bat\\s+(?:\\d+|${NUMBER_WORDS_SOURCE})[\\s-]+(?:weeks?|months?|years?)\\b`,
    // "each year" can carry a target; "once a week" and "each month" describe delivery, not when change is due.
    // Not "£1,900 a year": after a sum of money it is a rate, not when a change is due; "a quarter of" is a share.
    `\\b(?:each|every|per|a|an|one)(?<![£$€][\\d,.]+(?:k|m)?\\s[a-z]+)\\s+(?:year|quarter|term|annum|academic\\s+year|financial\\s+year|cohort)\\b(?!(?<=quarter)\\s+of\\b)`,
    // "this year we expect 70%", "next year", "in the coming year": the period a target is set for.
    `\\b(?:(?:in|during|over)\\s+)?(?:this|next|the\\s+coming)\\s+(?:year|quarter|term|academic\\s+year|financial\\s+year|school\\s+year)\\b`,
    // Frequencies a target can be set against; "weekly" and "daily" describe delivery, not when change is due.
    `\\b(?:annually|quarterly|termly|yearly|year[\\s-]on[\\s-]year)\\b`,
    `\\b(?:in|during|by)\\s+(?:year|phase)\\s+(?:one|two|three|four|five|[1-5])\\b`,
    `\\b(?:in|during|by)\\s+the\\s+(?:first|second|third|fourth|fifth|final)\\s+(?:year|term|quarter|phase|six\\s+months)\\b`,
    `\\b(?:by|before|within)\\s+(?:the\\s+time|when)\\s+(?:they|participants|young\\s+people|people|families|children|pupils|students)\\s+(?:leave|finish|complete|graduate)`,
    `\\b(?:on|at|upon)\\s+(?:leaving|completion|exit|graduation|discharge)\\b`,
    // "will leave the course with improved mental health": the change is due when they leave.
    `\\bleav(?:e|es|ing)\\s+(?:the|our|their)\\s+(?:course|programme|program|project|service|scheme)\\b`,
    `\\b(?:short|medium|long)[\\s-]term\\b`,
    `\\b(?:20\\d{2}|19\\d{2})[-–/](?:20)?\\d{2}\\b`,
  ],
  'gi',
);

/** "in the long term" names a horizon but no date: it is found, but does not count as a timeframe for checks. */
const HORIZON_ONLY = /^(?:short|medium|long)[\s-]term$/i;

export interface Timeframe extends Match {
  /** True for a date or period a reader could hold you to; false for "long-term" and the like. */
  specific: boolean;
}

export function timeframes(text: string): Timeframe[] {
  // Field by field: a spread of each match cost almost as much as finding them (0.63 of a word scan of the
  // 100,000-character answer, against 0.34).
  return matchesOf(TIMEFRAME, text).map(({ start, end, text }) => ({
    start,
    end,
    text,
    specific: !HORIZON_ONLY.test(text),
  }));
}
