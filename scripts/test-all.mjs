// `npm test`: the browser suites (web-test-runner in Chromium), the Node suites (emulator,
// official @c8y/client) and the end-to-end flows (playwright-core against `npm start`),
// then one closing line 'N passed, N failed, N skipped' for all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'devreg-counts-'));
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one group

const groups = [
  { name: 'unit', cmd: 'npx', args: ['wtr'] },
  { name: 'node', cmd: process.execPath, args: nodeTestArgs('test/node') },
  // the demo is built once here; each end-to-end file then starts `npm start`'s server on it
  { name: 'e2e', cmd: process.execPath, args: nodeTestArgs('test/e2e'), prepare: ['npx', 'rollup', '-c', 'rollup.demo.config.mjs', '--silent'], env: { DEVREG_DEMO_PREBUILT: '1' } },
];

function nodeTestArgs(folder) {
  const files = existsSync(folder)
    ? readdirSync(folder).filter((f) => f.endsWith('.test.mjs')).map((f) => join(folder, f))
    : [];
  if (files.length === 0) return null;
  return ['--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs', '--test-reporter-destination=/dev/null', ...files];
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const group of groups) {
  if (only.length && !only.includes(group.name)) continue;
  if (!group.args) continue; // no test files in this group
  const countsFile = join(dir, `${group.name}.json`);
  console.log(`\n=== ${group.name} tests ===`);
  if (group.prepare) {
    const prepared = spawnSync(group.prepare[0], group.prepare.slice(1), { stdio: 'inherit' });
    if (prepared.status !== 0) {
      console.error(`${group.name}: could not prepare (${group.prepare.join(' ')})`);
      total.failed++;
      continue;
    }
  }
  const run = spawnSync(group.cmd, group.args, {
    stdio: 'inherit',
    env: { ...process.env, ...group.env, DEVREG_COUNTS_FILE: countsFile },
  });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  // a runner that crashed or exited non-zero without failing a test still fails the run
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const k of Object.keys(total)) total[k] += counts[k];
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
