// Runs before `npm start`, `npm test` and `npm run bench`: installs what a fresh clone lacks, or says exactly what
// to install. Node built-ins only, since nothing else is installed yet when it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Impact Lens needs Node.js 20.19 or newer; this is ${process.versions.node}. Install it from https://nodejs.org/ and try again.`,
  );
  process.exit(1);
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const stale =
  !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000);
if (stale) {
  console.log('Installing dependencies (npm ci) ...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(
      'npm ci failed: see the messages above. Check your connection to the npm registry, then run `npm ci` yourself.',
    );
    process.exit(result.status ?? 1);
  }
}
