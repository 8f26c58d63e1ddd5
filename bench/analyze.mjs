// `node bench/analyze.mjs [entry]`: which modules an entry loads up front and how much each
// costs (minified alone, then gzip), lazily loaded chunks listed apart. A tool for keeping
// the size budgets, not a figure.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { buildPlugins, litExternal } from '../scripts/rollup-plugins.mjs';

const input = process.argv[2] ?? 'bench/entries/list-page.ts';
const bundle = await rollup({
  input,
  external: litExternal,
  // not minified here: each module is minified alone below
  plugins: buildPlugins(
    { include: ['src/**/*.ts', 'bench/**/*.ts'], outDir: 'bench/results/tsc', rootDir: '.', sourceMap: false, noEmitOnError: false },
    { minify: false },
  ),
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
const chunks = output.filter((o) => o.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith(input));
const initial = new Set();
const visit = (c) => {
  if (!c || initial.has(c.fileName)) return;
  initial.add(c.fileName);
  c.imports.forEach((f) => visit(byName.get(f)));
};
visit(entry);
const gz = (s) => gzipSync(s, { level: 9 }).length;
for (const c of chunks) {
  const rows = [];
  for (const [id, m] of Object.entries(c.modules)) {
    if (!m.code) continue;
    const min = (await minify(m.code, { module: true, ecma: 2022, compress: false, mangle: false })).code ?? '';
    rows.push([gz(min), min.length, id.replace(process.cwd() + '/', '')]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  const full = (await minify(c.code, { module: true, ecma: 2022 })).code ?? '';
  console.log(`\n${initial.has(c.fileName) ? 'INITIAL' : 'lazy'} ${c.fileName}: ${(gz(full) / 1024).toFixed(1)} kB gzip, ${(full.length / 1024).toFixed(1)} kB min`);
  for (const [g, raw, id] of rows) console.log(`  ${(g / 1024).toFixed(1).padStart(6)} gz ${(raw / 1024).toFixed(1).padStart(6)} min  ${id}`);
}
