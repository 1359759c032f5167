import { describe, expect, it } from 'vitest';
import { searchEntries } from './search';
import { entry } from './test-entries';

const ENTRIES = [
  entry(
    'a',
    'Forty volunteers ran the club.',
    { label: 'Who delivers the work?' },
    { savedAt: '2026-01-01' },
  ),
  entry(
    'b',
    'We will measure wellbeing.',
    { label: 'How will you measure change?', help: 'Use WEMWBS' },
    {
      funder: 'Northern Trust',
      savedAt: '2026-03-01',
    },
  ),
  entry('c', 'Staff costs.', { label: 'Budget' }, { portal: 'grants.fund.org', savedAt: '2026-02-01' }),
];

describe('searchEntries', () => {
  it.each([
    { query: '', ids: ['b', 'c', 'a'] },
    { query: 'volunt', ids: ['a'] },
    { query: 'MEASURE', ids: ['b'] },
    { query: 'wemwbs', ids: ['b'] },
    { query: 'northern trust', ids: ['b'] },
    { query: 'trust volunteers', ids: [] },
    { query: 'fund', ids: ['c'] },
    // Words are matched from their start, not inside another word.
    { query: 'easure', ids: [] },
  ])('"$query" finds $ids', ({ query, ids }) => {
    expect(searchEntries(ENTRIES, query).map((e) => e.id)).toEqual(ids);
  });
});
