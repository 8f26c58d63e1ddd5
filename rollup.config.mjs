import { buildPlugins, litExternal } from './scripts/rollup-plugins.mjs';
import { readdirSync, rmSync } from 'node:fs';

// One entry per element (dist/define/<tag>.js), a define-all entry, the side-effect-free index and
// the demo helpers (dist/demo.js: seeded MemoryAdapter, demo extension; not part of the index);
// shared code and lazily loaded parts (wizards, locales) become chunks.
const defines = Object.fromEntries(
  readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]),
);

// Each build starts from an empty dist/: chunk names carry content hashes, so the chunks of earlier
// builds would pile up there and be published with the package.
rmSync('dist', { recursive: true, force: true });

export default [
  {
    input: { index: 'src/index.ts', all: 'src/all.ts', demo: 'src/demo.ts', ...defines },
    // lit and its parts stay external: the page (or an import map / CDN) provides them once.
    external: litExternal,
    plugins: buildPlugins({ include: ['src/**/*.ts'], rootDir: 'src', outDir: 'dist' }),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
