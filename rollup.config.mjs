import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { workerUrl } from './scripts/rollup-worker-url.mjs';
import { readdirSync } from 'node:fs';

// lit and its parts stay external: the page (or an import map / CDN) provides them once.
const external = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/.test(id);

const ts = () => typescript({
  tsconfig: './tsconfig.json',
  filterRoot: '.', // include/exclude are relative to this (default would be rootDir)
  include: ['src/**/*.ts'],
  exclude: ['test/**', 'stories/**'],
  declaration: false, // `tsc -p tsconfig.build.json` emits the .d.ts
  rootDir: 'src',
  outDir: 'dist',
  noEmit: false,
});

const resolve = () => nodeResolve({ browser: true, exportConditions: ['production'] });
const minify = () => terser({ format: { comments: false }, ecma: 2022, module: true });

// One entry per element (dist/define/<tag>.js), a define-all entry, the side-effect-free index and
// the demo helpers (dist/demo.js: seeded MemoryAdapter, demo extension; not part of the index);
// shared code and lazily loaded parts (wizards, locales) become chunks.
const defines = Object.fromEntries(
  readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]),
);

export default [
  {
    input: { index: 'src/index.ts', all: 'src/all.ts', demo: 'src/demo.ts', ...defines },
    external,
    plugins: [resolve(), commonjs({ strictRequires: false }), workerUrl(), ts(), minify()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
