import { describe, expect, it } from 'vitest';
import { demoFundersTable } from '../demo/funders';
import { demoLearningLogTable } from '../demo/learning-log';
import { DEMO_AS_OF, demoWorkbook } from '../demo/workbook';
import { explainIndicator } from '../insight/explain';
import { type LogRow, readLearningLog } from '../review/log';
import { countWords } from '../text/count';
import { sentences } from '../text/sentences';
import { LOCAL_DAYS } from '../workbook/cells';
import { type Funder, readFunders } from './read';
import { draftReport, reportPeriodStart, reportPeriods, trimToWords } from './report';
import { reportCells, reportTabName } from './tab';

const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
const log = readLearningLog(demoLearningLogTable(), context).rows;
const { funders } = readFunders(demoFundersTable(), context);
const PERIOD_END = '2026-09-30';

const withOutcomes = (name: string, outcomes: [string, string[], number?][]): Funder => ({
  name,
  reportingDates: [],
  outcomes: outcomes.map(([outcome, indicators, words], i) => ({
    row: i + 2,
    outcome,
    indicators,
    ...(words ? { words } : {}),
  })),
});

const sentencesOf = (text: string) => sentences(text).map((s) => s.text.trim());

describe('trimToWords', () => {
  const a = 'One two three. Four five.';
  const b = 'Six seven eight nine. Ten.';
  it.each<[number | undefined, string[], number]>([
    [undefined, [a, b], 0],
    [100, [a, b], 0],
    [7, ['One two three.', 'Six seven eight nine.'], 2],
    [9, ['One two three. Four five.', 'Six seven eight nine.'], 1],
    [3, ['One two three.'], 3],
    [2, [], 4],
  ])('within %s words keeps %j, leaving out %i sentences', (limit, kept, leftOut) => {
    expect(trimToWords([a, b], limit)).toEqual({ paragraphs: kept, leftOut });
  });
});

describe('draftReport', () => {
  it('drafts the same evidence in each funder’s own outcomes', () => {
    const two = [
      withOutcomes('Skills Fund', [['Young people gain employability skills', ['I4', 'I5']]]),
      withOutcomes('Jobs Trust', [
        ['More young people in work', ['I5']],
        ['Jobs that last', ['I6']],
      ]),
    ];
    const draft = (funder: string) =>
      draftReport(demoWorkbook, two, log, { funder, periodEnd: PERIOD_END, asOf: DEMO_AS_OF });
    const skills = draft('Skills Fund');
    const jobs = draft('Jobs Trust');
    expect(skills.sections.map((s) => [s.heading, s.indicators])).toEqual([
      ['Young people gain employability skills', ['I4', 'I5']],
    ]);
    expect(jobs.sections.map((s) => [s.heading, s.indicators])).toEqual([
      ['More young people in work', ['I5']],
      ['Jobs that last', ['I6']],
    ]);
    const i5 = explainIndicator(demoWorkbook, 'I5', { asOf: PERIOD_END }).paragraph;
    expect(skills.sections[0]!.paragraphs[1]!.text).toBe(i5);
    expect(jobs.sections[0]!.paragraphs[0]!.text).toBe(i5);
  });

  it.each([20, 45, 80, 150, 400])(
    'keeps every section of both demo funders within %i words, whole sentences only',
    (words) => {
      for (const funder of funders) {
        const limited = { ...funder, outcomes: funder.outcomes.map((o) => ({ ...o, words })) };
        const unlimited = { ...funder, outcomes: funder.outcomes.map(({ words: _, ...o }) => o) };
        const options = { funder: funder.name, periodEnd: PERIOD_END, asOf: DEMO_AS_OF };
        const full = draftReport(demoWorkbook, [unlimited], log, options);
        const trimmed = draftReport(demoWorkbook, [limited], log, options);
        trimmed.sections.forEach((section, s) => {
          const all = full.sections[s]!.paragraphs.flatMap((p) => sentencesOf(p.text));
          const kept = section.paragraphs.flatMap((p) => sentencesOf(p.text));
          expect(section.words).toBe(section.paragraphs.reduce((n, p) => n + countWords(p.text), 0));
          expect(section.words).toBeLessThanOrEqual(words);
          expect(section.limit).toBe(words);
          for (const sentence of kept) expect(all).toContain(sentence);
          expect(section.leftOut).toBe(all.length - kept.length);
          expect(section.leftOut > 0).toBe(full.sections[s]!.words > words);
        });
      }
    },
  );

  it('explains a slipped indicator from its newest Learning log row, and flags one the log says nothing about', () => {
    const funder = withOutcomes('Jobs Trust', [['Jobs that last', ['I6', 'I7']]]);
    const report = draftReport(demoWorkbook, [funder], log, {
      funder: 'Jobs Trust',
      periodEnd: PERIOD_END,
      asOf: DEMO_AS_OF,
    });
    const [section] = report.sections;
    expect(section!.slipped).toEqual(['I6', 'I7']);
    expect(section!.unexplained).toEqual(['I7']);
    const texts = section!.paragraphs.map((p) => p.text);
    expect(texts).toContain(
      'I6 is at risk of missing its target; the Learning log of 15 April 2026 says: A third of those who started a job had left it within 26 weeks. Why we think it happened: No one from the programme was in touch once the job began. What we are changing: Mentors phone each young person in weeks 2, 6 and 12 of a new job.',
    );
    expect(texts).toContain('I7 is at risk of missing its target: there is no note in the Learning log yet.');
  });

  it('takes the newest note about a slipped indicator, and only notes written by the period’s end', () => {
    const note = (date: string, found: string): LogRow => ({ row: 2, date, about: 'I7', found });
    const funder = withOutcomes('Jobs Trust', [['Jobs that last', ['I7']]]);
    const notes = [
      note('2026-01-10', 'Older note'),
      note('2026-06-01', 'Newer note'),
      note('2026-10-15', 'Too late'),
    ];
    const report = draftReport(demoWorkbook, [funder], notes, {
      funder: 'Jobs Trust',
      periodEnd: PERIOD_END,
      asOf: DEMO_AS_OF,
    });
    const text = report.sections[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('the Learning log of 1 June 2026 says: Newer note.');
    expect(text).not.toContain('Too late');
    expect(text).toContain('What we learned on 10 January 2026 about I7: Older note.');
  });

  it('checks every paragraph as an answer, and the demo’s paragraphs raise nothing above info', () => {
    for (const funder of funders) {
      const report = draftReport(demoWorkbook, funders, log, {
        funder: funder.name,
        periodEnd: PERIOD_END,
        asOf: DEMO_AS_OF,
      });
      const paragraphs = report.sections.flatMap((s) => s.paragraphs);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs)
        expect(
          p.findings.filter((f) => f.severity !== 'info').map((f) => f.message),
          p.text,
        ).toEqual([]);
    }
  });

  it('says which funder it cannot find', () => {
    expect(() =>
      draftReport(demoWorkbook, funders, log, { funder: 'Nobody', periodEnd: PERIOD_END, asOf: DEMO_AS_OF }),
    ).toThrow('The Funders tab has no funder "Nobody".');
  });
});

describe('report periods', () => {
  const funder = funders[0]!;
  it('offers each reporting date and the grant’s end, and starts each after the one before', () => {
    expect(reportPeriods(funder)).toEqual([
      '2025-10-31',
      '2026-04-30',
      '2026-11-15',
      '2027-03-31',
      '2027-04-30',
    ]);
    expect(reportPeriodStart(funder, '2025-10-31')).toBe('2025-04-01');
    expect(reportPeriodStart(funder, '2026-11-15')).toBe('2026-05-01');
  });
});

describe('reportCells', () => {
  it('writes the text beside each paragraph’s findings, and each section’s words against its limit', () => {
    const report = draftReport(demoWorkbook, funders, log, {
      funder: 'Brightpath Trust',
      periodEnd: PERIOD_END,
      asOf: DEMO_AS_OF,
    });
    const cells = reportCells(report);
    expect(reportTabName(report)).toBe('Report – Brightpath Trust – 2026-09-30');
    expect(cells.slice(0, 2)).toEqual([
      ['Report to Brightpath Trust', 'Checks'],
      ['Pathways to Work: 1 April 2026 to 30 September 2026; figures as of 30 September 2026.', ''],
    ]);
    expect(cells.every((row) => row.length === 2)).toBe(true);
    const section = report.sections[0]!;
    const heading = cells.findIndex((row) => row[0] === section.heading);
    expect(cells[heading]![1]).toBe('Our indicators: I1, I2');
    expect(cells[heading + 1]![0]).toBe(section.paragraphs[0]!.text);
    expect(cells[heading + section.paragraphs.length + 1]![0]).toMatch(
      new RegExp(`^${section.words} of 120 words`),
    );
  });
});
