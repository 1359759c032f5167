import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../core/demo/workbook';
import { explainIndicator } from '../core/insight/explain';
import { EXPLAINED_INDICATOR, explainDemoIndicator } from './demo-explanation';

describe('the indicator npm start explains', () => {
  const explained = explainDemoIndicator(EXPLAINED_INDICATOR);

  it('is a share, broken down from the demo records', () => {
    expect(explained.unit).toBe('Percent');
    expect(explained.rate).toBeDefined();
    expect(explained.breakdowns.map((b) => b.column)).toEqual(['Age band', 'Site']);
  });

  it('says what the breakdown shows, beyond the workbook alone', () => {
    const alone = explainIndicator(demoWorkbook, EXPLAINED_INDICATOR, { asOf: explained.asOf }).paragraph;
    expect(explained.paragraph.startsWith(alone)).toBe(true);
    expect(explained.paragraph.slice(alone.length)).toBe(
      ' In the quarter ending 30 September 2026, no site differed from the rest beyond chance.',
    );
  });

  it('explains an indicator with no Sources row from the workbook alone', () => {
    const alone = explainIndicator(demoWorkbook, 'I8', { asOf: explained.asOf });
    expect(explainDemoIndicator('I8')).toEqual(alone);
  });
});
