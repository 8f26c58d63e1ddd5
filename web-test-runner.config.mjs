import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { emulatorMiddleware } from './test/emulator-middleware.mjs';

const commonjs = fromRollup(rollupCommonjs);
const root = fileURLToPath(new URL('.', import.meta.url));

// `new Worker(new URL('./x.js', import.meta.url))` is a runtime fetch, not an import, so the
// esbuild plugin's .js->.ts mapping does not apply: serve src/x.ts for src/x.js.
function jsToTs(ctx, next) {
  const [path, query = ''] = ctx.url.split('?');
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(root + path) &&
      existsSync(root + path.replace(/\.js$/, '.ts'))) {
    ctx.url = path.replace(/\.js$/, '.ts') + (query ? '?' + query : '');
  }
  return next();
}

// Module fetches that fail on purpose, as they do when the connection drops: a test names them with the
// server command `fail-fetches` (test/helpers/failing-fetches.ts), and until told otherwise the server
// closes the connection instead of answering. Not an error status: the test runner marks every file
// response cacheable for a year, so the browser would keep a 503 in its HTTP cache.
const failingPaths = new Set();
function failingFetches(ctx, next) {
  const path = ctx.url.split('?')[0];
  if ([...failingPaths].some((p) => path.includes(p))) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }
  return next();
}
const failingFetchesCommand = {
  name: 'failing-fetches',
  async executeCommand({ command, payload, session }) {
    if (command !== 'fail-fetches') return undefined;
    // fetched for real, not from the cache an earlier test file's page filled (also a year, see above)
    await session.browser.getPage(session.id).setCacheEnabled(false);
    failingPaths.clear();
    for (const p of payload ?? []) failingPaths.add(p);
    return true;
  },
};

// Prints the plain closing line 'N passed, N failed, N skipped' that CI reads, and leaves the
// counts in a file so scripts/test-all.mjs can add them to the Node suites' counts.
function summaryLine() {
  return {
    async onTestRunFinished({ sessions }) {
      const c = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) c[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) c.failed++; // file failed to load
      }
      if (process.env.DEVREG_COUNTS_FILE) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(process.env.DEVREG_COUNTS_FILE, JSON.stringify(c));
      }
      setTimeout(() => console.log(`\n${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`));
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**'],
  // browser:true picks papaparse's browser build; 'development' gives Lit's dev build, whose warnings fail tests
  nodeResolve: { browser: true, exportConditions: ['development'] },
  concurrency: 1,
  reporters: [defaultReporter(), summaryLine()],
  // The emulator answers under /emulator/ on the test server's own origin (no CORS), fresh per test file.
  middleware: [failingFetches, jsToTs, emulatorMiddleware('/emulator')],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // The virtualizer's benign 'ResizeObserver loop' error is swallowed; Lit dev-mode warnings are
  // collected so test/helpers/lit-warnings.ts can fail the test that caused them.
  testRunnerHtml: (testFramework) => `<html><body>
    <script>
      window.addEventListener('error', (e) => {
        if (/ResizeObserver loop/.test(e.message)) { e.stopImmediatePropagation(); e.preventDefault(); }
      }, true);
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      window.__litWarnings = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => {
        if (args.some((a) => String(a).includes('lit.dev/msg'))) window.__litWarnings.push(args.join(' '));
        warn(...args);
      };
    </script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    failingFetchesCommand,
    // papaparse ships only a UMD file: convert it to ESM for the browser
    commonjs({ include: ['**/node_modules/papaparse/**'], strictRequires: false }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
