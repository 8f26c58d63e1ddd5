// The rollup set-up shared by the library build (rollup.config.mjs), the demo page
// (rollup.demo.config.mjs) and the bench builds (bench/sizes.mjs, bench/runtime.mjs, bench/analyze.mjs).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { workerUrl } from './rollup-worker-url.mjs';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** lit and its parts, left external where the page (or an import map / CDN) provides them once. */
export const litExternal = (/** @type {string} */ id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/.test(id);

/**
 * The plugins of every build, in this order: resolve (browser, production), CommonJS, worker
 * URLs, TypeScript (`tsOptions` over the shared options: which sources, rootDir, outDir...) and,
 * unless `minify` is false, the `html`/`css` template minifier and terser. `workerDir`: the folder
 * of the output the workers are written to (the library's: its chunks' folder).
 * @param {Record<string, unknown>} tsOptions
 * @param {{ minify?: boolean, workerDir?: string }} [options]
 */
export function buildPlugins(tsOptions, { minify = true, workerDir = '' } = {}) {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs({ strictRequires: false }),
    // a worker is built on its own with these same plugins (and no workers of its own)
    workerUrl(() => buildPlugins(tsOptions, { minify }).filter((plugin) => plugin.name !== 'worker-url'), {
      sourcemap: tsOptions.sourceMap !== false,
      dir: workerDir,
    }),
    typescript({
      tsconfig: './tsconfig.json',
      filterRoot: '.', // include/exclude are relative to this (default would be rootDir)
      exclude: ['test/**', 'stories/**'],
      declaration: false, // `tsc -p tsconfig.build.json` emits the .d.ts
      noEmit: false,
      // the sources go into the source maps: the package ships dist/, not src/
      inlineSources: tsOptions.sourceMap !== false,
      ...tsOptions,
    }),
    ...(minify ? [minifyTemplates(), terser({ format: { comments: false }, ecma: 2022, module: true })] : []),
  ];
}

/**
 * Lit's own minifier for `html` and `css` template literals (our sources only). Whitespace is
 * collapsed conservatively (to one space, never removed) so text between inline parts such as
 * `<strong>${n}</strong> devices` reads the same; empty attributes (`alt=""`) are kept.
 */
function minifyTemplates() {
  return minifyLiterals({
    include: ['src/**'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });
}

/**
 * Deletes what earlier builds left in the output's `chunks/` folder: chunk names carry content
 * hashes, so old ones would pile up there (and be published with the package). Only after the new
 * files are written, so a server serving the folder meanwhile never finds it empty.
 * @returns {import('rollup').Plugin}
 */
export function removeStaleChunks() {
  return {
    name: 'remove-stale-chunks',
    writeBundle(options, bundle) {
      const folder = join(options.dir ?? '.', 'chunks');
      let files;
      try {
        files = readdirSync(folder);
      } catch {
        return; // no chunks folder
      }
      for (const file of files) if (!(`chunks/${file}` in bundle)) rmSync(join(folder, file), { force: true });
    },
  };
}
