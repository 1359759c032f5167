import { useMemo } from 'react';
import { DEMO_AS_OF, demoWorkbook } from '../../../core/demo/workbook';
import { runWorkbookChecks } from '../../../core/toc/run';
import { formatLongDate } from '../../../core/util/calendar';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * The side panel. At this stage it shows the demo organisation's theory-of-change findings; the extension issue
 * adds the page's fields, evidence, drafts, import and settings.
 */
export function App() {
  const workbook = demoWorkbook;
  const findings = useMemo(() => runWorkbookChecks(demoWorkbook, { asOf: DEMO_AS_OF }), []);
  return (
    <main>
      <header>
        <h1>Impact Lens</h1>
        <p className="source">
          {workbook.organisation.name} · demo workbook · as of {formatLongDate(DEMO_AS_OF)}
        </p>
      </header>
      <section aria-labelledby="toc-heading">
        <h2 id="toc-heading">Theory of change ({findings.length} findings)</h2>
        <ul className="findings">
          {findings.map((f) => (
            <li key={`${f.checkId} ${f.place}`} className={`finding ${f.severity}`}>
              <span className="severity">{SEVERITY_WORD[f.severity]}</span>{' '}
              <span className="place">{f.place}</span>
              <p>{f.message}</p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
