// The page `npm run bench` drives in Chromium: each function measures one figure and returns
// milliseconds (plus what it checked, so a figure cannot come from a run that did nothing).
import '../../src/define/registration-table.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { SeedRequest } from '../../src/adapters/memory-adapter.js';
import { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
import { parseCsvFile } from '../../src/csv/parse-client.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';

const stage = document.getElementById('stage')!;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function seedRequests(n: number): SeedRequest[] {
  const statuses = ['WAITING_FOR_CONNECTION', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'BLOCKED'] as const;
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `device-${String(i).padStart(6, '0')}`,
    // mostly waiting, so that live changes have rows to turn pending
    status: i % 10 === 0 ? statuses[1] : i % 10 === 1 ? statuses[2] : i % 10 === 2 ? statuses[3] : statuses[0],
    creationTime: new Date(start + i * 1000).toISOString(),
  }));
}

function rows(table: Element): Element[] {
  return [...(table.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])];
}

/** Resolves when `check` holds, testing after every DOM change in the element's shadow root. */
function whenDom(root: Node, check: () => boolean, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve(performance.now());
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Longest main-thread task while `work` runs (PerformanceObserver 'longtask' reports tasks ≥ 50 ms). */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  await nextFrame();
  observer.disconnect();
  return { result, longestTaskMs: longest };
}

let table: DevRegRegistrationTable | undefined;
let adapter: MemoryAdapter | undefined;

async function tableFirstRows(n: number) {
  stage.replaceChildren();
  adapter = new MemoryAdapter({ requests: seedRequests(n) });
  await nextFrame();
  const t0 = performance.now();
  table = document.createElement('devreg-registration-table');
  table.adapter = adapter;
  stage.append(table);
  await new Promise<void>((resolve) => setTimeout(resolve)); // let the element upgrade and attach its shadow root
  await whenDom(table.shadowRoot!, () => rows(table!).length > 0);
  await nextFrame(); // on screen = painted
  return { ms: performance.now() - t0, rowsRendered: rows(table).length };
}

async function liveChange() {
  if (!table || !adapter) throw new Error('run tableFirstRows first');
  // a waiting device that is on screen calls in: its row turns pending
  const row = rows(table).find((r) => r.querySelector('devreg-status-badge')?.getAttribute('status') === 'WAITING_FOR_CONNECTION');
  const id = row?.textContent?.match(/device-\d+/)?.[0];
  if (!id) throw new Error('no waiting row on screen');
  const isPending = () =>
    rows(table!).some((r) => r.textContent?.includes(id) &&
      r.querySelector('devreg-status-badge')?.getAttribute('status') === 'PENDING_ACCEPTANCE');
  const t0 = performance.now();
  const done = whenDom(table.shadowRoot!, isPending);
  await adapter.bootstrap(id);
  return { ms: (await done) - t0, id };
}

async function scrollThrough() {
  if (!table) throw new Error('run tableFirstRows first');
  const scroller = table.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
  const frames: number[] = [];
  const { longestTaskMs } = await withLongTasks(async () => {
    let last = await nextFrame();
    const steps = 120;
    const max = scroller.scrollHeight - scroller.clientHeight;
    for (let i = 1; i <= steps; i++) {
      scroller.scrollTop = (max * i) / steps;
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
    }
  });
  return { longestFrameMs: Math.max(...frames), longestTaskMs, scrolledTo: scroller.scrollTop };
}

function fullCsv(n: number): Blob {
  const lines = ['ID;CREDENTIALS;TYPE;NAME;ICCID;IDTYPE;PATH;SHELL;AUTH_TYPE'];
  for (let i = 0; i < n; i++) {
    lines.push(`bulk-${i};Secret-${i}-pass;c8y_Bench;Device ${i};89${String(i).padStart(18, '0')};c8y_Serial;Bench/Group ${i % 50};${i % 2};BASIC`);
  }
  return new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
}

function simpleCsv(n: number, prefix: string): Blob {
  const lines = ['ID;PATH'];
  for (let i = 0; i < n; i++) lines.push(`${prefix}-${i};Bench/Upload ${i % 20}`);
  return new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
}

async function bulkParse(n: number) {
  const file = fullCsv(n);
  const t0 = performance.now();
  const { result, longestTaskMs } = await withLongTasks(() => parseCsvFile(file));
  return { ms: performance.now() - t0, longestTaskMs, rows: result.rows.length, valid: result.validCount };
}

async function papaparseAlone(n: number) {
  const file = fullCsv(n);
  const worker = new Worker(new URL('./papa-worker.js', import.meta.url), { type: 'module' });
  const t0 = performance.now();
  const rowsRead = await new Promise<number>((resolve) => {
    worker.addEventListener('message', (e: MessageEvent<{ rows: number }>) => resolve(e.data.rows));
    worker.postMessage({ file });
  });
  const ms = performance.now() - t0;
  worker.terminate();
  return { ms, rows: rowsRead };
}

/** A fixed CPU workload, to express machine-dependent figures as a ratio. */
function baseline() {
  const t0 = performance.now();
  let seed = 42;
  const numbers = Array.from({ length: 300_000 }, () => (seed = (seed * 16807) % 2147483647));
  numbers.sort((a, b) => a - b);
  return { ms: performance.now() - t0, check: numbers[0] };
}

const emulator = () => new CumulocityAdapter({ baseUrl: '', auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' } });

async function emulatorList() {
  const t0 = performance.now();
  const page = await emulator().list({ page: 1, pageSize: 100 });
  return { ms: performance.now() - t0, rows: page.requests.length };
}

async function emulatorBulk(n: number) {
  const file = simpleCsv(n, `upload-${Date.now()}`);
  const t0 = performance.now();
  const result = await emulator().bulkRegister(file);
  return { ms: performance.now() - t0, created: result.numberOfCreated, failed: result.numberOfFailed };
}

Object.assign(window, {
  bench: { tableFirstRows, liveChange, scrollThrough, bulkParse, papaparseAlone, baseline, emulatorList, emulatorBulk },
});
