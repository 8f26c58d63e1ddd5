// Size figures: minified + gzip, built with rollup from the sources, with `lit` external
// (as a host that already has Lit pays) and with `lit` included (to compare with products
// that ship their framework).
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { workerUrl } from '../scripts/rollup-worker-url.mjs';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

const litExternal = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/.test(id);

function plugins() {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs({ strictRequires: false }),
    workerUrl(),
    typescript({
      tsconfig: './tsconfig.json', filterRoot: '.', include: ['src/**/*.ts', 'bench/entries/*.ts'],
      exclude: ['test/**', 'stories/**'], declaration: false, noEmit: false, outDir: 'bench/.out', rootDir: '.',
      sourceMap: false, noEmitOnError: false,
    }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ];
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

/** Gzip size of an entry and everything it loads up front (static imports), not what it loads lazily. */
function initialSize(chunks, input) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // the input's own entry, not the worker chunk the build emits as an entry too
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(input));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    c.imports.forEach((f) => visit(byName.get(f)));
  };
  visit(entry);
  const code = [...seen].map((f) => byName.get(f).code).join('\n');
  return { gzip: gz(code), lazyChunks: chunks.filter((c) => !seen.has(c.fileName)) };
}

export async function measureSizes() {
  const figures = {};
  for (const withLit of [false, true]) {
    const suffix = withLit ? 'WithLit' : '';
    // every chunk of the library, lazily loaded ones included; the worker is its own figure
    const everything = await build('bench/entries/everything.ts', { withLit, split: true });
    const library = everything.filter((c) => c.fileName !== 'csv-worker.js');
    figures[`library${suffix}`] = kB(gz(library.map((c) => c.code).join('\n')));
    const page = await build('bench/entries/list-page.ts', { withLit, split: true });
    const initial = initialSize(page, 'bench/entries/list-page.ts');
    figures[`listPage${suffix}`] = kB(initial.gzip);
    if (!withLit) {
      figures.lazyChunks = Object.fromEntries(
        initial.lazyChunks.filter((c) => c.fileName !== 'csv-worker.js').map((c) => [c.name, kB(gz(c.code))]),
      );
    }
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
