// Rollup plugin: turns `new URL('./x-worker.js', import.meta.url)` (next to x-worker.ts) into a
// URL of the worker, built on its own into one self-contained file (`x-worker.js` in the output's
// folder `dir`, with its source map when the output has maps), so the URL resolves relative to
// whichever chunk the calling code ends up in. Self-contained, not a chunk of this build: a host's
// bundler (Vite, webpack) copies the file a `new URL(…, import.meta.url)` names as an asset,
// without the chunks it would import. In the folder of the chunk that names it (the library: the
// chunks' folder), so the URL stays `./x-worker.js` and a host whose bundler does not copy it
// (esbuild, plain rollup) can copy the file next to its own chunks; the build warns when a chunk
// naming a worker lies elsewhere.
import { existsSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { rollup } from 'rollup';

const WORKER_URL = /new URL\((['"])\.\/([\w-]+-worker)\.js\1,\s*import\.meta\.url\)/g;

/**
 * @param {() => import('rollup').Plugin[]} workerPlugins the plugins of a worker's own build
 * @param {{ sourcemap: boolean, dir?: string }} options whether the worker's build makes a source
 *   map; the folder of the output the worker is written to (default: the output's own)
 */
export function workerUrl(workerPlugins, { sourcemap, dir = '' }) {
  /** @type {Map<string, Promise<string>>} worker source → its asset's reference (one build each, also when several modules name it) */
  let emitted = new Map();
  /**
   * The workers' source maps by file name. Kept across builds: in watch mode a cached module is
   * not transformed again, and rollup emits its worker asset again from the cache.
   * @type {Map<string, import('rollup').SourceMap>}
   */
  const maps = new Map();
  /** @type {import('rollup').InputOptions['onwarn']} the build's own warning handler, for the workers' builds too */
  let onwarn;
  return {
    name: 'worker-url',
    options(inputOptions) {
      onwarn = inputOptions.onwarn;
      return null;
    },
    buildStart() {
      emitted = new Map();
    },
    async transform(code, id) {
      if (!code.includes('-worker.js')) return null;
      const source = (/** @type {string} */ name) => join(dirname(id), `${name}.ts`);
      const names = [...code.matchAll(WORKER_URL)].map((m) => m[2]).filter((name) => existsSync(source(name)));
      if (!names.length) return null;
      const refs = new Map();
      for (const name of names) {
        if (!emitted.has(source(name))) {
          emitted.set(source(name), emitWorker(this, source(name), posix.join(dir, `${name}.js`), workerPlugins(), { sourcemap, maps, onwarn }));
        }
        refs.set(name, await emitted.get(source(name)));
      }
      const out = code.replace(WORKER_URL, (match, _quote, name) => (refs.has(name) ? `new URL(import.meta.ROLLUP_FILE_URL_${refs.get(name)})` : match));
      return { code: out, map: null };
    },
    // per output: a warning for a chunk that names a worker from another folder; the map, with its
    // sources relative to where it is written, and the comment naming it
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const file of chunk.referencedFiles) {
          if (!/-worker\.js$/.test(file) || dirname(file) === dirname(chunk.fileName)) continue;
          this.warn(`${chunk.fileName} names the worker ${file} in another folder: a host that copies the worker next to its chunks will not find it`);
        }
      }
      if (!options.sourcemap) return;
      const outDir = resolve(options.dir ?? dirname(options.file ?? 'x'));
      for (const [fileName, map] of maps) {
        const asset = bundle[fileName];
        if (asset?.type !== 'asset') continue;
        asset.source = `${asset.source}//# sourceMappingURL=${basename(fileName)}.map\n`;
        const sources = map.sources.map((file) => relative(dirname(join(outDir, fileName)), resolve(file ?? '')));
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: JSON.stringify({ ...map, sources }) });
      }
    },
  };
}

/**
 * Builds the worker at `source` into one file (dynamic imports inlined, nothing external) and
 * emits it as an asset named `fileName`, its source map kept in `maps` (written per output);
 * returns the asset's reference.
 * @param {import('rollup').PluginContext} context @param {string} source @param {string} fileName
 * @param {import('rollup').Plugin[]} plugins
 * @param {{ sourcemap: boolean, maps: Map<string, import('rollup').SourceMap>, onwarn: import('rollup').InputOptions['onwarn'] }} options
 */
async function emitWorker(context, source, fileName, plugins, { sourcemap, maps, onwarn }) {
  const bundle = await rollup({ input: source, plugins, onwarn });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, sourcemap: sourcemap ? 'hidden' : false });
    for (const file of bundle.watchFiles) context.addWatchFile(file);
    const [chunk] = output;
    if (chunk.map) maps.set(fileName, chunk.map);
    return context.emitFile({ type: 'asset', fileName, source: chunk.code });
  } finally {
    await bundle.close();
  }
}
