// Issue 8.1: hostile strings are inert on every path that shows data from a device, a spreadsheet,
// a server or a microservice. Each test feeds the corpus (test/fixtures/hostile-strings.ts) through
// one path and proves three things: the exact text is rendered, no element was injected, and no
// payload ran (`window.__pwned` stays unset). Rendering any of these through innerHTML/unsafeHTML
// or into an event-handler attribute or a link would fail them.
import '../helpers/lit-warnings.js';
import { root } from '../helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory-adapter.js';
import { RegistrationError } from '../../src/adapters/registration-error.js';
import type { ExtensionMetadata, JsonSchema, RegistrationExtension } from '../../src/adapters/registration-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import type { DevRegStatusBadge } from '../../src/components/status-badge/status-badge.js';
import type { DevRegSingleWizard } from '../../src/components/single-wizard/single-wizard.js';
import type { DevRegDeviceRegistration } from '../../src/components/device-registration/device-registration.js';
import type { DevRegBulkWizard } from '../../src/components/bulk-wizard/bulk-wizard.js';
import type { DevRegExtensionWizard } from '../../src/components/extension-wizard/extension-wizard.js';
import type { DevRegSchemaForm } from '../../src/components/schema-form/schema-form.js';
import type { DevRegRegisterMenu } from '../../src/components/register-menu/register-menu.js';
import { quoteCell } from '../../src/csv/serialize.js';
import '../../src/define/registration-table.js';
import '../../src/define/status-badge.js';
import '../../src/define/single-wizard.js';
import '../../src/define/device-registration.js';
import '../../src/define/bulk-wizard.js';
import '../../src/define/extension-wizard.js';
import '../../src/define/schema-form.js';
import '../../src/define/register-menu.js';
import {
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
  INJECTED_SELECTOR,
  SHORT_HOSTILE_VALUES,
  deepAttributes,
  deepQueryAll,
  deepText,
  pwned,
  resetPwned,
} from '../fixtures/hostile-strings.js';

const trimmed = (node: Node | null | undefined) => (node?.textContent ?? '').trim();

/** Lets lazy payloads (img onerror, svg onload, iframe srcdoc) fire if they had been injected. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Nothing injected anywhere below `el` (shadow roots included), no handler attribute, no payload ran. */
async function expectInert(el: Element, where: string): Promise<void> {
  await settle();
  const injected = deepQueryAll(el, INJECTED_SELECTOR).map((e) => e.outerHTML.slice(0, 120));
  expect(injected, `${where}: injected elements`).to.deep.equal([]);
  const handlers = deepAttributes(el)
    .filter((a) => a.name.startsWith('on'))
    .map((a) => `${a.element.localName}[${a.name}]`);
  expect(handlers, `${where}: event-handler attributes`).to.deep.equal([]);
  const links = deepQueryAll(el, 'a[href]').map((a) => (a as HTMLAnchorElement).protocol);
  expect(links.filter((p) => p !== 'http:' && p !== 'https:'), `${where}: non-http links`).to.deep.equal([]);
  expect(pwned(), `${where}: a payload ran`).to.equal(false);
}

const serverError = (message: string, code: 'invalid' | 'server' = 'invalid') =>
  new RegistrationError({ status: code === 'server' ? 500 : 422, code, message });

describe('security: hostile strings are rendered as inert text', () => {
  beforeEach(() => resetPwned());
  afterEach(() => resetPwned());

  it('the corpus holds every kind of hostile string the issue names', () => {
    const all = HOSTILE_VALUES.join('\n');
    for (const needle of ['<script>', 'onerror=', '" onmouseover="', 'javascript:', '${', '{{constructor', '\u202E', '\u0000', '</style>', '<svg', '👩‍👩‍👧‍👦']) {
      expect(all, needle).to.contain(needle);
    }
    expect(HOSTILE_VALUES.some((v) => v.length === 10_000)).to.equal(true);
    expect(HOSTILE_VALUES.some((v) => v.length >= 2_000 && !/\s/.test(v))).to.equal(true);
  });

  it('the detector itself catches an injection (a canary rendered with unsafeHTML and a javascript: link)', async () => {
    class Canary extends HTMLElement {
      constructor() {
        super();
        const shadow = this.attachShadow({ mode: 'open' });
        render(html`<div>${unsafeHTML(HOSTILE_VALUES[1])}</div><a href=${HOSTILE_VALUES[4]}>x</a>`, shadow);
      }
    }
    if (!customElements.get('security-canary')) customElements.define('security-canary', Canary);
    const canary = await fixture(html`<div><security-canary></security-canary></div>`);
    let caught: unknown;
    try {
      await expectInert(canary, 'canary');
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).to.contain('injected elements');
    await waitUntil(() => pwned(), 'the canary payload runs', { timeout: 2000 });
  });

  // ---- registration table: device IDs, statuses, groups, tenants, server messages ------------

  describe('devreg-registration-table', () => {
    async function table(options: MemoryAdapterOptions) {
      const adapter = new MemoryAdapter(options);
      const el = await fixture<DevRegRegistrationTable>(
        html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`,
      );
      await waitUntil(() => root(el).querySelector('[role=row][part~=row]'), 'a row renders', { timeout: 3000 });
      await el.updateComplete;
      return { el, adapter };
    }
    const rowOf = (el: Element) => root(el).querySelector<HTMLElement>('[role=row][part~=row]')!;

    for (const { name, value } of HOSTILE_STRINGS) {
      it(`device ID, group and tenant: ${name}`, async () => {
        const { el } = await table({
          requests: [{ id: value, status: 'PENDING_ACCEPTANCE', groupId: value, tenantId: value }],
          tenants: [{ id: value, name: value }],
        });
        await waitUntil(() => rowOf(el).querySelector('[part~=tenant-cell]'), 'the tenant column appears', { timeout: 3000 });
        const row = rowOf(el);
        expect(row.dataset.id).to.equal(value);
        expect(row.querySelector('[part~=id-cell]')!.textContent).to.equal(value);
        expect(trimmed(row.querySelector('[part~=group-cell]'))).to.equal(value);
        expect(trimmed(row.querySelector('[part~=tenant-cell]'))).to.equal(value);
        expect(row.querySelector('[part~=accept-button]')!.getAttribute('aria-label')).to.equal(`Accept ${value}`);
        expect(row.querySelector('[part~=remove-button]')!.getAttribute('aria-label')).to.equal(`Remove ${value}`);
        await expectInert(el, name);
      });
    }

    it('group names from the adapter (getGroups)', async () => {
      const { el } = await table({
        requests: HOSTILE_VALUES.map((_, i) => ({ id: `dev-${i}`, groupId: `g-${i}` })),
        groups: HOSTILE_VALUES.map((value, i) => ({ id: `g-${i}`, name: value })),
      });
      const cellOf = (i: number) =>
        [...root(el).querySelectorAll<HTMLElement>('[role=row][part~=row]')].find((r) => r.dataset.id === `dev-${i}`)!.querySelector('[part~=group-cell]');
      await waitUntil(() => HOSTILE_VALUES.every((value, i) => trimmed(cellOf(i)) === value), 'every name shown as its text', { timeout: 3000 });
      await expectInert(el, 'group names');
    });

    for (const { name, value } of HOSTILE_STRINGS) {
      it(`status string: ${name}`, async () => {
        const { el } = await table({ requests: [{ id: 'dev-1', status: value }] });
        const badge = rowOf(el).querySelector<DevRegStatusBadge>('devreg-status-badge')!;
        await badge.updateComplete;
        expect(badge.getAttribute('status')).to.equal(value);
        expect(root(badge).querySelector('[part~=label]')!.textContent).to.equal(value);
        await expectInert(el, name);
      });
    }

    it('server error messages in a row (accept) and in the list error banner', async () => {
      for (const value of HOSTILE_VALUES) {
        resetPwned();
        const { el, adapter } = await table({
          requests: [{ id: 'dev-1', status: 'PENDING_ACCEPTANCE' }],
          failures: { accept: serverError(value) },
        });
        rowOf(el).querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
        await waitUntil(() => root(el).querySelector('[part~=row-error]'), 'the row error appears', { timeout: 3000 });
        expect(root(el).querySelector('[part~=row-error]')!.textContent).to.equal(`The server rejected the input. (${value})`);
        await expectInert(el, `accept error ${value.slice(0, 30)}`);

        adapter.setFailure('list', serverError(value, 'server'));
        el.reload();
        await waitUntil(() => root(el).querySelector('[part~=error]'), 'the list error appears', { timeout: 3000 });
        expect(deepText(root(el).querySelector('[part~=error]')!)).to.contain(`The server had a problem. (${value})`);
        await expectInert(el, `list error ${value.slice(0, 30)}`);
        // the next table must be in view: the virtualizer renders no rows off screen
        el.remove();
      }
    });
  });

  // ---- status badge alone ----------------------------------------------------------------------

  it('devreg-status-badge shows any hostile status as its raw text', async () => {
    for (const { name, value } of HOSTILE_STRINGS) {
      const badge = await fixture<DevRegStatusBadge>(html`<devreg-status-badge .status=${value}></devreg-status-badge>`);
      expect(root(badge).querySelector('[part~=label]')!.textContent, name).to.equal(value);
      expect(badge.getAttribute('status'), name).to.equal(value);
      await expectInert(badge, name);
    }
  });

  // ---- single wizard: groups, tenants, IDs and server messages in the result ---------------------

  describe('devreg-single-wizard', () => {
    async function wizard(options: MemoryAdapterOptions) {
      const adapter = new MemoryAdapter(options);
      const el = await fixture<DevRegSingleWizard>(
        html`<devreg-single-wizard .adapter=${adapter} search-delay="0"></devreg-single-wizard>`,
      );
      await el.updateComplete;
      return { el, adapter };
    }
    function type(input: HTMLInputElement, value: string) {
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }

    it('group names in the group combobox', async () => {
      const groups = HOSTILE_VALUES.map((value, i) => ({ id: `g-${i}`, name: `grp:${value}` }));
      const { el } = await wizard({ groups });
      const combobox = root(el).querySelector<HTMLInputElement>('input[role=combobox]')!;
      type(combobox, 'grp:');
      const listbox = () => root(el).getElementById(combobox.getAttribute('aria-controls')!)!;
      await waitUntil(() => listbox().querySelectorAll('[role=option]').length === groups.length, 'every group is offered', {
        timeout: 3000,
      });
      const shown = [...listbox().querySelectorAll('[role=option]')].map((o) => trimmed(o));
      expect(shown).to.deep.equal(groups.map((g) => g.name));
      await expectInert(el, 'group options');
      // choosing one puts its name, as text, into the input
      const target = groups.find((g) => g.name.includes('onerror'))!;
      const option = [...listbox().querySelectorAll<HTMLElement>('[role=option]')].find((o) => trimmed(o) === target.name)!;
      option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(combobox.value).to.equal(target.name);
      await expectInert(el, 'group chosen');
    });

    it('tenant names in the tenant select', async () => {
      const tenants = [{ id: 't100', current: true }, ...SHORT_HOSTILE_VALUES.map((value, i) => ({ id: `sub-${i}`, name: value }))];
      const { el } = await wizard({ tenants });
      await waitUntil(() => root(el).querySelector('select[part~=tenant]'), 'the tenant select appears', { timeout: 3000 });
      const options = [...root(el).querySelectorAll('select[part~=tenant] option')].map((o) => o.textContent);
      for (const [i, value] of SHORT_HOSTILE_VALUES.entries()) expect(options).to.include(`${value} (sub-${i})`);
      await expectInert(el, 'tenant options');
    });

    it('device IDs and server error messages in the result step', async () => {
      const ids = SHORT_HOSTILE_VALUES;
      const message = (id: unknown) => `rejected: ${String(id)} <img src=x onerror="window.__pwned=1">`;
      const { el } = await wizard({
        failures: {
          create: (request) => {
            const { id } = request as { id: string };
            return ids.indexOf(id) % 2 === 0 ? serverError(message(id)) : undefined;
          },
        },
      });
      // paste them all: one row each
      const first = root(el).querySelector<HTMLInputElement>('input[part~=device-id]')!;
      first.focus();
      const data = new DataTransfer();
      data.setData('text/plain', ids.join('\n'));
      // IDs with separators (none in the short corpus has a line break) stay whole
      first.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      const typed = [...root(el).querySelectorAll<HTMLInputElement>('input[part~=device-id]')].map((i) => i.value);
      const expected = ids.flatMap((id) => id.split(/[\r\n,;\t]+/).map((s) => s.trim()).filter(Boolean));
      expect(typed).to.deep.equal([...new Set(expected)]);
      await expectInert(el, 'form rows');

      const registered = new Promise((resolve) => el.addEventListener('devreg-registered', resolve, { once: true }));
      root(el).querySelector<HTMLButtonElement>('[part~=register-button]')!.click();
      await registered;
      await el.updateComplete;
      const entries = [...root(el).querySelectorAll<HTMLElement>('[part~=results] > li')];
      expect(entries.map((li) => li.querySelector('[part~=result-id]')!.textContent)).to.deep.equal(typed);
      for (const li of entries) {
        const id = li.querySelector('[part~=result-id]')!.textContent;
        if (ids.indexOf(id) % 2 === 0) expect(deepText(li)).to.contain(`The server rejected the input. (${message(id)})`);
      }
      // the connect panel lists the registered ones with their IDs as text (and in the curl example as JSON)
      for (const device of root(el).querySelectorAll<HTMLElement>('[part~=connect-device]')) {
        expect(typed).to.include(device.querySelector('[part~=connect-id]')!.textContent);
        expect(device.querySelector('[part~=curl]')!.textContent).to.contain(JSON.stringify({ id: device.dataset.id }).replace(/'/g, `'\\''`));
      }
      await expectInert(el, 'result step');
    });
  });

  // ---- the page: its own server messages, the table inside ------------------------------------

  it('devreg-device-registration shows hostile server messages and IDs as text', async () => {
    // short ones: a 10,000-character banner would push the table out of view (the virtualizer renders no rows there)
    const value = SHORT_HOSTILE_VALUES.join(' | ');
    const adapter = new MemoryAdapter({
      requests: SHORT_HOSTILE_VALUES.map((id) => ({ id, status: 'PENDING_ACCEPTANCE' })),
      failures: { getLimit: serverError(value, 'server'), getSecurityTokenPolicy: serverError(value, 'server') },
    });
    const page = await fixture<DevRegDeviceRegistration>(
      html`<devreg-device-registration .adapter=${adapter}></devreg-device-registration>`,
    );
    await waitUntil(() => root(page).querySelector('[part~=messages]')?.textContent?.includes('device limit'), 'the page error shows', {
      timeout: 3000,
    });
    await waitUntil(() => deepQueryAll(page, '[role=row][data-id]').length > 0, 'rows render', { timeout: 3000 });
    const messages = root(page).querySelector('[part~=messages]')!;
    expect(messages.textContent).to.contain(`The device limit could not be checked. The server had a problem. (${value})`);
    const shownIds = deepQueryAll(page, '[role=row][data-id] [part~=id-cell]').map((c) => c.textContent);
    expect(shownIds.length).to.be.greaterThan(0);
    for (const id of shownIds) expect(SHORT_HOSTILE_VALUES).to.include(id);
    await expectInert(page, 'page');
  });

  it('devreg-register-menu lists hostile extension names and slotted form labels as text', async () => {
    const names = SHORT_HOSTILE_VALUES;
    const adapter = new MemoryAdapter({
      extensions: names.map((name, i) => ({
        extension: { name, type: i % 2 ? 'extensibleBulkDeviceRegistration' : 'extensibleDeviceRegistration', contextPath: `svc-${i}` },
        metadata: { title: name },
      })),
    });
    const menu = await fixture<DevRegRegisterMenu>(
      html`<devreg-register-menu .adapter=${adapter} .forms=${[{ id: 'f', label: HOSTILE_VALUES[1], category: 'single' }]}></devreg-register-menu>`,
    );
    // the menu's items are rendered by its popup, which loads on first use
    root(menu).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await waitUntil(() => root(menu).querySelectorAll('[role=menuitem]').length === names.length + 3, 'every item is listed', { timeout: 3000 });
    const items = [...root(menu).querySelectorAll('[role=menuitem]')].map((m) => trimmed(m));
    for (const name of names) expect(items).to.include(name.trim());
    expect(items).to.include(HOSTILE_VALUES[1]);
    await expectInert(menu, 'register menu');
  });

  // ---- bulk wizard: CSV cells and header names in the preview -------------------------------------

  describe('devreg-bulk-wizard preview', () => {
    async function preview(csv: string) {
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], '<img src=x onerror="window.__pwned=1">.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => root(el).querySelector('[part~=preview-step]'), 'the preview appears', { timeout: 5000 });
      await el.updateComplete;
      return el;
    }
    const cellsOf = (el: Element) =>
      [...root(el).querySelectorAll('[part~=rows] [part~=row]')].map((r) => [...r.querySelectorAll('[part~=cell]')].map((c) => c.textContent));

    // NUL bytes make a file binary (rejected as such, tested below); every other string is a cell
    const cells = HOSTILE_VALUES.filter((v) => !v.includes('\u0000'));
    // short ones four rows per file, long ones (tall rows) alone: the virtualized preview shows them all
    const short = cells.filter((v) => v.length <= 255);
    const batches: string[][] = [];
    for (let start = 0; start < short.length; start += 4) batches.push(short.slice(start, start + 4));
    for (const long of cells.filter((v) => v.length > 255)) batches.push([long]);
    for (const [start, batch] of batches.entries()) {
      it(`file ${start + 1}: cells as ID, PATH and a custom column named by a hostile header`, async () => {
        // a hostile header name (a short one: a 10,000-character header would push the rows out of view)
        const headerName = batch[0].length <= 255 ? batch[0] : short[1];
        const header = ['ID', 'PATH', headerName].map(quoteCell).join(';');
        const lines = batch.map((v) => [v, v, v].map(quoteCell).join(';'));
        const el = await preview([header, ...lines].join('\r\n') + '\r\n');
        await waitUntil(() => cellsOf(el).length === batch.length, 'every row renders', { timeout: 3000 });
        const rows = cellsOf(el);
        // columns found by their header, whatever order the preview shows them in
        const headers = [...root(el).querySelectorAll('[part~=column-header]')].map((h) => h.textContent);
        expect(headers).to.include(headerName);
        const at = (name: string) => {
          const k = headers.indexOf(name);
          expect(k, `column ${name.slice(0, 40)}`).to.be.at.least(0);
          return k;
        };
        batch.forEach((v, i) => {
          expect(rows[i][at('ID')], `ID cell ${i}`).to.equal(v);
          expect(rows[i][at('PATH')], `PATH cell ${i}`).to.equal(v);
          expect(rows[i][at(headerName)], `custom cell ${i}`).to.equal(v);
        });
        expect(root(el).querySelector('[part~=custom-properties]')!.textContent).to.equal(headerName);
        expect(deepText(root(el).querySelector('[part~=file-info]')!)).to.contain('<img src=x onerror="window.__pwned=1">.csv');
        await expectInert(el, `bulk preview ${start}`);
      });
    }

    it('a file with NUL bytes is refused as binary, and its name stays text', async () => {
      const el = await preview('ID;PATH\r\ndev\u0000ice;<img src=x onerror="window.__pwned=1">\r\n');
      expect(trimmed(root(el).querySelector('[part~=problem]'))).to.not.equal('');
      await expectInert(el, 'binary file');
    });
  });

  // ---- extension wizard and schema form: everything a microservice sends ---------------------------

  /** A schema using every hostile string as title, description, example, option title and value. */
  function hostileSchema(): JsonSchema {
    const properties: Record<string, unknown> = {};
    HOSTILE_VALUES.forEach((value, i) => {
      properties[`f${i}`] = { type: 'string', title: value, description: value, examples: [value] };
    });
    properties.choice = {
      title: 'choice',
      oneOf: HOSTILE_VALUES.map((value, i) => ({ const: `v${i}`, title: value })),
    };
    properties.plainEnum = { title: 'plainEnum', enum: SHORT_HOSTILE_VALUES };
    properties.radios = { title: 'radios', enum: SHORT_HOSTILE_VALUES.slice(0, 3) };
    return { type: 'object', title: HOSTILE_VALUES[0], description: HOSTILE_VALUES[1], properties };
  }

  function expectSchemaTexts(form: DevRegSchemaForm) {
    const labels = [...root(form).querySelectorAll('label[part~=label]')].map((l) => l.textContent);
    const helps = [...root(form).querySelectorAll('[part~=help]')].map((h) => h.textContent);
    const placeholders = [...root(form).querySelectorAll('input[placeholder]')].map((i) => i.getAttribute('placeholder'));
    HOSTILE_VALUES.forEach((value) => {
      expect(labels, 'labels').to.include(value);
      expect(helps, 'help texts').to.include(value);
      expect(placeholders, 'placeholders').to.include(value);
    });
    const selects = [...root(form).querySelectorAll('select')];
    const optionTexts = selects.flatMap((s) => [...s.querySelectorAll('option')].map((o) => o.textContent));
    for (const value of HOSTILE_VALUES) expect(optionTexts, 'oneOf titles').to.include(value);
    for (const value of SHORT_HOSTILE_VALUES) expect(optionTexts, 'enum values').to.include(value);
    const radioLabels = [...root(form).querySelectorAll('[part~=option]')].map((o) => trimmed(o));
    for (const value of SHORT_HOSTILE_VALUES.slice(0, 3)) expect(radioLabels, 'radio labels').to.include(value.trim());
  }

  it('devreg-schema-form renders hostile titles, descriptions, examples and options as text', async () => {
    const form = await fixture<DevRegSchemaForm>(html`<devreg-schema-form .schema=${hostileSchema()}></devreg-schema-form>`);
    await form.updateComplete;
    expectSchemaTexts(form);
    // values set by a host are shown as values, not markup
    form.value = { f0: HOSTILE_VALUES[1], f1: HOSTILE_VALUES[0] };
    await form.updateComplete;
    const inputs = [...root(form).querySelectorAll<HTMLInputElement>('input[part~=input]')];
    expect(inputs[0].value).to.equal(HOSTILE_VALUES[1]);
    expect(inputs[1].value).to.equal(HOSTILE_VALUES[0]);
    // the messages quote the hostile label as text
    form.schema = { type: 'object', required: ['x'], properties: { x: { type: 'string', title: HOSTILE_VALUES[1] } } };
    form.reportValidity();
    await form.updateComplete;
    expect(deepText(root(form))).to.contain(HOSTILE_VALUES[1]);
    await expectInert(form, 'schema form');
  });

  describe('devreg-extension-wizard', () => {
    const single: RegistrationExtension = { name: HOSTILE_VALUES[2], type: 'extensibleDeviceRegistration', contextPath: 'evil' };
    const bulk: RegistrationExtension = { name: HOSTILE_VALUES[3], type: 'extensibleBulkDeviceRegistration', contextPath: 'evil' };
    const metadata: ExtensionMetadata = {
      title: HOSTILE_VALUES[1],
      description: HOSTILE_VALUES[0],
      pages: [hostileSchema()],
      bulk: {
        title: HOSTILE_VALUES[13],
        exampleFileUrls: [
          { title: 'js', description: HOSTILE_VALUES[1], url: 'javascript:window.__pwned=1' },
          { title: 'js-upper', url: ' JaVaScRiPt:window.__pwned=1' },
          { title: 'data', url: 'data:text/html,<script>window.__pwned=1</script>' },
          { title: 'vbscript', url: 'vbscript:msgbox(1)' },
          { title: HOSTILE_VALUES[0], url: 'https://example.com/ok.csv' },
          { title: 'relative', url: 'files/example.csv' },
        ],
      },
    };

    async function wizard(extension: RegistrationExtension, options: Partial<MemoryAdapterOptions> = {}) {
      const adapter = new MemoryAdapter({
        extensions: [
          {
            extension: single,
            metadata,
            register: () => {
              throw serverError(HOSTILE_VALUES.join(' '));
            },
          },
          { extension: bulk, metadata, bulkRegister: () => ({ [HOSTILE_VALUES[0]]: HOSTILE_VALUES[1], nested: { x: HOSTILE_VALUES[13] } }) },
        ],
        ...options,
      });
      const el = await fixture<DevRegExtensionWizard>(
        html`<devreg-extension-wizard .adapter=${adapter} .extension=${extension}></devreg-extension-wizard>`,
      );
      await waitUntil(() => root(el).querySelector('[part~=step]'), 'the wizard loads', { timeout: 3000 });
      await el.updateComplete;
      return el;
    }

    it('metadata title, description, page title, field labels and option titles', async () => {
      const el = await wizard(single);
      expect(el.heading).to.equal(HOSTILE_VALUES[1]);
      expect(root(el).querySelector('[part~=heading]')!.textContent).to.equal(HOSTILE_VALUES[1]);
      expect(root(el).querySelector('[part~=description]')!.textContent).to.equal(HOSTILE_VALUES[0]);
      expect(trimmed(root(el).querySelector('[part~=step-heading]'))).to.equal(`Step 1 of 2: ${HOSTILE_VALUES[0]}`);
      const form = root(el).querySelector<DevRegSchemaForm>('devreg-schema-form')!;
      await form.updateComplete;
      expectSchemaTexts(form);
      await expectInert(el, 'extension wizard page');
    });

    it("the service's error message after Register", async () => {
      const el = await wizard(single);
      const form = root(el).querySelector<DevRegSchemaForm>('devreg-schema-form')!;
      await form.updateComplete;
      const register = [...root(el).querySelectorAll('button')].find((b) => trimmed(b) === 'Register')!;
      // fill the only required thing there is (nothing is required): register at once
      register.click();
      await waitUntil(() => root(el).querySelector('[part~=summary]'), 'the summary appears', { timeout: 3000 });
      expect(deepText(root(el).querySelector('[part~=summary]')!)).to.contain(HOSTILE_VALUES[0]);
      await expectInert(el, 'extension failure');
    });

    it('example-file links: only http(s) become links; javascript:, data: and vbscript: stay text', async () => {
      const el = await wizard(bulk);
      expect(trimmed(root(el).querySelector('[part~=step-heading]'))).to.equal(HOSTILE_VALUES[13]);
      const items = [...root(el).querySelectorAll('[part~=examples] li')];
      expect(items.map((li) => li.firstElementChild!.textContent)).to.deep.equal([
        'js', 'js-upper', 'data', 'vbscript', HOSTILE_VALUES[0], 'relative',
      ]);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~=examples] a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([HOSTILE_VALUES[0], 'relative']);
      expect(links[0].href).to.equal('https://example.com/ok.csv');
      expect(new URL(links[1].href).pathname).to.equal('/service/evil/files/example.csv');
      expect(items[0].querySelector('[part~=example-description]')!.textContent).to.equal(HOSTILE_VALUES[1]);
      await expectInert(el, 'example files');
    });

    it("a bulk answer's keys and values", async () => {
      const el = await wizard(bulk);
      const input = root(el).querySelector<HTMLInputElement>('#file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['ID\r\nx\r\n'], 'f.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      [...root(el).querySelectorAll('button')].find((b) => trimmed(b) === 'Upload')!.click();
      await waitUntil(() => root(el).querySelector('[part~=summary]'), 'the summary appears', { timeout: 3000 });
      const summary = deepText(root(el).querySelector('[part~=summary]')!);
      expect(summary).to.contain(HOSTILE_VALUES[0]);
      expect(summary).to.contain(HOSTILE_VALUES[1]);
      expect(summary).to.contain(HOSTILE_VALUES[13]);
      await expectInert(el, 'bulk answer');
    });
  });
});
