#!/usr/bin/env node
// Stands in for clasp 3.4.1 (node_modules/@google/clasp) in the test of `npm run sheets:template`, where no Google
// account can be used: records each call in $CLASP_STAND_IN_LOG (its arguments, its folder and, for push, the files
// it would upload), and answers create-script and push as clasp does, in the same words and with the same files.
// The IDs of the spreadsheet and script it "creates" are $CLASP_STAND_IN_SPREADSHEET_ID and $CLASP_STAND_IN_SCRIPT_ID;
// $CLASP_STAND_IN_FAIL names a command to fail as clasp does before `clasp login`.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SPREADSHEET_ID = process.env.CLASP_STAND_IN_SPREADSHEET_ID;
const SCRIPT_ID = process.env.CLASP_STAND_IN_SCRIPT_ID;

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const command = args.find((a) => ['create-script', 'create', 'push'].includes(a));
const projectDir = resolve(option('--project') ?? '.');
const projectFile = statSync(projectDir, { throwIfNoEntry: false })?.isDirectory()
  ? join(projectDir, '.clasp.json')
  : projectDir;
const call = { args, cwd: process.cwd() };

function finish(code) {
  appendFileSync(process.env.CLASP_STAND_IN_LOG, `${JSON.stringify(call)}\n`);
  process.exit(code);
}

function fail(message) {
  console.error(message);
  finish(1);
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** What clasp's default ignore rules let through: the manifest, scripts and pages. */
const pushable = (name) => name === 'appsscript.json' || /\.(gs|js|ts|html)$/.test(name);

function createScript() {
  if (existsSync(projectFile)) fail('Project file already exists.');
  const rootDir = resolve(projectDir, option('--rootDir') ?? '.');
  console.log(
    `Created new document: https://drive.google.com/open?id=${SPREADSHEET_ID}\nCreated new script: https://script.google.com/d/${SCRIPT_ID}/edit`,
  );
  // clasp then pulls the new project's own files into the root folder, and writes the project file.
  const pulled = {
    'appsscript.json': JSON.stringify(
      {
        timeZone: 'America/New_York',
        dependencies: {},
        exceptionLogging: 'STACKDRIVER',
        runtimeVersion: 'V8',
      },
      null,
      2,
    ),
    'Code.js': 'function myFunction() {\n  \n}\n',
  };
  for (const [name, content] of Object.entries(pulled)) writeFileSync(join(rootDir, name), content);
  const settings = {
    scriptId: SCRIPT_ID,
    rootDir: relative(projectDir, rootDir),
    parentId: SPREADSHEET_ID,
    scriptExtensions: ['.js', '.gs'],
    htmlExtensions: ['.html'],
    jsonExtensions: ['.json'],
    filePushOrder: [],
    skipSubdirectories: false,
  };
  writeFileSync(projectFile, JSON.stringify(settings, null, 2));
  for (const name of Object.keys(pulled)) console.log(`└─ ${relative(process.cwd(), join(rootDir, name))}`);
  console.log(`Cloned ${Object.keys(pulled).length} files.`);
}

function push() {
  if (!existsSync(projectFile)) fail('Project settings not found.');
  const settings = JSON.parse(readFileSync(projectFile, 'utf8'));
  const contentDir = resolve(projectDir, settings.rootDir || '.');
  const files = readdirSync(contentDir).filter(pushable).sort();
  // Without a terminal clasp declines to replace the remote manifest unless told to.
  if (!args.includes('--force') && files.includes('appsscript.json')) {
    console.log('Skipping push.');
    return;
  }
  call.pushed = Object.fromEntries(files.map((name) => [name, sha256(join(contentDir, name))]));
  console.log(`Pushed ${files.length} files at ${new Date().toLocaleTimeString()}.`);
  for (const name of files) console.log(`└─ ${relative(process.cwd(), join(contentDir, name))}`);
}

if (process.env.CLASP_STAND_IN_FAIL === command) fail('No credentials found.');
if (command === 'create-script' || command === 'create') createScript();
else if (command === 'push') push();
else fail(`the clasp stand-in knows no command in: ${args.join(' ')}`);
finish(0);
