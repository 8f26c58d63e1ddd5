/// <reference lib="dom" />
// A host app that installs the packed package (`npm pack`, not the sources) and bundles it with
// Vite, as most hosts do: the list renders, and the bulk wizard reads a CSV in its worker. A
// bundler copies the file a `new URL(…, import.meta.url)` names as an asset, without chunks it
// would import, so the worker must be one file (it was not: the bulk wizard broke in Vite apps).
// Checked for `vite build` and for Vite's dev server, which pre-bundles dependencies. esbuild and
// plain rollup do not copy the worker: the host deploys it as the README ("The CSV reader's
// worker") says, next to its chunks or where `setCsvWorkerUrl` says (a host's chunk used to ask for
// it one folder up, where no copy could help, and the wizard blamed the connection).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { launchChromium } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// inside the repository (tmp/ is ignored): lit and the other dependencies resolve from its node_modules
const app = join(root, 'tmp', 'host-app');
const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
// (a dependency of Vite and of the test runner's esbuild plugin; its native binary)
const esbuild = join(dirname(createRequire(import.meta.url).resolve('esbuild/package.json')), 'bin', 'esbuild');
const INDEX_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><devreg-device-registration id="devreg"></devreg-device-registration><script type="module" src="./main.js"></script></body></html>`;

/** Runs a command to its end; fails the test with its output when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  run('npm', ['run', 'build', '--silent'], root);
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', app], root).trim().split('\n').pop();
  run('tar', ['-xzf', join(app, tarball), '-C', join(app, 'node_modules')]);
  renameSync(join(app, 'node_modules', 'package'), join(app, 'node_modules', 'devreg-elements'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'index.html'), INDEX_HTML);
  writeFileSync(
    join(app, 'main.js'),
    `import 'devreg-elements/define/device-registration.js';
import { MemoryAdapter, setDevRegLocale } from 'devreg-elements';
window.setDevRegLocale = setDevRegLocale; // for the test: German is a part loaded on first use
const requests = Array.from({ length: 300 }, (_, i) => ({ id: 'host-' + i, status: i % 3 ? 'WAITING_FOR_CONNECTION' : 'PENDING_ACCEPTANCE' }));
document.querySelector('#devreg').adapter = new MemoryAdapter({ requests });
`,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(app, { recursive: true, force: true });
});

/**
 * Serves the files of `dir` (404 for anything else, as a plain static server does).
 * @returns {Promise<{ url: string, close: () => void }>}
 */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** The package's worker, found as a host's script finds it: through the package's `exports`. */
const packagedWorker = () => createRequire(join(app, 'main.js')).resolve('devreg-elements/csv-worker.js');

/** Opens the host page and uses it; returns what went wrong on the way (and says it when a step fails). */
async function useHostPage(url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(url);
    await useList(page);
  } catch (error) {
    throw new Error(`${/** @type {Error} */ (error).message}\nwhat went wrong on the page:\n${problems.join('\n')}`, { cause: error });
  } finally {
    await page.close();
  }
  return problems;
}

/** The list, a CSV read by the bulk wizard, then German. @param {import('playwright-core').Page} page */
async function useList(page) {
  const table = page.getByRole('table', { name: 'Device registration requests' });
  await table.getByRole('row').nth(1).waitFor({ timeout: 30_000 });
  assert.equal(await table.getAttribute('aria-rowcount'), '301');
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Bulk device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk device registration' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from('ID;PATH\nh-1;Group\nh-2;Group\n') });
  await dialog.getByText('Valid rows: 2').waitFor({ timeout: 30_000 });
  await page.evaluate(() => /** @type {any} */ (window).setDevRegLocale('de'));
  await page.getByRole('heading', { name: /^Geräteregistrierung/ }).waitFor({ timeout: 10_000 });
}

test('vite build: the list renders, the bulk wizard reads a CSV in its worker, German loads', async () => {
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);
  const server = await serve(join(app, 'dist'));
  try {
    assert.deepEqual(await useHostPage(server.url), []);
  } finally {
    server.close();
  }
  const worker = readFileSync(packagedWorker(), 'utf8');
  assert.ok(!/\bimport\s*["'{*(]|\bfrom\s*["']/.test(worker), 'the packed worker imports nothing');
});

test("Vite's dev server (dependencies pre-bundled): the list renders, the bulk wizard reads a CSV in its worker, German loads", async () => {
  const dev = spawn(process.execPath, [vite, '--host', '127.0.0.1', '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`vite did not print its URL:\n${out}`)), 60_000);
      const read = (/** @type {Buffer} */ chunk) => {
        out += stripVTControlCharacters(chunk.toString());
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      dev.stdout.on('data', read);
      dev.stderr.on('data', read);
    });
    assert.deepEqual(await useHostPage(/** @type {string} */ (url)), []);
  } finally {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited; // before after() removes the app Vite writes its cache into
  }
});

test("esbuild (--bundle --splitting): without the worker the wizard says the site lacks its CSV reader; copied next to the chunks, it reads a CSV", async () => {
  const out = join(app, 'esb');
  run(esbuild, ['main.js', '--bundle', '--splitting', '--format=esm', '--outdir=esb', '--log-level=warning'], app);
  writeFileSync(join(out, 'index.html'), INDEX_HTML);
  const server = await serve(out);
  try {
    // as the audit found it: nothing copied. Not "check the connection": trying again cannot help
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Register device' }).click();
    await page.getByRole('menuitem', { name: 'Bulk device registration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bulk device registration' });
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from('ID;PATH\nh-1;Group\n') });
    await dialog.getByRole('alert').getByText("CSV files cannot be read on this site: its CSV reader is missing. Please report this to the site's support team.").waitFor({ timeout: 30_000 });
    assert.equal(await dialog.getByRole('button', { name: 'Try again' }).count(), 0);
    assert.match(errors.join('\n'), new RegExp(`not served at ${server.url}csv-worker\\.js: it answers HTTP 404.*setCsvWorkerUrl`));
    await page.close();

    // deployed as the README says: the package's csv-worker.js next to the bundle's chunks
    copyFileSync(packagedWorker(), join(out, 'csv-worker.js'));
    assert.deepEqual(await useHostPage(server.url), []);
  } finally {
    server.close();
  }
});

test('plain rollup + node-resolve, the worker emitted into another folder and named with setCsvWorkerUrl: the bulk wizard reads a CSV', async () => {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const out = join(app, 'rol');
  mkdirSync(out, { recursive: true });
  // the host's entry and the README's plugin that emits the package's worker as an asset
  writeFileSync(join(out, 'index.html'), INDEX_HTML);
  writeFileSync(
    join(app, 'main-rollup.js'),
    `import { setCsvWorkerUrl } from 'devreg-elements';
import './main.js';
setCsvWorkerUrl('/static/csv-worker.js');
`,
  );
  const csvWorker = {
    name: 'csv-worker',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'static/csv-worker.js', source: readFileSync(packagedWorker()) });
    },
  };
  const bundle = await rollup({ input: join(app, 'main-rollup.js'), plugins: [nodeResolve({ browser: true }), csvWorker], onwarn: () => undefined });
  try {
    await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js', chunkFileNames: 'chunks/[name]-[hash].js' });
  } finally {
    await bundle.close();
  }
  const server = await serve(out);
  try {
    assert.deepEqual(await useHostPage(server.url), []);
  } finally {
    server.close();
  }
});

test("TypeScript: a host's code type-checks against the package's declarations (tags, events, adapters)", () => {
  writeFileSync(
    join(app, 'host.ts'),
    `import 'devreg-elements/define/device-registration.js';
import { MemoryAdapter, RegistrationError, isBulkResult, type RegistrationAdapter } from 'devreg-elements';

const adapter: RegistrationAdapter = new MemoryAdapter({ requests: [{ id: 'dev-1' }] });
const page = document.createElement('devreg-device-registration'); // typed by the tag
page.adapter = adapter;
page.reload();
page.addEventListener('devreg-accepted', (event) => console.log(event.id));
page.addEventListener('devreg-bulk-completed', (event) => {
  if (isBulkResult(event.result)) console.log(event.result.numberOfCreated); // (unknown until narrowed)
});
page.addEventListener('devreg-error', (event) => {
  const error: RegistrationError = event.error;
  console.log(error.code, error.retryable);
});
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['host.ts'],
    }),
  );
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  // and a mistake is caught: the declarations are really read
  writeFileSync(join(app, 'host.ts'), `import 'devreg-elements/define/device-registration.js';\ndocument.createElement('devreg-device-registration').reload(42);\n`);
  const wrong = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  assert.notEqual(wrong.status, 0, 'reload(42) is refused');
  assert.match(wrong.stdout, /TS2554/);
});

test('TypeScript: the same under the older module resolution (node10), and the tags in a React TSX file', () => {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  /** @param {Record<string, unknown>} options @param {string} file */
  const check = (options, file) => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [], ...options },
        files: [file],
      }),
    );
    return spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  };
  // node10 knows no `exports`: the subpaths' types come from `typesVersions`
  writeFileSync(
    join(app, 'legacy.ts'),
    `import 'devreg-elements/define/device-registration.js';
import { createDemoMemoryAdapter } from 'devreg-elements/demo.js';
const page = document.querySelector('devreg-device-registration')!;
page.adapter = createDemoMemoryAdapter();
`,
  );
  const legacy = check({ moduleResolution: 'node10' }, 'legacy.ts');
  assert.equal(legacy.status, 0, legacy.stdout);

  writeFileSync(
    join(app, 'app.tsx'),
    `import type {} from 'devreg-elements/react.js';
import 'devreg-elements/all.js';
import { MemoryAdapter } from 'devreg-elements';
const adapter = new MemoryAdapter();
export const App = () => (
  <devreg-provider adapter={adapter} locale="de">
    <devreg-device-registration className="page" ondevreg-accepted={(event) => console.log(event.id)} ondevreg-error={(event) => console.log(event.error.code)} />
    <devreg-registration-table pageSize={500} />
  </devreg-provider>
);
`,
  );
  const tsx = check({ moduleResolution: 'bundler', jsx: 'react-jsx' }, 'app.tsx');
  assert.equal(tsx.status, 0, tsx.stdout);
  // and mistakes are caught: the tags' props are really typed
  writeFileSync(join(app, 'app.tsx'), `import type {} from 'devreg-elements/react.js';\nexport const App = () => <devreg-registration-table pageSize="many" ondevreg-accepted={(event) => event.nothing} />;\n`);
  const wrong = check({ moduleResolution: 'bundler', jsx: 'react-jsx' }, 'app.tsx');
  assert.notEqual(wrong.status, 0, 'a string page size and an unknown event field are refused');
  assert.match(wrong.stdout, /TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(wrong.stdout, /nothing/);
});

test('every package the built files import is a dependency of the package (a host without hoisting finds it)', () => {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'devreg-elements', 'package.json'), 'utf8'));
  const dist = join(app, 'node_modules', 'devreg-elements', 'dist');
  const files = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  const imported = new Set();
  for (const file of files) {
    const code = readFileSync(join(dist, String(file)), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"'./][^"']*)["']/g)) {
      imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  }
  assert.ok(imported.has('lit'), [...imported].join());
  assert.deepEqual([...imported].filter((name) => !(name in pkg.dependencies)), []);
});


test("a host's tools read the installed package's package.json and LICENSE through its name", () => {
  const require = createRequire(join(app, 'main.js'));
  const manifest = JSON.parse(readFileSync(require.resolve('devreg-elements/package.json'), 'utf8'));
  assert.equal(manifest.name, 'devreg-elements');
  assert.match(readFileSync(join(dirname(require.resolve('devreg-elements/package.json')), 'LICENSE'), 'utf8'), /^MIT License/);
});
