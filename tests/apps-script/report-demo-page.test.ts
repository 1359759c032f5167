import { describe, expect, it } from 'vitest';
import { demoFundersTable } from '../../core/demo/funders';

/**
 * The demo's funders travel beside Code.js as data (sheets-addon/html/DemoFunders.html), as its Learning log does in
 * DemoLearningLog.html. The page is written from core/demo/funders.ts here; after changing the demo, run this file
 * with -u and commit the page.
 */
function demoFundersPage(): string {
  const lines = demoFundersTable().map((row) => row.map((cell) => String(cell ?? '')).join('\t'));
  for (const line of lines)
    if (/[<>&\n]/.test(line)) throw new Error(`demo data would break the page: ${line}`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Impact Lens: the demo's funders</title>
<!-- style -->
</head>
<body>
<!-- Data, not a page anyone sees: Add demo data reads the block into an empty Funders tab. Written from
core/demo/funders.ts by tests/apps-script/report-demo-page.test.ts (run it with -u after changing the demo). -->
<pre id="funders">
${lines.join('\n')}
</pre>
</body>
</html>
`;
}

describe('DemoFunders.html', () => {
  it('holds exactly the rows core/demo/funders.ts makes', async () => {
    await expect(demoFundersPage()).toMatchFileSnapshot('../../sheets-addon/html/DemoFunders.html');
  });
});
