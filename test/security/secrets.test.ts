// Issue 8.5: secrets. Security tokens typed by the operator (table, single wizard's connect panel) and
// device credentials from a bulk CSV never reach the console, Web Storage, IndexedDB, cookies, the URL,
// any DOM attribute, or a public event's details; token inputs are masked with an explicit reveal
// control; CSV credentials are masked in the preview.
import '../helpers/lit-warnings.js';
import { root, text as trimmed } from '../helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import type { DevRegSingleWizard } from '../../src/components/single-wizard/single-wizard.js';
import type { DevRegBulkWizard } from '../../src/components/bulk-wizard/bulk-wizard.js';
import '../../src/define/registration-table.js';
import '../../src/define/single-wizard.js';
import '../../src/define/bulk-wizard.js';
import { deepAttributes, deepQueryAll, deepText } from '../fixtures/hostile-strings.js';

// Distinctive values, so that any copy anywhere is found.
const TOKEN = 'Tok3n-7f1c9e-SECRET';
const WRONG_TOKEN = 'Wr0ng-4b2a11-SECRET';
const CREDENTIALS = ['Cr3d-A-91x7q-SECRET', 'Cr3d-B-2k8mz-SECRET', 'Cr3d-C-uu4r1-SECRET'];
const OTP = 'Otp-55af02-SECRET';
const SECRETS = [TOKEN, WRONG_TOKEN, ...CREDENTIALS, OTP];

const EVENT_NAMES = [
  'devreg-accepted', 'devreg-removed', 'devreg-registered', 'devreg-bulk-completed', 'devreg-error', 'devreg-close',
  'devreg-changed', 'devreg-register-selected', 'devreg-list-state', 'devreg-wizard-state',
] as const;

/** Stringifies anything, including errors, cyclic objects and non-enumerable fields. */
function dump(value: unknown, seen = new WeakSet<object>(), depth = 0): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'symbol') return value.toString();
  if (typeof value === 'function' || depth > 6 || seen.has(value)) return '';
  seen.add(value);
  if (value instanceof Node) return ''; // elements are checked through the DOM
  if (value instanceof Error) return `${value.name} ${value.message} ${value.stack ?? ''} ${dump({ ...value }, seen, depth + 1)} ${dump(value.cause, seen, depth + 1)}`;
  const keys = new Set<string | symbol>(Reflect.ownKeys(value));
  for (let proto = Object.getPrototypeOf(value) as object | null; proto && proto !== Object.prototype && proto !== Event.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) if (descriptor.get) keys.add(key);
  }
  let out = '';
  for (const key of keys) {
    try {
      out += ` ${String(key)}=${dump((value as Record<string | symbol, unknown>)[key], seen, depth + 1)}`;
    } catch {
      // a throwing getter leaks nothing
    }
  }
  return out;
}

/** Records everything written to the console and every public event's fields while a flow runs. */
function watch() {
  const logged: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir', 'dirxml', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const;
  const originals = new Map<string, unknown>();
  const c = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const m of methods) {
    const original = c[m];
    originals.set(m, original);
    c[m] = (...args: unknown[]) => {
      logged.push(args.map((a) => dump(a)).join(' '));
      original.apply(console, args);
    };
  }
  const events: string[] = [];
  const onEvent = (e: Event) => events.push(`${e.type}:${dump(e)}`);
  for (const name of EVENT_NAMES) document.addEventListener(name, onEvent, true);
  const errors: string[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(dump('reason' in e ? e.reason : e.error ?? e.message));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    logged,
    events,
    errors,
    stop() {
      for (const m of methods) c[m] = originals.get(m) as (...args: unknown[]) => void;
      for (const name of EVENT_NAMES) document.removeEventListener(name, onEvent, true);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

async function indexedDbContents(): Promise<string> {
  const databases = await indexedDB.databases();
  let out = databases.map((d) => d.name).join(' ');
  for (const { name } of databases) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(request.error?.message ?? `cannot open ${name}`));
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => resolve([]);
      });
      out += ` ${store} ${JSON.stringify(all)}`;
    }
    db.close();
  }
  return out;
}

function storageContents(storage: Storage): string {
  let out = '';
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    out += ` ${key}=${storage.getItem(key)}`;
  }
  return out;
}

async function cacheContents(): Promise<string> {
  if (!('caches' in window)) return '';
  return (await caches.keys()).join(' ');
}

/** No secret anywhere it must not be. `allowedInDom` lists secrets that may sit in a (password) input's value right now. */
async function expectNoLeak(w: ReturnType<typeof watch>, el: Element, allowedInDom: string[] = []): Promise<void> {
  const places: Record<string, string> = {
    console: w.logged.join('\n'),
    'uncaught errors': w.errors.join('\n'),
    'event details': w.events.join('\n'),
    localStorage: storageContents(localStorage),
    sessionStorage: storageContents(sessionStorage),
    IndexedDB: await indexedDbContents(),
    'Cache Storage': await cacheContents(),
    cookies: document.cookie,
    URL: location.href + ' ' + history.state,
    'DOM attributes': deepAttributes(el).map((a) => `${a.name}=${a.value}`).join(' '),
    'DOM text': deepText(el),
  };
  for (const secret of SECRETS) {
    for (const [place, contents] of Object.entries(places)) {
      expect(contents.includes(secret), `${secret} found in ${place}`).to.equal(false);
    }
    const inputs = deepQueryAll(el, 'input, textarea').filter((i) => (i as HTMLInputElement).value.includes(secret));
    if (!allowedInDom.includes(secret)) expect(inputs.length, `${secret} still held in an input`).to.equal(0);
    for (const input of inputs) expect((input as HTMLInputElement).type, `${secret} shown unmasked`).to.equal('password');
  }
}

function type(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The reveal control of a token input: a real button with a name, aria-pressed, next to it. */
function revealControl(input: HTMLInputElement): HTMLButtonElement {
  const scope = input.parentElement!;
  const button = [...scope.querySelectorAll('button')].find((b) => b.hasAttribute('aria-pressed'));
  expect(button, 'a reveal button with aria-pressed next to the token input').to.exist;
  expect((button!.getAttribute('aria-label') ?? trimmed(button)).toLowerCase()).to.contain('show');
  return button!;
}

async function expectMaskedWithReveal(el: { updateComplete: Promise<unknown> }, input: () => HTMLInputElement) {
  expect(input().type, 'the token input is masked').to.equal('password');
  expect(input().autocomplete).to.equal('off');
  const toggle = revealControl(input());
  expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  toggle.click();
  await el.updateComplete;
  expect(input().type, 'revealed on request').to.equal('text');
  expect(revealControl(input()).getAttribute('aria-pressed')).to.equal('true');
  revealControl(input()).click();
  await el.updateComplete;
  expect(input().type, 'masked again').to.equal('password');
}

describe('security: secrets never leak', () => {
  let w: ReturnType<typeof watch>;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    w = watch();
  });
  afterEach(() => w.stop());

  it('the watcher itself finds a secret in each place (so a leak would fail these tests)', async () => {
    const el = await fixture(html`<div></div>`);
    const checks: [string, () => void | Promise<void>, () => void][] = [
      ['console', () => console.debug('leak', { nested: [TOKEN] }), () => undefined],
      ['localStorage', () => localStorage.setItem('k', TOKEN), () => localStorage.clear()],
      ['sessionStorage', () => sessionStorage.setItem('k', TOKEN), () => sessionStorage.clear()],
      ['URL', () => history.replaceState(null, '', `${location.pathname}${location.search}#${TOKEN}`), () => history.replaceState(null, '', `${location.pathname}${location.search}`)],
      ['DOM attributes', () => el.setAttribute('data-x', TOKEN), () => el.removeAttribute('data-x')],
      ['event details', () => void el.dispatchEvent(new CustomEvent('devreg-accepted', { bubbles: true, composed: true, detail: { token: TOKEN } })), () => (w.events.length = 0)],
    ];
    for (const [place, leak, undo] of checks) {
      await leak();
      let caught = '';
      try {
        await expectNoLeak(w, el);
      } catch (error) {
        caught = String(error);
      }
      expect(caught, place).to.contain(`found in ${place}`);
      undo();
      w.logged.length = 0;
    }
  });

  describe('devreg-registration-table', () => {
    async function table(options: MemoryAdapterOptions) {
      const adapter = new MemoryAdapter(options);
      const el = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
      await waitUntil(() => root(el).querySelector('[part~=token-input]'), 'the token input renders', { timeout: 3000 });
      return { el, adapter };
    }
    const tokenInput = (el: Element) => root(el).querySelector<HTMLInputElement>('input[aria-label="Security token"]')!;

    it('masks the typed token with an explicit reveal control', async () => {
      const { el } = await table({ requests: [{ id: 'dev-1', status: 'PENDING_ACCEPTANCE', securityToken: TOKEN }] });
      type(tokenInput(el), TOKEN);
      await el.updateComplete;
      await expectMaskedWithReveal(el, () => tokenInput(el));
      expect(tokenInput(el).value).to.equal(TOKEN);
      await expectNoLeak(w, el, [TOKEN]);
    });

    it('a mismatch and then the right token: the token is in no log, storage, URL, attribute or event', async () => {
      const { el, adapter } = await table({
        requests: [
          { id: 'dev-1', status: 'PENDING_ACCEPTANCE', securityToken: TOKEN },
          { id: 'dev-2', status: 'PENDING_ACCEPTANCE' },
        ],
      });
      const accepted: string[] = [];
      el.addEventListener('devreg-accepted', (e) => accepted.push(JSON.stringify(e.detail)));
      const row = () => [...root(el).querySelectorAll<HTMLElement>('[part~=row]')].find((r) => r.dataset.id === 'dev-1')!;
      type(row().querySelector<HTMLInputElement>('[part~=token-input]')!, WRONG_TOKEN);
      row().querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
      await waitUntil(() => row().querySelector('[part~=row-error]'), 'the mismatch is shown', { timeout: 3000 });
      // the typed token stays (masked) for a correction, and nowhere else
      await expectNoLeak(w, el, [WRONG_TOKEN]);

      type(row().querySelector<HTMLInputElement>('[part~=token-input]')!, TOKEN);
      row().querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
      await waitUntil(() => row().dataset.status === 'ACCEPTED', 'accepted', { timeout: 3000 });
      expect(accepted).to.deep.equal([JSON.stringify({ id: 'dev-1' })]);
      expect(adapter.peek('ACCEPTED').map((r) => r.id)).to.deep.equal(['dev-1']);
      await expectNoLeak(w, el);
    });
  });

  describe('devreg-single-wizard connect panel', () => {
    it('masks the token with a reveal control and leaks it nowhere through register → call in → accept', async () => {
      const adapter = new MemoryAdapter();
      const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${adapter}></devreg-single-wizard>`);
      type(root(el).querySelector<HTMLInputElement>('input[part~=device-id]')!, 'dev-s1');
      await el.updateComplete;
      const registered = new Promise((resolve) => el.addEventListener('devreg-registered', resolve, { once: true }));
      root(el).querySelector<HTMLButtonElement>('[part~=register-button]')!.click();
      await registered;
      await adapter.bootstrap('dev-s1', TOKEN); // the device calls in with its token
      const tokenInput = () =>
        [...root(el).querySelectorAll<HTMLInputElement>('[part~=connect-accept] input')].find(
          (i) => trimmed(root(el).querySelector(`label[for="${i.id}"]`)) === 'Security token' || i.getAttribute('aria-label') === 'Security token',
        )!;
      await waitUntil(() => tokenInput(), 'the token input appears', { timeout: 3000 });
      type(tokenInput(), TOKEN);
      await el.updateComplete;
      await expectMaskedWithReveal(el, tokenInput);
      await expectNoLeak(w, el, [TOKEN]);

      const accepted = new Promise<Event>((resolve) => el.addEventListener('devreg-accepted', resolve, { once: true }));
      root(el).querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
      const event = (await accepted) as Event & { detail: unknown };
      expect(event.detail).to.deep.equal({ id: 'dev-s1' });
      await el.updateComplete;
      expect(adapter.peek('ACCEPTED').map((r) => r.id)).to.deep.equal(['dev-s1']);
      await expectNoLeak(w, el);
      // the device then fetches its credentials: those never reach the UI either
      const credentials = await adapter.bootstrap('dev-s1', TOKEN);
      expect(credentials?.password).to.be.a('string');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(deepText(el)).to.not.contain(credentials!.password);
      expect(w.logged.join('\n')).to.not.contain(credentials!.password);
      expect(w.events.join('\n')).to.not.contain(credentials!.password);
    });
  });

  describe('devreg-bulk-wizard', () => {
    async function preview(adapter: MemoryAdapter, csv: string) {
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter}></devreg-bulk-wizard>`);
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'devices.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => root(el).querySelector('[part~=preview-step]'), 'the preview appears', { timeout: 5000 });
      await waitUntil(() => root(el).querySelectorAll('[part~=rows] [part~=row]').length === 3, 'the rows render', { timeout: 3000 });
      return el;
    }
    const FULL =
      'ID;CREDENTIALS;TYPE;NAME;ENROLLMENT_OTP\r\n' +
      CREDENTIALS.map((c, i) => `bulk-${i};${c};c8y_Sensor;Sensor ${i};${i === 0 ? OTP : ''}`).join('\r\n') +
      '\r\n';

    it('masks credentials and enrollment OTPs in the preview, and leaks them nowhere through the upload', async () => {
      const adapter = new MemoryAdapter();
      const el = await preview(adapter, FULL);
      const rows = [...root(el).querySelectorAll('[part~=rows] [part~=row]')].map((r) => [...r.querySelectorAll('[part~=cell]')].map((c) => trimmed(c)));
      const headers = [...root(el).querySelectorAll('[part~=column-header]')].map((h) => trimmed(h));
      const credentialsColumn = headers.indexOf('CREDENTIALS');
      const otpColumn = headers.indexOf('ENROLLMENT_OTP');
      expect(credentialsColumn).to.be.greaterThan(0);
      for (const row of rows) expect(row[credentialsColumn]).to.match(/^•+$/);
      expect(rows[0][otpColumn]).to.match(/^•+$/);
      await expectNoLeak(w, el);

      const completed = new Promise<Event>((resolve) => el.addEventListener('devreg-bulk-completed', resolve, { once: true }));
      [...root(el).querySelectorAll('button')].find((b) => trimmed(b) === 'Upload')!.click();
      await completed;
      await el.updateComplete;
      expect(adapter.deviceIds.sort()).to.deep.equal(['bulk-0', 'bulk-1', 'bulk-2']);
      await expectNoLeak(w, el);
    });

    it('rows the server refuses: the failure list and the event carry no credentials', async () => {
      // the device limit lets two in: the server refuses the third line (its answer quotes the line)
      const adapter = new MemoryAdapter({ deviceLimit: 2 });
      const el = await preview(adapter, FULL);
      const completed = new Promise<Event>((resolve) => el.addEventListener('devreg-bulk-completed', resolve, { once: true }));
      [...root(el).querySelectorAll('button')].find((b) => trimmed(b) === 'Upload')!.click();
      await completed;
      await el.updateComplete;
      expect(adapter.deviceIds.sort()).to.deep.equal(['bulk-0', 'bulk-1']);
      await expectNoLeak(w, el);
    });
  });
});
