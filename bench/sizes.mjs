// Size figures: minified + gzip, built with rollup from the sources, with `lit` external
// (as a host that already has Lit pays) and with `lit` included (to compare with products
// that ship their framework).
import { rollup } from 'rollup';
import { buildPlugins, litExternal } from '../scripts/rollup-plugins.mjs';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

function plugins() {
  return buildPlugins({
    include: ['src/**/*.ts', 'bench/entries/*.ts'], outDir: 'bench/results/tsc', rootDir: '.', sourceMap: false, noEmitOnError: false,
  });
}

async function build(input, { withLit, split }) {
  const bundle = await rollup({
    input,
    external: withLit ? [] : litExternal,
    plugins: plugins(),
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      if (warning.plugin === 'typescript') return; // type errors are the typecheck step's business
      warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: !split });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => Math.round((bytes / 1024) * 10) / 10;

const staticClosure = (byName, start, into = new Set()) => {
  const visit = (c) => {
    if (!c || into.has(c.fileName)) return;
    into.add(c.fileName);
    c.imports.forEach((f) => visit(byName.get(f)));
  };
  visit(start);
  return into;
};
const gzipOf = (byName, names) => gz([...names].map((f) => byName.get(f).code).join('\n'));
const modulesOf = (byName, names) => [...names].flatMap((f) => Object.keys(byName.get(f).modules));

/**
 * Gzip size of an entry and everything it loads up front (static imports); then, for each chunk it
 * loads lazily (dynamic imports), what that import adds: the chunk and its static imports that
 * are not loaded up front already.
 */
function entrySizes(chunks, input) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // the input's own entry
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(input));
  const initial = staticClosure(byName, entry);
  const lazy = {};
  for (const c of chunks) {
    if (!c.isDynamicEntry || initial.has(c.fileName)) continue;
    const adds = staticClosure(byName, c, new Set());
    for (const f of initial) adds.delete(f);
    lazy[c.name] = kB(gzipOf(byName, adds));
  }
  return { gzip: gzipOf(byName, initial), modules: modulesOf(byName, initial), lazy };
}

export async function measureSizes() {
  const figures = {};
  for (const withLit of [false, true]) {
    const suffix = withLit ? 'WithLit' : '';
    // The whole library: every chunk reachable from `src/index.ts` + `src/all.ts` (every export,
    // every element, the lazily loaded wizards and German strings included); not the demo entry
    // (`src/demo.ts`) and not the CSV worker, which has its own figure.
    const everything = await build('bench/entries/everything.ts', { withLit, split: true });
    const library = everything; // (the CSV worker is an asset of its own, built apart: not a chunk)
    if (library.some((c) => Object.keys(c.modules).some((m) => m.includes('demo-memory-adapter')))) {
      throw new Error('the demo adapter is part of the library entries');
    }
    figures[`library${suffix}`] = kB(gz(library.map((c) => c.code).join('\n')));
    // What a page needs to show the list: loaded up front by provider + page + CumulocityAdapter.
    const page = await build('bench/entries/list-page.ts', { withLit, split: true });
    const sizes = entrySizes(page, 'bench/entries/list-page.ts');
    const eager = sizes.modules.filter((m) => /-wizard|schema-form|\/csv\/|i18n\/de\/|virtualizer/.test(m));
    if (eager.length) throw new Error(`the list page loads up front what it should load lazily: ${eager.join(', ')}`);
    figures[`listPage${suffix}`] = kB(sizes.gzip);
    if (!withLit) figures.lazyChunks = sizes.lazy;
  }
  if (existsSync('src/csv/csv-worker.ts')) {
    // the worker and everything it imports (papaparse, the validators), as the browser loads it
    const worker = await build('src/csv/csv-worker.ts', { withLit: true, split: false });
    figures.csvWorker = kB(gz(worker.map((c) => c.code).join('\n')));
  }
  return figures;
}

export const sizeBudgets = {
  library: 30,
  listPage: 16,
  csvWorker: 10,
};
