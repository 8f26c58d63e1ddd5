import './helpers/lit-warnings.js';
// The public contract (SPEC section 3) checked as a host app's test suite would: on the composed
// <devreg-device-registration> page, by role and accessible name only, with events heard on `document`.
import { expect, fixture, html, waitUntil as owcWaitUntil } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import '../src/all.js';
import * as lib from '../src/index.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { ExtensionMetadata, RegistrationAdapter, RegistrationExtension } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { adapterContext } from '../src/context/adapter-context.js';
import { DevRegCloseEvent } from '../src/events/devreg-close.js';
import { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import type { DevRegDeviceRegistration } from '../src/components/device-registration/device-registration.js';

/** open-wc's waitUntil with a timeout that tolerates a busy machine. */
const waitUntil = (predicate: () => unknown, message?: string, options: { timeout?: number } = {}) =>
  owcWaitUntil(predicate, message, { timeout: 4000, ...options });

// ---- role and accessible-name queries through open shadow roots ------------------------------

/** Every element under `root`, light and open shadow DOM, in tree order. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  if (root instanceof Element && root.shadowRoot) out.push(...allElements(root.shadowRoot));
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...allElements(element.shadowRoot));
  }
  return out;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text content that skips aria-hidden subtrees and looks into shadow roots (but not hidden <template>s). */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || node.localName === 'style' || node.localName === 'script') return '';
  const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  const text = children.map(textOf).join('');
  return getComputedStyle(node).display.startsWith('inline') ? text : ` ${text} `;
}

function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(labelledBy.split(/\s+/).map((id) => textOf(root.getElementById(id) ?? document.createElement('i'))).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label) return squash(label);
  if (element.matches('input, select, textarea') && element.id) {
    const forLabel = root.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (forLabel) return squash(textOf(forLabel));
  }
  const wrapping = element.closest('label');
  if (wrapping && element.matches('input, select, textarea')) return squash(textOf(wrapping));
  if (element.matches('dialog, table, [role="table"], [role="dialog"], [role="progressbar"], input, select, textarea')) return '';
  return squash(textOf(element));
}

function roleOf(element: Element): string | undefined {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0];
  const tag = element.localName;
  if (tag === 'button') return 'button';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'dialog') return 'dialog';
  if (tag === 'table') return 'table';
  if (tag === 'select') return (element as HTMLSelectElement).multiple ? 'listbox' : 'combobox';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    if (['text', 'password', 'email', 'search', 'tel', 'url'].includes(type)) return 'textbox';
    if (type === 'file') return 'file';
    if (type === 'checkbox') return 'checkbox';
  }
  return undefined;
}

function isShown(element: Element): boolean {
  return element.checkVisibility() && !element.closest('[inert]');
}

function queryAll(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  return allElements(root).filter((e): e is HTMLElement => {
    if (roleOf(e) !== role || !isShown(e)) return false;
    if (name === undefined) return true;
    const n = accessibleName(e);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

function getOne(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = queryAll(root, role, name);
  expect(found.length, `exactly one ${role} named ${String(name)} (found ${found.length})`).to.equal(1);
  return found[0];
}

async function findOne(root: ParentNode, role: string, name?: string | RegExp, timeout = 4000): Promise<HTMLElement> {
  try {
    await waitUntil(() => queryAll(root, role, name).length === 1, '', { timeout });
  } catch {
    const seen = queryAll(root, role).map((e) => JSON.stringify(accessibleName(e)));
    throw new Error(`expected one ${role} named ${String(name)}; shown ${role}s: ${seen.join(', ') || 'none'}`);
  }
  return queryAll(root, role, name)[0];
}

function rowsOf(table: Element): HTMLElement[] {
  return allElements(table).filter((e): e is HTMLElement => roleOf(e) === 'row' && isShown(e) && !queryAll(e, 'columnheader').length);
}

function rowFor(table: Element, id: string): HTMLElement {
  const row = rowsOf(table).find((r) => queryAll(r, 'cell').some((c) => accessibleName(c) === id));
  expect(row, `a row for ${id}`).to.exist;
  return row!;
}

// ---- fixtures -----------------------------------------------------------------------------------

const EXTENSION: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' };
const METADATA: ExtensionMetadata = {
  title: 'Demo protocol registration',
  pages: [
    { title: 'Device', type: 'object', properties: { id: { type: 'string', title: 'Serial' } }, required: ['id'] },
    { title: 'Options', type: 'object', properties: { note: { type: 'string', title: 'Note' } } },
  ],
};

const SEED = [
  { id: 'waiting-1', status: 'WAITING_FOR_CONNECTION', creationTime: '2026-01-01T10:00:00Z' },
  { id: 'pending-1', status: 'PENDING_ACCEPTANCE', creationTime: '2026-01-02T10:00:00Z', securityToken: 's3cret' },
  { id: 'accepted-1', status: 'ACCEPTED', creationTime: '2026-01-03T10:00:00Z' },
  { id: 'blocked-1', status: 'BLOCKED', creationTime: '2026-01-04T10:00:00Z' },
] as const;

function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({
    requests: SEED.map((r) => ({ ...r })),
    groups: [{ id: '11', name: 'Group A' }],
    extensions: [{ extension: EXTENSION, metadata: METADATA, register: () => ({ ok: true }) }],
    ...options,
  });
}

async function page(adapter: RegistrationAdapter, slotted = html``): Promise<DevRegDeviceRegistration> {
  const el = await fixture<DevRegDeviceRegistration>(html`<devreg-device-registration .adapter=${adapter}>${slotted}</devreg-device-registration>`);
  await findOne(el, 'heading', /^Device registration \(\d+\)$/);
  return el;
}

function table(el: Element): HTMLElement {
  return getOne(el, 'table', 'Device registration requests');
}

async function openMenuItem(el: Element, item: string): Promise<HTMLElement> {
  getOne(el, 'button', 'Register device').click();
  (await findOne(el, 'menuitem', item)).click();
  return findOne(el, 'dialog');
}

/** Listens on `document` and checks the public-event shape: bubbles, composed. */
async function onDocument<K extends keyof GlobalEventHandlersEventMap>(
  type: K,
  action: () => unknown,
): Promise<GlobalEventHandlersEventMap[K]> {
  const heard = new Promise<GlobalEventHandlersEventMap[K]>((resolve) =>
    document.addEventListener(type, (event) => resolve(event), { once: true }),
  );
  await action();
  const event = await heard;
  expect(event.bubbles, `${type} bubbles`).to.be.true;
  expect(event.composed, `${type} is composed`).to.be.true;
  return event;
}

/** Captures the files the page offers for download (and keeps the browser from saving them). */
async function downloads<T>(action: () => Promise<T>): Promise<{ result: T; files: { name: string; text: string }[] }> {
  const blobs = new Map<string, Blob>();
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = create(obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  const onClick = (event: Event) => {
    const anchor = event.composedPath()[0];
    if (anchor instanceof HTMLAnchorElement && anchor.hasAttribute('download')) {
      event.preventDefault();
      const blob = blobs.get(anchor.href);
      if (blob) files.push({ name: anchor.download, blob });
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    const result = await action();
    const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: (await f.blob.text()).replace(/^\uFEFF/, '') })));
    return { result, files: texts };
  } finally {
    URL.createObjectURL = create;
    document.removeEventListener('click', onClick, true);
  }
}

function typeInto(input: HTMLElement, value: string): void {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

// ---- 3.3 typing: every public event is in GlobalEventHandlersEventMap with its typed fields (checked by tsc)
type EventMap = GlobalEventHandlersEventMap;
export type PublicEventDetails = [
  EventMap['devreg-accepted']['detail']['id'],
  EventMap['devreg-removed']['detail']['id'],
  EventMap['devreg-registered']['detail']['ids'],
  EventMap['devreg-registered']['detail']['failed'][number]['message'],
  EventMap['devreg-bulk-completed']['detail']['result'],
  EventMap['devreg-error']['detail']['operation'],
  EventMap['devreg-error']['detail']['error']['code'],
  EventMap['devreg-close'],
];

// ---- 3.1 elements ---------------------------------------------------------------------------------

describe('contract 3.1: elements', () => {
  it('defines every tag after importing all.js, each mapped to its DevReg* class', () => {
    const tags = [
      'devreg-provider', 'devreg-status-badge', 'devreg-registration-table', 'devreg-register-menu',
      'devreg-single-wizard', 'devreg-bulk-wizard', 'devreg-extension-wizard', 'devreg-schema-form',
      'devreg-device-registration',
    ];
    for (const tag of tags) {
      const className = 'DevReg' + tag.slice('devreg-'.length).replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
      const ctor = customElements.get(tag);
      expect(ctor, `${tag} is defined`).to.exist;
      expect((lib as Record<string, unknown>)[className], `${className} is exported`).to.equal(ctor);
      expect(document.createElement(tag)).to.be.instanceOf(ctor!);
    }
  });
});

// ---- 3.2 accessible names -----------------------------------------------------------------------

describe('contract 3.2: the page and the table', () => {
  it('names the heading with a count, the toolbar buttons, the table, its columns and rows', async () => {
    const el = await page(memory());
    getOne(el, 'heading', 'Device registration (4)');
    getOne(el, 'button', 'Register device');
    getOne(el, 'button', 'Accept all');
    getOne(el, 'button', 'Reload');
    const t = table(el);
    const headers = queryAll(t, 'columnheader').map(accessibleName);
    expect(headers.slice(0, 4)).to.deep.equal(['Device ID', 'Status', 'Creation date', 'Group']);
    expect(headers).not.to.include('Tenant');
    const labels: Record<string, string> = {
      'waiting-1': 'Waiting for connection',
      'pending-1': 'Pending acceptance',
      'accepted-1': 'Accepted',
      'blocked-1': 'Blocked',
    };
    expect(rowsOf(t)).to.have.length(4);
    for (const [id, label] of Object.entries(labels)) {
      const row = rowFor(t, id);
      const badge = row.querySelector('devreg-status-badge');
      expect(badge, `${id} has a status badge`).to.exist;
      const badgeText = squash(textOf(badge!));
      expect(badgeText.startsWith(label) && /^( \(|$)/.test(badgeText.slice(label.length)), `${id} status label: ${badgeText}`).to.be.true;
      expect(queryAll(row, 'button', /^Remove/), `${id} Remove`).to.have.length(1);
      const pending = id === 'pending-1';
      expect(queryAll(row, 'button', /^Accept/), `${id} Accept`).to.have.length(pending ? 1 : 0);
      expect(queryAll(row, 'textbox', 'Security token'), `${id} token`).to.have.length(pending ? 1 : 0);
    }
  });

  it('shows "Tenant" in a management tenant, no token input when IGNORED', async () => {
    const el = await page(memory({ tenants: [{ id: 't100', name: 'Main' }, { id: 't200', name: 'Sub' }], securityTokenPolicy: 'IGNORED' }));
    const t = table(el);
    await waitUntil(() => queryAll(t, 'columnheader', 'Tenant').length === 1, 'Tenant column');
    await waitUntil(() => queryAll(rowFor(t, 'pending-1'), 'button', /^Accept/).length === 1, 'Accept button');
    expect(queryAll(t, 'textbox', 'Security token')).to.have.length(0);
  });

  it('disables "Accept all" when the token policy is REQUIRED', async () => {
    const el = await page(memory({ securityTokenPolicy: 'REQUIRED' }));
    await waitUntil(() => (getOne(el, 'button', 'Accept all') as HTMLButtonElement).disabled, 'Accept all disabled');
    getOne(rowFor(table(el), 'pending-1'), 'textbox', 'Security token');
  });

  it('shows any other status as its raw value', async () => {
    const el = await page(new MemoryAdapter({ requests: [{ id: 'odd-1', status: 'SOMETHING_NEW' }] }));
    const badge = rowFor(table(el), 'odd-1').querySelector('devreg-status-badge');
    expect(squash(textOf(badge!))).to.match(/^SOMETHING_NEW( \(|$)/);
  });

  it('offers no actions to a user without admin rights', async () => {
    const el = await page(memory({ permissions: { read: true, admin: false } }));
    const t = table(el);
    expect(rowsOf(t)).to.have.length(4);
    expect(queryAll(el, 'button', /^(Accept|Remove|Register device)/)).to.have.length(0);
    expect(queryAll(t, 'textbox', 'Security token')).to.have.length(0);
  });

  it('shows a banner and disables "Register device" when the device limit is reached', async () => {
    const el = await page(memory({ deviceLimit: 4 }));
    await waitUntil(() => (getOne(el, 'button', 'Register device') as HTMLButtonElement).disabled, 'register disabled');
    const banners = allElements(el.shadowRoot!).filter(
      (e) => ['status', 'alert'].includes(roleOf(e) ?? '') && isShown(e) && /limit/i.test(textOf(e)),
    );
    expect(banners.length, 'a limit banner').to.be.greaterThan(0);
  });

  it('asks before removing: "Cancel" keeps the row, "Remove registration" removes it (devreg-removed)', async () => {
    const el = await page(memory());
    const t = table(el);
    getOne(rowFor(t, 'waiting-1'), 'button', /^Remove/).click();
    let confirm = await findOne(el, 'dialog');
    (await findOne(confirm, 'button', 'Cancel')).click();
    await waitUntil(() => queryAll(el, 'dialog').length === 0, 'confirmation closed');
    expect(rowFor(t, 'waiting-1')).to.exist;

    getOne(rowFor(t, 'waiting-1'), 'button', /^Remove/).click();
    confirm = await findOne(el, 'dialog');
    const confirmButton = await findOne(confirm, 'button', 'Remove registration');
    const event = await onDocument('devreg-removed', () => confirmButton.click());
    expect(event.detail).to.deep.equal({ id: 'waiting-1' });
    await waitUntil(() => !rowsOf(t).some((r) => r.textContent?.includes('waiting-1')), 'row removed');
  });

  it('accepts a pending request with its token (devreg-accepted)', async () => {
    const el = await page(memory());
    const row = rowFor(table(el), 'pending-1');
    typeInto(getOne(row, 'textbox', 'Security token'), 's3cret');
    const event = await onDocument('devreg-accepted', () => getOne(row, 'button', /^Accept/).click());
    expect(event.detail).to.deep.equal({ id: 'pending-1' });
  });

  it('"Accept all" accepts the tokenless pending requests, each with devreg-accepted', async () => {
    const adapter = memory({
      requests: [
        { id: 'tokenless-1', status: 'PENDING_ACCEPTANCE' },
        { id: 'tokenless-2', status: 'PENDING_ACCEPTANCE' },
        { id: 'with-token', status: 'PENDING_ACCEPTANCE', securityToken: 'x' },
      ],
    });
    const el = await page(adapter);
    const accepted: string[] = [];
    const listener = (event: GlobalEventHandlersEventMap['devreg-accepted']) => {
      expect(event.bubbles && event.composed).to.be.true;
      accepted.push(event.detail.id);
    };
    document.addEventListener('devreg-accepted', listener);
    try {
      const button = getOne(el, 'button', 'Accept all') as HTMLButtonElement;
      await waitUntil(() => !button.disabled, 'Accept all enabled');
      button.click();
      await waitUntil(() => accepted.length === 2, 'two devreg-accepted events', { timeout: 3000 });
      expect(accepted.sort()).to.deep.equal(['tokenless-1', 'tokenless-2']);
      await waitUntil(() => /with-token/.test(squash(textOf(el))), 'the request needing its token is reported');
    } finally {
      document.removeEventListener('devreg-accepted', listener);
    }
  });

  it('"Reload" shows what changed on a backend without live updates', async () => {
    const adapter = memory({ without: ['subscribe'] });
    const el = await page(adapter);
    await adapter.create({ id: 'elsewhere-1' });
    getOne(el, 'heading', 'Device registration (4)');
    getOne(el, 'button', 'Reload').click();
    await findOne(el, 'heading', 'Device registration (5)');
    rowFor(table(el), 'elsewhere-1');
  });

  it('reports a wrong token as devreg-error {operation: "accept"} and shows it on the row', async () => {
    const el = await page(memory());
    const row = rowFor(table(el), 'pending-1');
    typeInto(getOne(row, 'textbox', 'Security token'), 'wrong');
    const event = await onDocument('devreg-error', () => getOne(row, 'button', /^Accept/).click());
    expect(event.detail.operation).to.equal('accept');
    expect(event.detail.error.code).to.equal('token-mismatch');
    await findOne(rowFor(table(el), 'pending-1'), 'alert');
  });

  it('reports a failing call as devreg-error {operation, error}', async () => {
    const adapter = memory({ failures: { list: new RegistrationError({ status: 500, code: 'server', message: 'boom', retryable: true }) } });
    const event = await onDocument('devreg-error', () =>
      fixture(html`<devreg-device-registration .adapter=${adapter}></devreg-device-registration>`),
    );
    expect(event.detail.operation).to.equal('list');
    expect(event.detail.error).to.be.instanceOf(RegistrationError);
  });
});

describe('contract 3.2: the register menu', () => {
  it('lists the built-in items, server-declared extensions by name, slotted forms by label', async () => {
    const el = await page(memory(), html`<div slot="registration-form" label="Acme meter"></div>`);
    getOne(el, 'button', 'Register device').click();
    await findOne(el, 'menuitem', 'Demo protocol');
    // (slotted forms join the menu with the dialog's module, which the page loads when it has them)
    await findOne(el, 'menuitem', 'Acme meter');
    // built-in first, then server-declared, then slotted, within the single and the bulk section
    expect(queryAll(el, 'menuitem').map(accessibleName)).to.deep.equal([
      'Single device registration',
      'Demo protocol',
      'Acme meter',
      'Bulk device registration',
    ]);
  });
});

describe('contract 3.2 + 3.3: the single wizard', () => {
  it('registers devices, reports them with devreg-registered, offers "Fix errors" and "Close"', async () => {
    const adapter = memory({ tenants: [{ id: 't100', name: 'Main' }, { id: 't200', name: 'Sub' }] });
    const el = await page(adapter);
    const dialog = await openMenuItem(el, 'Single device registration');
    await waitUntil(() => accessibleName(dialog) === 'Register devices', 'dialog named "Register devices"');
    typeInto(await findOne(dialog, 'textbox', 'Device ID'), 'new-1');
    getOne(dialog, 'combobox', 'Group');
    getOne(dialog, 'combobox', 'Tenant');
    getOne(dialog, 'button', 'Add device').click();
    await waitUntil(() => queryAll(dialog, 'textbox', 'Device ID').length === 2, 'second row');
    typeInto(queryAll(dialog, 'textbox', 'Device ID')[1], 'waiting-1'); // exists: the server refuses it
    const event = await onDocument('devreg-registered', () => getOne(dialog, 'button', 'Register').click());
    const detail = event.detail;
    expect(detail.ids).to.deep.equal(['new-1']);
    expect(detail.failed.map((f) => f.id)).to.deep.equal(['waiting-1']);
    expect(detail.failed[0].message).to.be.a('string').and.not.be.empty;
    await findOne(el, 'heading', 'Device registration (5)');
    const result = squash(textOf(dialog));
    expect(result, 'the result lists each device').to.include('new-1').and.include('waiting-1');
    getOne(dialog, 'button', 'Close');
    getOne(dialog, 'button', 'Fix errors').click();
    await waitUntil(() => queryAll(dialog, 'textbox', 'Device ID').length === 1, 'only the failed row is left');
    expect((getOne(dialog, 'textbox', 'Device ID') as HTMLInputElement).value).to.equal('waiting-1');
    typeInto(getOne(dialog, 'textbox', 'Device ID'), 'new-2');
    await onDocument('devreg-registered', () => getOne(dialog, 'button', 'Register').click());
    const close = await onDocument('devreg-close', async () => (await findOne(dialog, 'button', 'Close')).click());
    expect(close.type).to.equal('devreg-close');
    await waitUntil(() => !(dialog as HTMLDialogElement).open, 'dialog closed');
  });

  it('has no "Tenant" combobox outside a management tenant', async () => {
    const el = await page(memory());
    const dialog = await openMenuItem(el, 'Single device registration');
    await findOne(dialog, 'textbox', 'Device ID');
    expect(queryAll(dialog, 'combobox', 'Tenant')).to.have.length(0);
  });
});

describe('contract 3.2 + 3.3: the bulk wizard', () => {
  it('offers the CSV file input and both templates', async () => {
    const el = await page(memory());
    const dialog = await openMenuItem(el, 'Bulk device registration');
    await waitUntil(() => accessibleName(dialog) === 'Bulk device registration', 'dialog named');
    await findOne(dialog, 'file', 'CSV file');
    const { files } = await downloads(async () => {
      getOne(dialog, 'button', 'Download simple template').click();
      getOne(dialog, 'button', 'Download full template').click();
      await waitUntil(() => true);
    });
    expect(files.map((f) => f.text.trim())).to.deep.equal([
      '"ID";"PATH"',
      '"ID";"CREDENTIALS";"TYPE";"NAME";"ICCID";"IDTYPE";"PATH";"SHELL";"AUTH_TYPE"',
    ]);
  });

  it('previews, uploads with a progressbar, reports devreg-bulk-completed, offers the failed rows and "Close"', async () => {
    const el = await page(memory({ latency: 150 }));
    const dialog = await openMenuItem(el, 'Bulk device registration');
    const input = (await findOne(dialog, 'file', 'CSV file')) as HTMLInputElement;
    const transfer = new DataTransfer();
    // bulk-1 is new, waiting-1 exists (the server refuses it), the third line has no ID (invalid in the file)
    transfer.items.add(new File(['ID;PATH\nbulk-1;\nwaiting-1;\n;Group A\n'], 'devices.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const upload = await findOne(dialog, 'button', 'Upload');
    const preview = squash(textOf(dialog));
    expect(preview, 'preview counts').to.match(/Valid rows:\s*2/).and.match(/Invalid rows:\s*1/);
    const completed = onDocument('devreg-bulk-completed', async () => {
      upload.click();
      await findOne(dialog, 'progressbar');
      getOne(dialog, 'button', 'Cancel upload');
    });
    const { result } = (await completed).detail as { result: Record<string, unknown> };
    expect(result, 'a BulkResult').to.include({ numberOfAll: 2, numberOfCreated: 1, numberOfFailed: 1 });
    expect(result.failedCreationList).to.be.an('array').with.length(1);
    const { files } = await downloads(async () => (await findOne(dialog, 'button', 'Download failed rows')).click());
    expect(files).to.have.length(1);
    const [header, ...lines] = files[0].text.trim().split(/\r?\n/);
    expect(header.split(';').map((h) => h.replace(/"/g, '')), 'original columns plus ERROR').to.deep.equal(['ID', 'PATH', 'ERROR']);
    expect(lines.some((l) => l.includes('waiting-1')), 'the refused row').to.be.true;
    await findOne(el, 'heading', 'Device registration (5)');
    await onDocument('devreg-close', () => getOne(dialog, 'button', 'Close').click());
    await waitUntil(() => !(dialog as HTMLDialogElement).open, 'dialog closed');
  });
});

describe('contract 3.2 + 3.3: the extension wizard', () => {
  it('is titled by the metadata title, walks "Next"/"Back"/"Register" to a summary and "Close"', async () => {
    const el = await page(memory());
    const dialog = await openMenuItem(el, 'Demo protocol');
    await waitUntil(() => accessibleName(dialog) === 'Demo protocol registration', 'dialog titled by metadata');
    typeInto(await findOne(dialog, 'textbox', /^Serial/), 'ext-1');
    const next = await findOne(dialog, 'button', 'Next');
    await waitUntil(() => !(next as HTMLButtonElement).disabled, 'Next enabled');
    next.click();
    await findOne(dialog, 'button', 'Back');
    const event = await onDocument('devreg-registered', async () => (await findOne(dialog, 'button', 'Register')).click());
    expect(event.detail).to.have.property('ids');
    expect(event.detail).to.have.property('failed');
    await findOne(dialog, 'heading', 'The device was registered'); // the summary step
    await onDocument('devreg-close', async () => (await findOne(dialog, 'button', 'Close')).click());
    await waitUntil(() => !(dialog as HTMLDialogElement).open, 'dialog closed');
  });
});

// ---- 3.4 slotted forms ----------------------------------------------------------------------------

class HostBulkForm extends HTMLElement {
  adapter?: RegistrationAdapter;
  connectedCallback(): void {
    this.dispatchEvent(new ContextEvent(adapterContext, this, (value) => (this.adapter = value), true));
    this.innerHTML = '<button type="button">Send acme</button>';
  }
}
customElements.define('contract-host-bulk-form', HostBulkForm);

describe('contract 3.4: slotted registration forms', () => {
  it('appear in the bulk section, open in the dialog, get the adapter, reload on devreg-registered, close on devreg-close', async () => {
    const adapter = memory();
    const el = await page(adapter, html`<contract-host-bulk-form slot="registration-form" label="Acme bulk" category="bulk"></contract-host-bulk-form>`);
    const form = el.querySelector<HostBulkForm>('contract-host-bulk-form')!;
    expect(isShown(form), 'not shown before it is picked').to.be.false;
    getOne(el, 'button', 'Register device').click();
    const bulkGroup = await findOne(el, 'group', 'Bulk registration');
    getOne(bulkGroup, 'menuitem', 'Acme bulk').click();
    const dialog = await findOne(el, 'dialog');
    await waitUntil(() => isShown(form) && dialog.contains(form.assignedSlot), 'the form is shown in the dialog');
    await waitUntil(() => form.adapter === adapter, 'the form got the adapter by context');
    await form.adapter!.create({ id: 'acme-1' });
    form.dispatchEvent(new DevRegRegisteredEvent(['acme-1']));
    await findOne(el, 'heading', 'Device registration (5)');
    form.dispatchEvent(new DevRegCloseEvent());
    await waitUntil(() => !(dialog as HTMLDialogElement).open, 'dialog closed');
  });
});

describe('contract 3.4: the adapter a slotted form gets', () => {
  it("is the page's own adapter inside a provider, else the provider's", async () => {
    const provided = new MemoryAdapter();
    const own = new MemoryAdapter();
    const root = await fixture(html`<devreg-provider .adapter=${provided}>
      <devreg-device-registration .adapter=${own}>
        <contract-host-bulk-form slot="registration-form" label="Own"></contract-host-bulk-form>
      </devreg-device-registration>
      <devreg-device-registration>
        <contract-host-bulk-form slot="registration-form" label="Provided"></contract-host-bulk-form>
      </devreg-device-registration>
    </devreg-provider>`);
    const [first, second] = root.querySelectorAll<HostBulkForm>('contract-host-bulk-form');
    await waitUntil(() => first.adapter === own, 'the page’s own adapter');
    await waitUntil(() => second.adapter === provided, 'the provider’s adapter');
  });
});

describe('contract: the composed page is accessible', () => {
  it('passes axe with the list, the open menu and an open wizard', async () => {
    const el = await page(memory());
    await expect(el).to.be.accessible();
    getOne(el, 'button', 'Register device').click();
    await findOne(el, 'menuitem', 'Demo protocol');
    await expect(el).to.be.accessible();
    (await findOne(el, 'menuitem', 'Single device registration')).click();
    const dialog = await findOne(el, 'dialog');
    await findOne(dialog, 'textbox', 'Device ID');
    await expect(el).to.be.accessible();
  });
});

describe('contract 3.5: the UI hides what an adapter lacks', () => {
  it('works with only the required methods', async () => {
    const adapter = memory({
      deviceLimit: 1,
      tenants: [{ id: 't100', name: 'Main' }, { id: 't200', name: 'Sub' }],
      without: [
        'getLimit', 'getSecurityTokenPolicy', 'getPermissions', 'searchGroups', 'getGroups', 'listTenants', 'subscribe',
        'listExtensions', 'getExtensionMetadata', 'registerWithExtension', 'bulkRegisterWithExtension',
      ],
    });
    const el = await page(adapter);
    const register = getOne(el, 'button', 'Register device') as HTMLButtonElement;
    expect(register.disabled, 'no limit known: registering is allowed').to.be.false;
    expect(queryAll(table(el), 'columnheader', 'Tenant')).to.have.length(0);
    getOne(rowFor(table(el), 'pending-1'), 'textbox', 'Security token'); // the policy is assumed OPTIONAL
    register.click();
    await findOne(el, 'menuitem', 'Single device registration');
    expect(queryAll(el, 'menuitem').map(accessibleName)).to.deep.equal(['Single device registration', 'Bulk device registration']);
    queryAll(el, 'menuitem', 'Single device registration')[0].click();
    const dialog = await findOne(el, 'dialog');
    await findOne(dialog, 'textbox', 'Device ID');
    expect(queryAll(dialog, 'combobox', 'Group'), 'no group search').to.have.length(0);
    expect(queryAll(dialog, 'combobox', 'Tenant'), 'no tenants').to.have.length(0);
  });
});

// ---- 3.5 the adapter ----------------------------------------------------------------------------

describe('contract 3.5: the adapter', () => {
  it("an element's own .adapter wins over the provider's", async () => {
    const provided = new MemoryAdapter({ requests: [{ id: 'from-provider' }] });
    const own = new MemoryAdapter({ requests: [{ id: 'own-1' }, { id: 'own-2' }] });
    const root = await fixture(html`<devreg-provider .adapter=${provided}>
      <devreg-device-registration .adapter=${own}></devreg-device-registration>
      <devreg-device-registration></devreg-device-registration>
    </devreg-provider>`);
    const [first, second] = root.querySelectorAll('devreg-device-registration');
    await findOne(first, 'heading', 'Device registration (2)');
    await findOne(second, 'heading', 'Device registration (1)');
    rowFor(table(first), 'own-1');
    rowFor(table(second), 'from-provider');
  });

  it("each element's own .adapter wins: table, register menu, single wizard", async () => {
    const provided = new MemoryAdapter({ requests: [{ id: 'from-provider' }], permissions: { read: true, admin: false } });
    const own = memory();
    const root = await fixture(html`<devreg-provider .adapter=${provided}>
      <devreg-registration-table .adapter=${own}></devreg-registration-table>
      <devreg-register-menu .adapter=${own}></devreg-register-menu>
      <devreg-single-wizard .adapter=${own}></devreg-single-wizard>
    </devreg-provider>`);
    const tableElement = root.querySelector('devreg-registration-table')!;
    await waitUntil(() => queryAll(tableElement, 'row').length > 1, 'rows');
    rowFor(getOne(tableElement, 'table', 'Device registration requests'), 'pending-1');
    await findOne(rowFor(getOne(tableElement, 'table', 'Device registration requests'), 'pending-1'), 'button', /^Accept/);
    const menu = root.querySelector('devreg-register-menu')!;
    getOne(menu, 'button', 'Register device').click();
    await findOne(menu, 'menuitem', 'Demo protocol');
    const wizard = root.querySelector('devreg-single-wizard')!;
    typeInto(await findOne(wizard, 'textbox', 'Device ID'), 'own-new');
    await onDocument('devreg-registered', () => getOne(wizard, 'button', 'Register').click());
    expect((await own.list({ page: 1, pageSize: 10 })).requests.map((r) => r.id)).to.include('own-new');
    expect((await provided.list({ page: 1, pageSize: 10 })).requests.map((r) => r.id)).not.to.include('own-new');
  });
});

describe('contract 3.2: a server-declared bulk extension', () => {
  it('appears in the bulk section by its name and opens titled by its metadata', async () => {
    const bulkExtension: RegistrationExtension = { name: 'Demo bulk', type: 'extensibleBulkDeviceRegistration', contextPath: 'demo-bulk' };
    const el = await page(
      memory({
        extensions: [
          {
            extension: bulkExtension,
            metadata: { title: 'Demo bulk upload', bulk: { title: 'Upload a file' } },
            bulkRegister: () => ({ numberOfAll: 1 }),
          },
        ],
      }),
    );
    getOne(el, 'button', 'Register device').click();
    (await findOne(await findOne(el, 'group', 'Bulk registration'), 'menuitem', 'Demo bulk')).click();
    const dialog = await findOne(el, 'dialog');
    await waitUntil(() => accessibleName(dialog) === 'Demo bulk upload', 'dialog titled by the metadata');
    const input = (await findOne(dialog, 'file', 'CSV file')) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['id\nx-1\n'], 'devices.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const upload = await findOne(dialog, 'button', 'Upload');
    await waitUntil(() => !(upload as HTMLButtonElement).disabled, 'Upload enabled');
    const event = await onDocument('devreg-bulk-completed', () => upload.click());
    expect(event.detail.result).to.deep.equal({ numberOfAll: 1 });
    await onDocument('devreg-close', async () => (await findOne(dialog, 'button', 'Close')).click());
    await waitUntil(() => !(dialog as HTMLDialogElement).open, 'dialog closed');
  });
});

describe('contract: adapters and forms set after the page is on screen', () => {
  it('uses an .adapter assigned later, and follows a provider whose adapter changes', async () => {
    const el = await fixture<DevRegDeviceRegistration>(html`<devreg-device-registration></devreg-device-registration>`);
    el.adapter = memory();
    await findOne(el, 'heading', 'Device registration (4)');

    const root = await fixture<HTMLElement & { adapter?: RegistrationAdapter }>(
      html`<devreg-provider><devreg-device-registration></devreg-device-registration></devreg-provider>`,
    );
    const inner = root.querySelector('devreg-device-registration')!;
    root.adapter = new MemoryAdapter({ requests: [{ id: 'a-1' }] });
    await findOne(inner, 'heading', 'Device registration (1)');
    root.adapter = new MemoryAdapter({ requests: [{ id: 'b-1' }, { id: 'b-2' }] });
    await findOne(inner, 'heading', 'Device registration (2)');
    rowFor(table(inner), 'b-2');
  });

  it('offers a slotted form added later, and drops one removed', async () => {
    const el = await page(memory());
    const form = document.createElement('contract-host-bulk-form');
    form.slot = 'registration-form';
    form.setAttribute('label', 'Late form');
    el.append(form);
    getOne(el, 'button', 'Register device').click();
    await findOne(el, 'menuitem', 'Late form');
    form.remove();
    await waitUntil(() => queryAll(el, 'menuitem', 'Late form').length === 0, 'the removed form is no longer offered');
  });
});

