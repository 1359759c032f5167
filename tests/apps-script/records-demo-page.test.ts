import { describe, expect, it } from 'vitest';
import { demoRecordsTable, demoSourcesTable } from '../../core/demo/records';
import type { Cell } from '../../core/workbook/cells';

/**
 * The demo's records travel beside Code.js as data (sheets-addon/html/DemoRecords.html), as the demo workbook does in
 * DemoData.html: their generator would cost Code.js 5 KB of its 200. The page is written from core/demo/records.ts
 * here; after changing the demo, run this file with -u and commit the page.
 */
function block(id: string, table: Cell[][]): string {
  const lines = table.map((row) => row.map((cell) => String(cell ?? '')).join('\t'));
  for (const line of lines)
    if (/[<>&\n]/.test(line)) throw new Error(`demo data would break the page: ${line}`);
  return `<pre id="${id}">\n${lines.join('\n')}\n</pre>`;
}

function demoRecordsPage(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Impact Lens: the demo's participant records</title>
<!-- style -->
</head>
<body>
<!-- Data, not a page anyone sees: Add demo data reads the two blocks into the Records and Sources tabs. Written from
core/demo/records.ts by tests/apps-script/records-demo-page.test.ts (run it with -u after changing the demo). -->
${block('records', demoRecordsTable())}
${block('sources', demoSourcesTable())}
</body>
</html>
`;
}

describe('DemoRecords.html', () => {
  it('holds exactly the records and Sources rows core/demo/records.ts makes', async () => {
    await expect(demoRecordsPage()).toMatchFileSnapshot('../../sheets-addon/html/DemoRecords.html');
  });
});
