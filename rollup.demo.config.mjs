// Bundles the demo page (demo/) into demo-dist/, lit included, for `npm start`.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { workerUrl } from './scripts/rollup-worker-url.mjs';
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
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs({ strictRequires: false }),
    workerUrl(),
    typescript({
      tsconfig: './tsconfig.json',
      filterRoot: '.',
      include: ['src/**/*.ts', 'demo/**/*.ts'],
      exclude: ['test/**', 'stories/**'],
      declaration: false,
      rootDir: '.',
      outDir: 'demo-dist',
      noEmit: false,
      sourceMap: true,
    }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
    // strict/: the same page for a strict Content-Security-Policy (test/e2e/strict-page.test.mjs)
    copyStatic(['index.html', 'demo.css', 'strict/index.html']),
  ],
  output: { dir: 'demo-dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
};
