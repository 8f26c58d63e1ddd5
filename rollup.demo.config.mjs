// Bundles the demo page (demo/) into demo-dist/, lit included, for `npm start`.
import { buildPlugins, removeStaleChunks } from './scripts/rollup-plugins.mjs';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

function copyStatic(files) {
  return {
    name: 'copy-static',
    writeBundle() {
      mkdirSync('demo-dist', { recursive: true });
      for (const file of files) {
        mkdirSync(dirname(`demo-dist/${file}`), { recursive: true });
        copyFileSync(`demo/${file}`, `demo-dist/${file}`);
      }
    },
  };
}

export default {
  input: { main: 'demo/main.ts' },
  plugins: [
    // the CSV worker next to the chunk that starts it, as in the library's dist/
    ...buildPlugins({ include: ['src/**/*.ts', 'demo/**/*.ts'], rootDir: '.', outDir: 'demo-dist', sourceMap: true }, { workerDir: 'chunks' }),
    // strict/: the same page for a strict Content-Security-Policy (test/e2e/strict-page.test.mjs)
    copyStatic(['index.html', 'demo.css', 'strict/index.html']),
    removeStaleChunks(),
  ],
  output: { dir: 'demo-dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
};
