// Timed figures, in headless Debian Chromium (playwright-core) on a production build of the
// bench page (bench/pages/), served with the emulator on the same origin. Each figure is the
// median of `runs`; machine-dependent ones are also given as a ratio to a fixed CPU baseline
// measured in the same run.
import { rollup } from 'rollup';
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildPlugins } from '../scripts/rollup-plugins.mjs';
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { startEmulator } from '../emulator/server.mjs';

const OUT = 'bench/results/page'; // bench/results/ is not versioned

export async function buildBenchPage() {
  const bundle = await rollup({
    input: { bench: 'bench/pages/bench.ts' },
    plugins: buildPlugins({
      include: ['src/**/*.ts', 'bench/pages/*.ts'], outDir: OUT, rootDir: '.', sourceMap: false, noEmitOnError: false,
    }),
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.plugin === 'typescript') return;
      warn(warning);
    },
  });
  await bundle.write({ dir: OUT, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();
  mkdirSync(OUT, { recursive: true });
  copyFileSync('bench/pages/index.html', `${OUT}/index.html`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

export const runtimeBudgets = {
  'table.firstRowsMs.100000': 100,
  'table.longestMainThreadTaskMs.100000': 50,
  'table.liveChangeMs': 5,
  'table.scrollLongestFrameMs': 50,
  'bulk.parseValidateMs.100000': 2000,
  'bulk.ratioToPapaparse.100000': 1.5,
  'bulk.longestMainThreadTaskMs.100000': 50,
};

/** `only: 'bulk'` measures just the bulk figures (the baseline included, for the ratios). */
export async function measureRuntime({ runs = 5, only } = {}) {
  const bulkOnly = only === 'bulk';
  await buildBenchPage();
  const server = await startEmulator({ port: 0, host: '127.0.0.1', staticDir: OUT, control: true });
  // --expose-gc: the page collects the garbage of its own set-up (test data) before measuring
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const samples = {};
  const add = (name, value) => (samples[name] ??= []).push(value);
  try {
    const open = async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      page.on('pageerror', (error) => console.error(`bench page: ${error.message}`));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'bench' in window);
      const call = (fn, ...args) => page.evaluate(([f, a]) => window.bench[f](...a), [fn, args]);
      return { page, call };
    };
    for (let run = 0; run < runs; run++) {
      // every figure on a fresh page, as a user opening the page meets it (nothing loaded or compiled yet)
      {
        const { page, call } = await open();
        add('baselineMs', (await call('baseline')).ms);
        await page.close();
      }
      for (const n of bulkOnly ? [] : [1000, 10000, 100000]) {
        const { page, call } = await open();
        const first = await call('tableFirstRows', n);
        if (!(first.rowsRendered > 0)) throw new Error(`table rendered no rows at ${n}`);
        if (first.rowCount !== n) throw new Error(`table holds ${first.rowCount} of ${n} rows`);
        add(`table.firstRowsMs.${n}`, first.firstRowsMs);
        add(`table.allRowsLoadedMs.${n}`, first.allLoadedMs);
        add(`table.longestMainThreadTaskMs.${n}`, first.longestTaskMs);
        if (n === 100000) {
          // at 100,000 rows, all of them loaded
          const live = await call('liveChange');
          if (live.ids.length !== 5) throw new Error('live change did not run');
          add('table.liveChangeMs', live.ms);
          const scroll = await call('scrollThrough');
          if (!scroll.lastRowShown) throw new Error('scrolling did not reach the last row');
          add('table.scrollLongestFrameMs', scroll.longestFrameMs);
          // the 95th percentile: whether long frames are the rule or a hiccup of a busy machine
          add('table.scrollP95FrameMs', [...scroll.frames].sort((a, b) => a - b)[Math.floor(scroll.frames.length * 0.95)]);
          add('table.scrollLongestTaskMs', scroll.longestTaskMs);
        }
        await page.close();
      }
      for (const n of [10000, 100000]) {
        // each on a fresh page, and which goes first alternates between runs: the second one
        // would otherwise find what both load (papaparse's chunk) fetched and compiled already
        const onFreshPage = async (fn) => {
          const { page, call } = await open();
          const result = await call(fn, n);
          await page.close();
          return result;
        };
        const [parsed, alone] =
          run % 2 === 0
            ? [await onFreshPage('bulkParse'), await onFreshPage('papaparseAlone')]
            : [await onFreshPage('papaparseAlone'), await onFreshPage('bulkParse')].reverse();
        if (parsed.rows !== n || parsed.valid !== n) throw new Error(`bulk parse read ${parsed.rows} (${parsed.valid} valid) of ${n} rows`);
        if (alone.rows !== n + 1) throw new Error(`papaparse alone read ${alone.rows} of ${n + 1} lines`);
        add(`bulk.parseValidateMs.${n}`, parsed.ms);
        add(`bulk.longestMainThreadTaskMs.${n}`, parsed.longestTaskMs);
        add(`bulk.papaparseAloneMs.${n}`, alone.ms);
        add(`bulk.ratioToPapaparse.${n}`, parsed.ms / alone.ms);
      }
    }

    // the emulator through CumulocityAdapter: fewer repetitions, each on a fresh state
    for (let run = 0; run < (bulkOnly ? 0 : Math.min(runs, 3)); run++) {
      await fetch(`${server.url}/__emulator/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seed: 100000 }) });
      const page = await browser.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'bench' in window);
      const list = await page.evaluate(() => window.bench.emulatorList());
      if (list.rows !== 100 || list.totalPages !== 1000) throw new Error(`emulator list returned ${list.rows} rows of ${list.totalPages} pages`);
      add('emulator.list100At100000Ms', list.ms);
      const bulk = await page.evaluate(() => window.bench.emulatorBulk(100000));
      if (bulk.created !== 100000) throw new Error(`emulator bulk created ${bulk.created} of 100000`);
      add('emulator.bulkUpload100000Ms', bulk.ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const figures = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v))]));
  const baselineMs = figures.baselineMs;
  figures.ratioToBaseline = Object.fromEntries(
    Object.entries(figures)
      .filter(([k]) => k.endsWith('Ms') || /Ms\.\d+$/.test(k))
      .filter(([k]) => k !== 'baselineMs')
      .map(([k, v]) => [k, round(v / baselineMs)]),
  );
  const missed = Object.entries(runtimeBudgets)
    .filter(([k]) => !bulkOnly || k.startsWith('bulk.'))
    .filter(([k, budget]) => !(figures[k] <= budget))
    .map(([k]) => `runtime.${k}`);
  const budgets = Object.fromEntries(
    Object.entries(runtimeBudgets)
      .filter(([k]) => !bulkOnly || k.startsWith('bulk.'))
      .map(([k, v]) => [`runtime.${k}`, v]),
  );
  return { figures, budgets, missed };
}
