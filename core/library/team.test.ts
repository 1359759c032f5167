import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { mergeTeam, teamEntries } from './team';
import { entry } from './test-entries';

const HEADER = ['Question', 'Kind', 'Limit', 'Answer', 'Funder', 'Portal', 'Date', 'Help'];

describe('teamEntries', () => {
  it('reads each row as a team entry, whatever the order and case of the headers', () => {
    const rows = [
      ['answer', 'QUESTION', 'Date', 'Limit', 'Portal', 'Kind', 'Notes'],
      [
        'Of our leavers, 62% were in education, employment or training six months after leaving.',
        'What difference will you make?',
        new Date(2026, 2, 4),
        '250 words',
        'https://apply.fund.org/form/7',
        'Outcomes',
        'ignored',
      ],
    ];
    expect(teamEntries(rows, demoWorkbook)).toEqual({
      entries: [
        {
          id: 'team:2',
          text: rows[1]![0],
          question: {
            label: 'What difference will you make?',
            help: '',
            kind: 'outcomes',
            limit: { max: 250, unit: 'words' },
          },
          funder: '',
          portal: 'apply.fund.org',
          savedAt: '2026-03-04',
          figures: [{ text: '62%', indicatorId: 'I5' }],
          source: 'team',
        },
      ],
      problems: [],
    });
  });

  it.each([
    { limit: '', want: null },
    { limit: '1,500 characters', want: { max: 1500, unit: 'characters' } },
    { limit: '300', want: { max: 300, unit: 'words' } },
    { limit: 'short', want: null },
  ])('reads the limit "$limit"', ({ limit, want }) => {
    const { entries } = teamEntries([HEADER, ['Q', '', limit, 'A', '', '', '', '']]);
    expect(entries[0]!.question.limit).toEqual(want);
  });

  it('reads a blank kind from the question, as the checks do', () => {
    const { entries } = teamEntries([
      HEADER,
      ['How will you measure the difference you make?', '', '', 'A', '', '', '', ''],
    ]);
    expect(entries[0]!.question.kind).toBe('measurement');
  });

  it('names the rows it leaves out, and passes blank rows over', () => {
    const rows = [
      HEADER,
      ['Q1', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['Q3', '', '', 'A3', '', '', '', ''],
    ];
    const read = teamEntries(rows);
    expect(read.entries.map((e) => e.id)).toEqual(['team:4']);
    expect(read.problems).toEqual(['Answers!2: needs both a question and an answer; left out.']);
  });

  it('says which columns the tab lacks', () => {
    expect(
      teamEntries([
        ['Question', 'Text'],
        ['Q', 'A'],
      ]),
    ).toEqual({
      entries: [],
      problems: ['Answers: the first row needs the column Answer.'],
    });
    expect(teamEntries([])).toEqual({ entries: [], problems: [] });
  });
});

describe('mergeTeam', () => {
  it('shows a team answer the user already keeps once, as the user’s, and sorts newest first', () => {
    const mine = [entry('m1', 'We help  young people.', { label: 'Q' }, { savedAt: '2026-01-01' })];
    const team = [
      entry('team:2', 'we help young people.', { label: 'Q' }, { source: 'team', savedAt: '2026-05-01' }),
      entry('team:3', 'Something else.', { label: 'Q' }, { source: 'team', savedAt: '2026-04-01' }),
    ];
    expect(mergeTeam(mine, team).map((e) => e.id)).toEqual(['team:3', 'm1']);
  });
});
