// Rollup plugin: turns `new URL('./x-worker.js', import.meta.url)` (next to x-worker.ts) into a
// URL of the worker, built on its own into one self-contained file (`x-worker.js` in the output,
// with its source map), so the URL resolves relative to whichever chunk the calling code ends up
// in. Self-contained, not a chunk of this build: a host's bundler (Vite, webpack) copies the file
// a `new URL(…, import.meta.url)` names as an asset, without the chunks it would import.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { rollup } from 'rollup';

const WORKER_URL = /new URL\((['"])\.\/([\w-]+-worker)\.js\1,\s*import\.meta\.url\)/g;

/**
 * @param {() => import('rollup').Plugin[]} workerPlugins the plugins of a worker's own build
 * @param {{ sourcemap: boolean }} options whether the worker gets a source map
 */
export function workerUrl(workerPlugins, { sourcemap }) {
  let emitted = new Map(); // worker source → reference, so a worker is built and emitted once per build
  /** @type {Map<string, import('rollup').SourceMap>} the workers' source maps, by file name */
  let maps = new Map();
  return {
    name: 'worker-url',
    buildStart() {
      emitted = new Map();
      maps = new Map();
    },
    // the maps' sources made relative to where the maps are written, known only now
    generateBundle(options) {
      if (!options.sourcemap) return;
      const dir = resolve(options.dir ?? dirname(options.file ?? 'x'));
      for (const [fileName, map] of maps) {
        const sources = map.sources.map((source) => relative(dir, resolve(source ?? '')));
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: JSON.stringify({ ...map, sources }) });
      }
    },
    async transform(code, id) {
      if (!code.includes('-worker.js')) return null;
      const found = [...code.matchAll(WORKER_URL)].filter(([, , name]) => existsSync(join(dirname(id), `${name}.ts`)));
      if (!found.length) return null;
      for (const [, , name] of found) {
        const source = join(dirname(id), `${name}.ts`);
        if (!emitted.has(source)) emitted.set(source, await emitWorker(this, source, `${name}.js`, workerPlugins(), sourcemap ? maps : undefined));
      }
      const out = code.replace(WORKER_URL, (match, _quote, name) => {
        const ref = emitted.get(join(dirname(id), `${name}.ts`));
        return ref ? `new URL(import.meta.ROLLUP_FILE_URL_${ref})` : match;
      });
      return { code: out, map: null };
    },
  };
}

/**
 * Builds the worker at `source` into one file (dynamic imports inlined, nothing external) and
 * emits it as an asset named `fileName`, its source map kept in `maps` (written with the bundle);
 * returns the asset's reference.
 * @param {import('rollup').PluginContext} context @param {string} source @param {string} fileName
 * @param {import('rollup').Plugin[]} plugins @param {Map<string, import('rollup').SourceMap>} [maps] none: no source map
 */
async function emitWorker(context, source, fileName, plugins, maps) {
  const bundle = await rollup({ input: source, plugins, onwarn: (warning) => context.warn(`${fileName}: ${warning.message}`) });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, sourcemap: maps ? 'hidden' : false });
  for (const file of bundle.watchFiles) context.addWatchFile(file);
  await bundle.close();
  const [chunk] = output;
  if (!maps || !chunk.map) return context.emitFile({ type: 'asset', fileName, source: chunk.code });
  maps.set(fileName, chunk.map);
  return context.emitFile({ type: 'asset', fileName, source: `${chunk.code}//# sourceMappingURL=${fileName}.map\n` });
}
