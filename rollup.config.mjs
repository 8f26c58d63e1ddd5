import { buildPlugins, litExternal, removeStaleChunks } from './scripts/rollup-plugins.mjs';
import { readdirSync } from 'node:fs';

// One entry per element (dist/define/<tag>.js), a define-all entry, the side-effect-free index and
// the demo helpers (dist/demo.js: seeded MemoryAdapter, demo extension; not part of the index);
// shared code and lazily loaded parts (wizards, locales) become chunks, in dist/chunks/ with the CSV
// worker (next to the chunk that starts it: its URL there is `./csv-worker.js`, so a host that
// bundles with esbuild or plain rollup copies the file next to its own chunks).
const defines = Object.fromEntries(
  readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]),
);

export default [
  {
    input: { index: 'src/index.ts', all: 'src/all.ts', demo: 'src/demo.ts', ...defines },
    // lit and its parts stay external: the page (or an import map / CDN) provides them once.
    external: litExternal,
    plugins: [...buildPlugins({ include: ['src/**/*.ts'], rootDir: 'src', outDir: 'dist' }, { workerDir: 'chunks' }), removeStaleChunks()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
