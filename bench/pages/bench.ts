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
let seeded = 0;

/** Resolves with the table's list state once every page has been loaded (`devreg-list-state`). */
function whenLoaded(element: Element, total: number, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the table did not load all ${total} rows`)), timeoutMs);
    element.addEventListener('devreg-list-state', function listener(event) {
      const state = event as Event & { total: number; loading: boolean };
      if (state.loading || state.total !== total) return;
      element.removeEventListener('devreg-list-state', listener);
      clearTimeout(timer);
      resolve(performance.now());
    });
  });
}

/**
 * Time from adding the table (adapter holding `n` requests) until its first rows are on screen
 * (in the DOM, then painted); then, while the remaining pages load in the background, the longest
 * main-thread task and the time until all `n` rows are loaded.
 */
async function tableFirstRows(n: number) {
  stage.replaceChildren();
  adapter = new MemoryAdapter({ requests: seedRequests(n) });
  seeded = n;
  await settle(); // seeding is set-up, not the table's work
  const { result, longestTaskMs } = await withLongTasks(async () => {
    const t0 = performance.now();
    const element = document.createElement('devreg-registration-table');
    element.adapter = adapter;
    const loaded = whenLoaded(element, n);
    stage.append(element);
    table = element;
    await new Promise<void>((resolve) => setTimeout(resolve)); // let the element upgrade and attach its shadow root
    await whenDom(element.shadowRoot!, () => rows(element).length > 0);
    await nextFrame(); // on screen = painted
    const firstRowsMs = performance.now() - t0;
    const rowsRendered = rows(element).length;
    const allLoadedMs = (await loaded) - t0;
    return { firstRowsMs, rowsRendered, allLoadedMs };
  });
  const rowCount = Number(table!.shadowRoot!.querySelector('[part~="table"]')?.getAttribute('aria-rowcount')) - 1;
  return { ...result, longestTaskMs, rowCount };
}

/**
 * One live status change, five times: a waiting device calls in (`bootstrap`), so its request
 * turns pending and moves to the top. Time from the call until its row shows the pending badge.
 */
async function liveChange() {
  if (!table || !adapter) throw new Error('run tableFirstRows first');
  const times: number[] = [];
  const ids: string[] = [];
  for (let k = 1; k <= 5; k++) {
    // the newest devices are waiting (index % 10 >= 3), see seedRequests
    const id = `device-${String(seeded - k).padStart(6, '0')}`;
    const isPending = () =>
      rows(table!).some((r) => (r as HTMLElement).dataset.id === id &&
        r.querySelector('devreg-status-badge')?.getAttribute('status') === 'PENDING_ACCEPTANCE');
    if (isPending()) throw new Error(`${id} is pending already`);
    await nextFrame();
    const t0 = performance.now();
    const done = whenDom(table.shadowRoot!, isPending);
    await adapter.bootstrap(id);
    times.push((await done) - t0);
    ids.push(id);
    await nextFrame();
  }
  times.sort((a, b) => a - b);
  return { ms: times[2], maxMs: times[4], ids };
}

/** Scrolls the table from top to bottom in 120 steps, one per frame; the longest frame and task. */
async function scrollThrough() {
  if (!table) throw new Error('run tableFirstRows first');
  const scroller = table.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
  scroller.scrollTop = 0;
  await nextFrame();
  const frames: number[] = [];
  const { longestTaskMs } = await withLongTasks(async () => {
    let last = await nextFrame();
    const steps = 120;
    for (let i = 1; i <= steps; i++) {
      // the virtualizer refines its size estimate while rows are measured: aim at the current end
      scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * i) / steps;
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
    }
  });
  for (let i = 0; i < 10 && scroller.scrollTop < scroller.scrollHeight - scroller.clientHeight - 1; i++) {
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
  }
  await nextFrame();
  // proof that it reached the end: the last row is rendered
  const lastRowShown = rows(table).some((r) => r.getAttribute('aria-rowindex') === String(seeded + 1));
  return { longestFrameMs: Math.max(...frames), longestTaskMs, scrolledTo: scroller.scrollTop, lastRowShown, frames: frames.map(Math.round) };
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

/** Lets the tasks of the set-up (making a test file, its garbage) end before a measurement starts. */
async function settle() {
  // the browser runs with --expose-gc: collect the set-up's garbage now, not during the measurement
  (window as Window & { gc?: () => void }).gc?.();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await nextFrame();
}

async function bulkParse(n: number) {
  const file = fullCsv(n);
  await settle(); // the long task of making the file is not the library's
  const t0 = performance.now();
  const { result, longestTaskMs } = await withLongTasks(() => parseCsvFile(file));
  return { ms: performance.now() - t0, longestTaskMs, rows: result.rows.length, valid: result.validCount };
}

async function papaparseAlone(n: number) {
  const file = fullCsv(n);
  await settle();
  // the clock starts before the worker, as `parseCsvFile` starts its worker inside the measured time
  const t0 = performance.now();
  const worker = new Worker(new URL('./papa-worker.js', import.meta.url), { type: 'module' });
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

/** `list({page: 1, pageSize: 100})` against the emulator holding 100,000 requests: the median of 5 after one warm-up call. */
async function emulatorList() {
  const adapter = emulator();
  await adapter.list({ page: 1, pageSize: 100 });
  const times: number[] = [];
  let rows = 0;
  let totalPages: number | undefined;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const page = await adapter.list({ page: 1 + i * 100, pageSize: 100 });
    times.push(performance.now() - t0);
    rows = page.requests.length;
    totalPages = page.totalPages;
  }
  times.sort((a, b) => a - b);
  return { ms: times[2], rows, totalPages };
}

async function emulatorBulk(n: number) {
  const file = simpleCsv(n, `upload-${Date.now()}`);
  await settle();
  const t0 = performance.now();
  const result = await emulator().bulkRegister(file);
  return { ms: performance.now() - t0, created: result.numberOfCreated, failed: result.numberOfFailed };
}

Object.assign(window, {
  bench: { tableFirstRows, liveChange, scrollThrough, bulkParse, papaparseAlone, baseline, emulatorList, emulatorBulk },
});
