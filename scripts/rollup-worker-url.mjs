// Rollup plugin: turns `new URL('./x-worker.js', import.meta.url)` (next to x-worker.ts) into a
// URL of the worker emitted as its own chunk, so the worker file exists in the output and the
// URL resolves relative to whichever chunk the calling code ends up in.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WORKER_URL = /new URL\((['"])\.\/([\w-]+-worker)\.js\1,\s*import\.meta\.url\)/g;

export function workerUrl() {
  let emitted = new Map(); // worker source → reference, so a worker is emitted once per build
  return {
    name: 'worker-url',
    buildStart() {
      emitted = new Map();
    },
    transform(code, id) {
      if (!code.includes('-worker.js')) return null;
      let changed = false;
      const out = code.replace(WORKER_URL, (match, _quote, name) => {
        const source = join(dirname(id), `${name}.ts`);
        if (!existsSync(source)) return match;
        if (!emitted.has(source)) emitted.set(source, this.emitFile({ type: 'chunk', id: source, fileName: `${name}.js` }));
        const ref = emitted.get(source);
        changed = true;
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
