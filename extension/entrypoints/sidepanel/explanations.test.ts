import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_AS_OF } from '../../../core/demo/records';
import { demoWorkbook } from '../../../core/demo/workbook';
import * as explain from '../../../core/insight/explain';
import { EXPLAIN_FAILED, explainEach } from './explanations';

vi.mock('../../../core/insight/explain', { spy: true });

const actual = await vi.importActual<typeof explain>('../../../core/insight/explain');

afterEach(() => {
  vi.mocked(explain.explainIndicator).mockImplementation(actual.explainIndicator);
  vi.restoreAllMocks();
});

const ALL = demoWorkbook.indicators.map((i) => i.id);

describe('explainEach', () => {
  it('gives each indicator named its paragraph, in the order named', () => {
    expect([...explainEach(demoWorkbook, ['I5', 'I3'], DEMO_AS_OF).keys()]).toEqual(['I5', 'I3']);
    const explained = explainEach(demoWorkbook, ALL, DEMO_AS_OF);
    expect([...explained.keys()]).toEqual(ALL);
    for (const [id, e] of explained)
      expect(e).toEqual({
        paragraph: explain.explainIndicator(demoWorkbook, id, { asOf: DEMO_AS_OF }).paragraph,
      });
  });

  it('gives the reason the measures give for data that cannot be explained', () => {
    const broken = structuredClone(demoWorkbook);
    broken.measurements.push({ ...broken.measurements.find((m) => m.indicator === 'I4')! });
    const explained = explainEach(broken, ALL, DEMO_AS_OF);
    expect(() => explain.explainIndicator(broken, 'I4', { asOf: DEMO_AS_OF })).toThrow(
      (explained.get('I4') as { reason: string }).reason,
    );
    expect(explained.get('I5')).toHaveProperty('paragraph');
  });

  it('keeps an error of its own to the one indicator, without its detail', () => {
    vi.mocked(explain.explainIndicator).mockImplementation((workbook, id, options) => {
      if (id === 'I3') throw new TypeError('cannot read properties of undefined');
      return actual.explainIndicator(workbook, id, options);
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const explained = explainEach(demoWorkbook, ALL, DEMO_AS_OF);
    expect(explained.get('I3')).toEqual({ reason: EXPLAIN_FAILED });
    expect(explained.get('I2')).toHaveProperty('paragraph');
    expect(quiet).toHaveBeenCalledOnce();
  });
});
