import { describe, expect, it } from 'vitest';
import { demoLearningLogTable } from '../../core/demo/learning-log';

/**
 * The demo's Learning log travels beside Code.js as data (sheets-addon/html/DemoLearningLog.html), as its records do
 * in DemoRecords.html. The page is written from core/demo/learning-log.ts here; after changing the demo, run this file
 * with -u and commit the page.
 */
function demoLearningLogPage(): string {
  const lines = demoLearningLogTable().map((row) => row.map((cell) => String(cell ?? '')).join('\t'));
  for (const line of lines)
    if (/[<>&\n]/.test(line)) throw new Error(`demo data would break the page: ${line}`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Impact Lens: the demo's Learning log</title>
<!-- style -->
</head>
<body>
<!-- Data, not a page anyone sees: Add demo data reads the block into an empty Learning log tab. Written from
core/demo/learning-log.ts by tests/apps-script/review-demo-page.test.ts (run it with -u after changing the demo). -->
<pre id="learning-log">
${lines.join('\n')}
</pre>
</body>
</html>
`;
}

describe('DemoLearningLog.html', () => {
  it('holds exactly the rows core/demo/learning-log.ts makes', async () => {
    await expect(demoLearningLogPage()).toMatchFileSnapshot('../../sheets-addon/html/DemoLearningLog.html');
  });
});
