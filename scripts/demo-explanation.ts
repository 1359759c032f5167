import { DEMO_AS_OF, demoRecordsTable, demoSourcesTable } from '../core/demo/records';
import { demoWorkbook } from '../core/demo/workbook';
import { type Explanation, explainIndicator } from '../core/insight/explain';
import { analysePeriod } from '../core/records/analysis';
import { readSources } from '../core/records/source';
import { computeAll } from '../core/records/update';
import { LOCAL_DAYS } from '../core/workbook/cells';

/** The indicator `npm start` explains: the leavers' destinations, a share the demo's records break down by site. */
export const EXPLAINED_INDICATOR = 'I5';

/**
 * What the add-on's Explain sidebar says about one of the demo organisation's indicators on the demo's day: the
 * workbook's figures, and the breakdowns of its latest period computed from the demo's records by its Sources row.
 */
export function explainDemoIndicator(indicatorId: string): Explanation {
  const context = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;
  const computed = computeAll({
    sources: readSources(demoSourcesTable(), context),
    indicators: demoWorkbook.indicators,
    tables: new Map([['Records', demoRecordsTable()]]),
    asOf: DEMO_AS_OF,
    ...context,
  });
  const result = computed.results.find((r) => r.indicator === indicatorId);
  const latest = result?.periods.at(-1);
  const analysis = result && latest ? analysePeriod(result, latest) : undefined;
  return explainIndicator(demoWorkbook, indicatorId, { asOf: DEMO_AS_OF, ...(analysis ? { analysis } : {}) });
}
