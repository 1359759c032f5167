import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import type { TocNode } from '../model/schema';
import { compareVersions, describeComparison, readTocVersion, type TocVersion, tocVersion } from './versions';

const node = (id: string, statement: string, extra: Partial<TocNode> = {}): TocNode => ({
  id,
  level: 'Outcome',
  statement,
  ...extra,
});

const BEFORE: TocVersion = {
  saved: '2026-03-31',
  nodes: [
    node('A1', 'Mentoring', { level: 'Activity', assumptions: 'Mentors stay' }),
    node('O1', 'Young people finish'),
    node('O2', 'Young people feel confident'),
    node('O9', 'Young people volunteer'),
  ],
  links: [
    { from: 'A1', to: 'O1' },
    { from: 'O1', to: 'O2' },
    { from: 'O2', to: 'O9' },
  ],
};

describe('compareVersions', () => {
  it.each<[string, Partial<TocVersion>, string[]]>([
    [
      'nothing changed, whatever the spacing',
      { nodes: BEFORE.nodes.map((n) => ({ ...n, statement: ` ${n.statement}  ` })) },
      [],
    ],
    [
      'a step added, with its links',
      {
        nodes: [...BEFORE.nodes, node('O3', 'Young people find work')],
        links: [...BEFORE.links, { from: 'O3', to: 'O9' }],
      },
      ['added O3: O3 was added: "Young people find work", leading to O9.'],
    ],
    [
      'a step removed',
      { nodes: BEFORE.nodes.filter((n) => n.id !== 'O9'), links: BEFORE.links.filter((l) => l.to !== 'O9') },
      ['link-removed O2: O2 no longer leads to O9.', 'removed O9: O9 was removed: "Young people volunteer".'],
    ],
    [
      'a statement, an assumption and a level reworded',
      {
        nodes: [node('A1', 'Weekly mentoring', { level: 'Output' }), ...BEFORE.nodes.slice(1)],
      },
      [
        'reworded A1: A1 was "Mentoring"; it is now "Weekly mentoring".',
        'reworded A1: A1\'s assumptions were "Mentors stay"; they are now none.',
        'reworded A1: A1 was an Activity step; it is now an Output step.',
      ],
    ],
    [
      'a link moved, one added',
      {
        links: [
          { from: 'A1', to: 'O2' },
          { from: 'O1', to: 'O2' },
          { from: 'O1', to: 'O9' },
          { from: 'O2', to: 'O9' },
        ],
      },
      ['link-moved A1: A1 led to O1; it now leads to O2 instead.', 'link-added O1: O1 now also leads to O9.'],
    ],
  ])('%s', (_, change, expected) => {
    const after = { ...BEFORE, saved: '2026-06-30', ...change };
    expect(compareVersions(BEFORE, after).map((c) => `${c.kind} ${c.id}: ${c.sentence}`)).toEqual(expected);
  });

  it('says how many changes there are between which dates', () => {
    const after = tocVersion(demoWorkbook, '2026-10-31');
    const changes = compareVersions(BEFORE, after);
    expect(describeComparison(BEFORE, after, changes)).toBe(
      `From the version of 31 March 2026 to that of 31 October 2026: ${changes.length} changes.`,
    );
    expect(describeComparison(after, after, compareVersions(after, after))).toBe(
      'From the version of 31 October 2026 to that of 31 October 2026: nothing changed.',
    );
  });

  it('keeps a version apart from the workbook it was saved from', () => {
    const version = tocVersion(demoWorkbook, '2026-10-31');
    version.nodes[0]!.statement = 'changed';
    expect(demoWorkbook.nodes[0]!.statement).not.toBe('changed');
  });
});

describe('readTocVersion', () => {
  it('reads a version back from its JSON', () => {
    expect(readTocVersion(JSON.stringify(BEFORE))).toEqual(BEFORE);
  });

  it.each([
    ['not JSON', '{'],
    ['no date', JSON.stringify({ ...BEFORE, saved: '31/03/2026' })],
    ['a step without a statement', JSON.stringify({ ...BEFORE, nodes: [{ id: 'A1', level: 'Activity' }] })],
  ])('leaves out %s', (_, json) => {
    expect(readTocVersion(json)).toBeUndefined();
  });
});
