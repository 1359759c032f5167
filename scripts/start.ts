import { DEMO_AS_OF, demoWorkbook } from '../core/demo/workbook';
import { runWorkbookChecks } from '../core/toc/run';
import { formatLongDate } from '../core/util/calendar';
import { formatFindings } from './print-findings';

// The main job at this stage of the project: the demo organisation's workbook, checked as the add-on would.
const workbook = demoWorkbook;
const findings = runWorkbookChecks(workbook, { asOf: DEMO_AS_OF });
const counts = ['error', 'warning', 'info'].map(
  (s) => `${findings.filter((f) => f.severity === s).length} ${s}s`,
);

console.log(
  `Impact Lens · ${workbook.organisation.name} (demo workbook), as of ${formatLongDate(DEMO_AS_OF)}`,
);
console.log(
  `${workbook.nodes.length} theory-of-change steps, ${workbook.indicators.length} indicators, ` +
    `${workbook.measurements.length} data rows, ${workbook.contracts.length} outcomes contract\n`,
);
console.log(`Theory of change check: ${counts.join(', ')}\n`);
console.log(formatFindings(findings));
console.log(
  '\nEach finding names its cell as the Sheets add-on shows it; docs/checks/<id>.md explains each check.',
);
