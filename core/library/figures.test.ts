import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../demo/workbook';
import { citedFigures } from './figures';

describe('citedFigures', () => {
  it.each([
    {
      text: 'Last year 62% of leavers were in education, employment or training six months after leaving, and 81% of those who started a job were still in work 26 weeks later.',
      figures: [
        { text: '62%', indicatorId: 'I5' },
        { text: '81%', indicatorId: 'I6' },
      ],
    },
    // A figure whose words match no indicator clearly is kept without one; a year and a length of time are not figures.
    { text: 'In 2025 we ran 40 workshops over 12 weeks.', figures: [{ text: '40' }] },
    { text: 'We spent £12,000 on rent.', figures: [{ text: '£12,000' }] },
    { text: 'No figures here at all.', figures: [] },
  ])('$text', ({ text, figures }) => {
    expect(citedFigures(text, demoWorkbook)).toEqual(figures);
  });

  it('gives the figures without indicators when there is no workbook', () => {
    expect(citedFigures('Of our leavers, 62% were in education, employment or training.')).toEqual([
      { text: '62%' },
    ]);
  });
});
