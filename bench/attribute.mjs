// `node bench/attribute.mjs [entry] [--all]`: where the minified bytes of an entry come from. Builds
// the entry as the size figures do (minified, `lit` external), then attributes each byte of the
// chunks it loads up front (`--all`: of every chunk; the CSV worker is an asset of its own) to its source module through
// the source map, and gives each module its share of the gzip size. Unlike `analyze.mjs`, which
// minifies each module alone, this sees the bundle as shipped. A tool for keeping the size budgets,
// not a figure.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { buildPlugins, litExternal } from '../scripts/rollup-plugins.mjs';

const input = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'bench/entries/list-page.ts';
const everyChunk = process.argv.includes('--all');
const bundle = await rollup({
  input,
  external: litExternal,
  onwarn: () => {},
  plugins: buildPlugins({ include: ['src/**/*.ts', 'bench/entries/*.ts'], outDir: 'bench/results/tsc', rootDir: '.', sourceMap: true, noEmitOnError: false }),
});
const { output } = await bundle.generate({ format: 'es', sourcemap: true });
await bundle.close();
const chunks = output.filter((o) => o.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const measured = new Set();
const visit = (c) => {
  if (!c || measured.has(c.fileName)) return;
  measured.add(c.fileName);
  c.imports.forEach((f) => visit(byName.get(f)));
};
visit(chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(input)));
if (everyChunk) for (const c of chunks) measured.add(c.fileName);

const bytesBySource = new Map();
let total = 0;
for (const name of measured) {
  const chunk = byName.get(name);
  const map = new TraceMap(chunk.map);
  chunk.code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      const { source } = originalPositionFor(map, { line: index + 1, column });
      // `?`: bytes of no module (the chunks' import and export statements)
      const key = (source ?? '?').replace(/.*node_modules\//, 'node_modules/').replace(/.*\/src\//, 'src/');
      bytesBySource.set(key, (bytesBySource.get(key) ?? 0) + 1);
      total++;
    }
  });
}
const gzip = gzipSync([...measured].map((f) => byName.get(f).code).join('\n'), { level: 9 }).length;
console.log(`${input}${everyChunk ? ' (every chunk)' : ''}: ${total} B minified, ${gzip} B gzip`);
for (const [source, bytes] of [...bytesBySource].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(7)} B  ${((bytes / total) * gzip / 1024).toFixed(2).padStart(5)} kB gz share  ${source}`);
}
