import './helpers/lit-warnings.js';
import { hold } from './helpers/hold.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryAdapterOptions, type SeedRequest } from '../src/adapters/memory-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { RegistrationAdapter } from '../src/adapters/registration-adapter.js';
import { DevRegListStateEvent } from '../src/components/registration-table/list-state-event.js';
import { DevRegRegistrationTable, tableChunks } from '../src/components/registration-table/registration-table.js';
import '../src/define/registration-table.js';
import { setDevRegLocale } from '../src/i18n/localization.js';

// ---- helpers: query by role, accessible name and part ----------------------------------------

const rows = (table: DevRegRegistrationTable) => [...root(table).querySelectorAll<HTMLElement>('[role=row][part~=row]')];
const rowFor = (table: DevRegRegistrationTable, id: string) => rows(table).find((r) => r.dataset.id === id);
const ids = (table: DevRegRegistrationTable) => rows(table).map((r) => r.querySelector('[part~=id-cell]')!.textContent.trim());
const accessibleName = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
const buttons = (scope: ParentNode) => [...scope.querySelectorAll('button')];
const button = (scope: ParentNode, name: string) => buttons(scope).find((b) => accessibleName(b) === name);
const buttonsStartingWith = (scope: ParentNode, prefix: string) => buttons(scope).filter((b) => accessibleName(b).startsWith(prefix));
const tokenInput = (scope: ParentNode) => scope.querySelector<HTMLInputElement>('input[aria-label="Security token"]');
const headers = (table: DevRegRegistrationTable) =>
  [...root(table).querySelectorAll('[role=columnheader]')].map((h) => h.textContent.trim());
const badgeStatus = (row: HTMLElement) => row.querySelector('devreg-status-badge')!.getAttribute('status');
const dialog = (table: DevRegRegistrationTable) => root(table).querySelector('dialog')!;
/** The remove confirmation is rendered (with the actions' module) and open. */
const dialogOpen = (table: DevRegRegistrationTable) => !!root(table).querySelector('dialog')?.open;
const announcement = (table: DevRegRegistrationTable) => root(table).querySelector('[role=status][aria-live=polite]')!.textContent.trim();
const part = (table: DevRegRegistrationTable, name: string) => root(table).querySelector<HTMLElement>(`[part~=${name}]`);

/** The next event of that name, typed from the event map. */
function oneEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, name: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }));
}

/** Scrolls (by `scrollBy`) so that a row's Remove button is just below the top of the table's column headers, and returns it. */
function underHeaders(table: DevRegRegistrationTable, scrollBy: (px: number) => void): HTMLElement {
  const headerTop = part(table, 'header')!.getBoundingClientRect().top;
  const button = [...root(table).querySelectorAll<HTMLElement>('[part~=remove-button]')].find((b) => b.getBoundingClientRect().top > headerTop + 200)!;
  scrollBy(button.getBoundingClientRect().top - headerTop - 4);
  return button;
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

async function mount(adapter: RegistrationAdapter | undefined, expectRows = true): Promise<DevRegRegistrationTable> {
  const table = await fixture<DevRegRegistrationTable>(
    html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`,
  );
  if (expectRows) await waitUntil(() => rows(table).length > 0, 'rows rendered');
  return table;
}

function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The element that has the focus, through shadow roots (`<body>` when the focus was lost). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has the focus, as a failing assertion should say it: `BODY`, or the tag and the accessible name. */
const focused = () => {
  const active = deepActive();
  return active === document.body || !active ? 'BODY' : `${active.tagName} ${accessibleName(active)}`;
};

/** After the next frame: when the browser has dropped the focus of a control that was disabled. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** 150 requests: a list long enough for the virtualizer. */
const longList = () => Array.from({ length: 150 }, (_, i) => ({ id: `dev-${String(i).padStart(3, '0')}` }));

/**
 * Runs `body` while the virtualizer cannot be loaded (each attempt counted, the table's logging of
 * it silenced); `restore()` lets it load again.
 */
async function withoutVirtualizer(body: (attempts: { count: () => number; restore: () => void }) => Promise<void>): Promise<void> {
  const load = tableChunks.virtualizer;
  let count = 0;
  tableChunks.virtualizer = () => (count++, Promise.reject(new Error('offline')));
  const log = console.error;
  console.error = () => undefined;
  try {
    await body({ count: () => count, restore: () => (tableChunks.virtualizer = load) });
  } finally {
    tableChunks.virtualizer = load;
    console.error = log;
  }
}

const seed: SeedRequest[] = [
  { id: 'waiting-old', status: 'WAITING_FOR_CONNECTION', creationTime: minutesAgo(60), groupId: 'g-1' },
  { id: 'pending-old', status: 'PENDING_ACCEPTANCE', creationTime: minutesAgo(50), securityToken: 'secret-1' },
  { id: 'accepted-new', status: 'ACCEPTED', creationTime: minutesAgo(5) },
  { id: 'pending-new', status: 'PENDING_ACCEPTANCE', creationTime: minutesAgo(10) },
  { id: 'blocked', status: 'BLOCKED', creationTime: minutesAgo(30), groupId: 'g-7', type: 'c8y_Sensor' },
];

const memory = (options: MemoryAdapterOptions = {}) => new MemoryAdapter({ requests: seed, ...options });

describe('devreg-registration-table', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  describe('defaults and states', () => {
    it('is registered under its tag with its defaults', async () => {
      expect(customElements.get('devreg-registration-table')).to.equal(DevRegRegistrationTable);
      const table = await mount(undefined, false);
      expect(table.pageSize).to.equal(1000);
      expect(part(table, 'empty')!.textContent).to.contain('No adapter is connected');
      await expect(table).to.be.accessible();
    });

    it('takes the page size from the page-size attribute', async () => {
      const table = await fixture<DevRegRegistrationTable>(
        html`<devreg-registration-table page-size="50"></devreg-registration-table>`,
      );
      expect(table.pageSize).to.equal(50);
    });

    it('shows a loading state until the first page arrives', async () => {
      const table = await mount(memory({ latency: 400 }), false);
      const loading = part(table, 'loading')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.contain('Loading registration requests');
      expect(part(table, 'filters')).to.equal(null);
      await expect(table).to.be.accessible();
      await waitUntil(() => rows(table).length === seed.length, 'rows after loading');
      expect(part(table, 'loading')).to.equal(null);
      expect(part(table, 'filters')).to.exist;
    });

    it('shows a helpful empty state', async () => {
      const table = await mount(new MemoryAdapter(), false);
      await waitUntil(() => part(table, 'empty'), 'empty state');
      expect(part(table, 'empty')!.textContent).to.contain('No registration requests');
      expect(part(table, 'empty')!.textContent).to.contain('Register a device to see it here');
      expect(root(table).querySelector('[role=table]')).to.equal(null);
      await expect(table).to.be.accessible();
    });

    it('shows an error state with the message and a Retry that works', async () => {
      const adapter = memory({
        failures: { list: new RegistrationError({ status: 503, code: 'server', message: 'Database unavailable' }) },
      });
      const errorEvent = oneEvent(document, 'devreg-error');
      const table = await mount(adapter, false);
      const reported = await errorEvent;
      expect(reported.operation).to.equal('list');
      await waitUntil(() => part(table, 'error'), 'error state');
      const error = part(table, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('could not be loaded');
      expect(error.textContent).to.contain('The server had a problem. (Database unavailable)');
      await expect(table).to.be.accessible();
      adapter.setFailure('list', undefined);
      button(error, 'Retry')!.click();
      await waitUntil(() => rows(table).length === seed.length, 'rows after retry');
      expect(part(table, 'error')).to.equal(null);
    });

    it('keeps the loaded rows and offers Retry when a later page fails', async () => {
      let failPage2 = true;
      const requests = Array.from({ length: 25 }, (_, i) => ({ id: `dev-${String(i).padStart(2, '0')}` }));
      const adapter = new MemoryAdapter({
        requests,
        failures: {
          list: (query) =>
            failPage2 && (query as { page: number }).page === 2
              ? new RegistrationError({ status: 0, code: 'network', message: 'offline' })
              : undefined,
        },
      });
      const table = await fixture<DevRegRegistrationTable>(
        html`<devreg-registration-table page-size="10" .adapter=${adapter}></devreg-registration-table>`,
      );
      await waitUntil(() => part(table, 'error'), 'partial error');
      expect(part(table, 'error')!.textContent).to.contain('Not all registration requests could be loaded');
      expect(root(table).querySelector('[role=table]')!.getAttribute('aria-rowcount')).to.equal('11');
      await expect(table).to.be.accessible();
      failPage2 = false;
      button(part(table, 'error')!, 'Retry')!.click();
      await waitUntil(() => root(table).querySelector('[role=table]')!.getAttribute('aria-rowcount') === '26', 'all pages');
      expect(part(table, 'error')).to.equal(null);
    });
  });

  describe('the table', () => {
    it('is an accessible table named "Device registration requests" with the columns of SPEC 3.2', async () => {
      const table = await mount(memory());
      const grid = root(table).querySelector('[role=table]')!;
      expect(grid.getAttribute('aria-label')).to.equal('Device registration requests');
      expect(headers(table)).to.deep.equal(['Device ID', 'Status', 'Creation date', 'Group', 'Actions']);
      expect(grid.getAttribute('aria-rowcount')).to.equal(String(seed.length + 1));
      expect(rows(table).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6']);
      for (const row of rows(table)) {
        expect(row.querySelectorAll('[role=cell]').length).to.equal(5);
        expect(row.querySelector('devreg-status-badge')).to.exist;
      }
      await expect(table).to.be.accessible();
    });

    it('sorts pending requests first, then the newest', async () => {
      const table = await mount(memory());
      expect(ids(table)).to.deep.equal(['pending-new', 'pending-old', 'accepted-new', 'blocked', 'waiting-old']);
      expect(badgeStatus(rowFor(table, 'pending-new')!)).to.equal('PENDING_ACCEPTANCE');
      expect(rowFor(table, 'waiting-old')!.querySelector('[part~=group-cell]')!.textContent.trim()).to.equal('g-1');
    });

    it('formats the creation date for the locale', async () => {
      const created = '2024-03-05T14:30:00.000Z';
      const table = await mount(new MemoryAdapter({ requests: [{ id: 'dated', creationTime: created }] }));
      const time = rowFor(table, 'dated')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(created);
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(created));
      expect(time.textContent.trim()).to.equal(expected);
    });

    it('shows an unknown status neutrally', async () => {
      const table = await mount(new MemoryAdapter({ requests: [{ id: 'odd', status: 'DECOMMISSIONED' }] }));
      expect(badgeStatus(rowFor(table, 'odd')!)).to.equal('DECOMMISSIONED');
      expect(buttonsStartingWith(rowFor(table, 'odd')!, 'Accept')).to.have.length(0);
      expect(button(rowFor(table, 'odd')!, 'Remove odd')).to.exist;
    });

    it('shows the Tenant column in a management tenant', async () => {
      const adapter = new MemoryAdapter({
        requests: [{ id: 'sub-device', tenantId: 't200' }],
        tenants: [{ id: 't100', current: true }, { id: 't200', name: 'Customer' }],
      });
      const table = await mount(adapter);
      expect(headers(table)).to.deep.equal(['Device ID', 'Status', 'Creation date', 'Group', 'Tenant', 'Actions']);
      expect(rowFor(table, 'sub-device')!.querySelector('[part~=tenant-cell]')!.textContent.trim()).to.equal('t200');
      await expect(table).to.be.accessible();
    });

    it('offers Accept on pending rows and Remove on every row to an admin', async () => {
      const table = await mount(memory());
      expect(buttonsStartingWith(root(table), 'Accept').map(accessibleName)).to.deep.equal([
        'Accept pending-new',
        'Accept pending-old',
      ]);
      expect(buttonsStartingWith(root(table), 'Remove')).to.have.length(seed.length);
      expect(buttonsStartingWith(root(table), 'Register again').map(accessibleName)).to.deep.equal(['Register again blocked']);
    });

    it('gives a read-only user no Accept, Remove or token', async () => {
      const table = await mount(memory({ permissions: { read: true, admin: false } }));
      expect(buttonsStartingWith(root(table), 'Accept')).to.have.length(0);
      expect(buttonsStartingWith(root(table), 'Remove')).to.have.length(0);
      expect(buttonsStartingWith(root(table), 'Register again')).to.have.length(0);
      expect(tokenInput(root(table))).to.equal(null);
      expect(headers(table)).to.deep.equal(['Device ID', 'Status', 'Creation date', 'Group']);
      await expect(table).to.be.accessible();
    });

    it('assumes an admin when the adapter cannot tell permissions', async () => {
      const table = await mount(memory({ without: ['getPermissions'] }));
      expect(buttonsStartingWith(root(table), 'Accept')).to.have.length(2);
    });

    it('filters by status, with counts per status, and searches by ID', async () => {
      const table = await mount(memory());
      const select = part(table, 'status-filter') as HTMLSelectElement;
      const options = [...select.options].map((o) => o.textContent.trim());
      expect(options).to.deep.equal([
        'All statuses (5)',
        'Waiting for connection (1)',
        'Pending acceptance (2)',
        'Accepted (1)',
        'Blocked (1)',
      ]);
      select.value = 'PENDING_ACCEPTANCE';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => rows(table).length === 2, 'filtered by status');
      expect(ids(table)).to.deep.equal(['pending-new', 'pending-old']);
      const search = part(table, 'search') as HTMLInputElement;
      type(search, 'OLD');
      await waitUntil(() => rows(table).length === 1, 'searched');
      expect(ids(table)).to.deep.equal(['pending-old']);
      type(search, 'nothing-like-this');
      await waitUntil(() => part(table, 'empty'), 'no match');
      expect(part(table, 'empty')!.textContent).to.contain('No registration requests match the filter.');
      await expect(table).to.be.accessible();
      button(part(table, 'empty')!, 'Clear filter')!.click();
      await waitUntil(() => rows(table).length === seed.length, 'filter cleared');
    });
  });

  describe('security token', () => {
    it('shows no token input under IGNORED and accepts without one', async () => {
      const adapter = memory({ securityTokenPolicy: 'IGNORED' });
      const table = await mount(adapter);
      expect(tokenInput(root(table))).to.equal(null);
      const accepted = oneEvent(table, 'devreg-accepted');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      expect((await accepted).id).to.equal('pending-old');
    });

    it('masks the token under OPTIONAL, with an explicit reveal toggle', async () => {
      const table = await mount(memory());
      const row = rowFor(table, 'pending-old')!;
      const input = tokenInput(row)!;
      expect(input.type).to.equal('password');
      expect(input.required).to.equal(false);
      expect(tokenInput(rowFor(table, 'waiting-old')!)).to.equal(null);
      const toggle = button(row, 'Show security token')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await table.updateComplete;
      expect(tokenInput(rowFor(table, 'pending-old')!)!.type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      await expect(table).to.be.accessible();
    });

    it('requires the token under REQUIRED and says so instead of calling the server', async () => {
      const adapter = memory({ securityTokenPolicy: 'REQUIRED' });
      let calls = 0;
      adapter.setFailure('accept', () => {
        calls++;
        return undefined;
      });
      const table = await mount(adapter);
      const row = rowFor(table, 'pending-old')!;
      expect(tokenInput(row)!.required).to.equal(true);
      button(row, 'Accept pending-old')!.click();
      await waitUntil(() => row.querySelector('[part~=row-error]'), 'required message');
      expect(row.querySelector('[part~=row-error]')!.textContent).to.contain('Enter the security token');
      expect(tokenInput(row)!.getAttribute('aria-invalid')).to.equal('true');
      expect(root(table).activeElement).to.equal(tokenInput(row));
      expect(calls).to.equal(0);
      await expect(table).to.be.accessible();
    });

    it('falls back to OPTIONAL when the policy cannot be read, and reports it', async () => {
      const adapter = memory({
        failures: { getSecurityTokenPolicy: new RegistrationError({ status: 403, code: 'forbidden', message: 'Denied' }) },
      });
      const failed = oneEvent(document, 'devreg-error');
      const table = await mount(adapter);
      expect((await failed).operation).to.equal('getSecurityTokenPolicy');
      expect(tokenInput(rowFor(table, 'pending-old')!)!.required).to.equal(false);
    });

    it('shows that a request got blocked by a wrong token and offers Register again', async () => {
      const table = await mount(memory({ maxTokenAttempts: 1 }));
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'wrong');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      await waitUntil(() => badgeStatus(rowFor(table, 'pending-old')!) === 'BLOCKED', 'blocked');
      await waitUntil(() => rowFor(table, 'pending-old')!.querySelector('[part~=row-error]'), 'row error');
      const row = rowFor(table, 'pending-old')!;
      expect(row.querySelector('[part~=row-error]')!.textContent).to.match(/blocked/i);
      expect(button(row, 'Register again pending-old')).to.exist;
      expect(tokenInput(row)).to.equal(null);
    });

    it('accepts with the right token', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'secret-1');
      const accepted = oneEvent(table, 'devreg-accepted');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      expect((await accepted).detail).to.deep.equal({ id: 'pending-old' });
      await waitUntil(() => badgeStatus(rowFor(table, 'pending-old')!) === 'ACCEPTED', 'accepted');
      expect(adapter.peek('ACCEPTED').map((r) => r.id)).to.include('pending-old');
      await waitUntil(() => announcement(table) === 'Device pending-old is now accepted.', 'announced once');
    });

    it('keeps the focus in the row after an accept from it: the Accept button goes, its Remove button gets the focus', async () => {
      const table = await mount(memory());
      const input = tokenInput(rowFor(table, 'pending-old')!)!;
      type(input, 'secret-1');
      input.focus();
      const accepted = oneEvent(table, 'devreg-accepted');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await accepted;
      await waitUntil(() => root(table).activeElement === button(rowFor(table, 'pending-old')!, 'Remove pending-old'), 'focus on Remove');
    });

    it("shows the server's error on the row on a mismatch and keeps the typed token", async () => {
      const table = await mount(memory());
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'wrong-token');
      const failed = oneEvent(table, 'devreg-error');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      const event = await failed;
      expect(event.operation).to.equal('accept');
      expect(event.error.code).to.equal('token-mismatch');
      await waitUntil(() => rowFor(table, 'pending-old')!.querySelector('[part~=row-error]'), 'row error');
      const row = rowFor(table, 'pending-old')!;
      const message = row.querySelector('[part~=row-error]')!;
      // the localized sentence plus the server's own message
      expect(message.textContent).to.contain("The security token does not match the device's token.");
      expect(message.textContent).to.contain(event.error.message);
      expect(tokenInput(row)!.value).to.equal('wrong-token');
      expect(tokenInput(row)!.getAttribute('aria-describedby')).to.equal(message.id);
      expect(badgeStatus(row)).to.equal('PENDING_ACCEPTANCE');
      await expect(table).to.be.accessible();
    });

    it('says that the device sent a token when Accept without one was refused for a mismatch', async () => {
      const table = await mount(memory());
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      await waitUntil(() => rowFor(table, 'pending-old')!.querySelector('[part~=row-error]'), 'row error');
      const message = rowFor(table, 'pending-old')!.querySelector('[part~=row-error]')!.textContent.trim();
      expect(message).to.match(/^This device sent a security token: type it in the Security token field, then accept again\. The security token does not match/);
      await setDevRegLocale('de');
      await table.updateComplete;
      expect(rowFor(table, 'pending-old')!.querySelector('[part~=row-error]')!.textContent.trim()).to.match(/^Dieses Gerät hat ein Sicherheitstoken gesendet/);
    });
  });

  describe('remove', () => {
    it('asks first in a modal dialog; Cancel closes it and restores focus', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const trigger = button(rowFor(table, 'waiting-old')!, 'Remove waiting-old')!;
      trigger.focus();
      trigger.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      expect(dialog(table).matches(':modal')).to.equal(true);
      expect(dialog(table).textContent).to.contain('waiting-old');
      expect(dialog(table).contains(root(table).activeElement)).to.equal(true);
      await expect(table).to.be.accessible();
      button(dialog(table), 'Cancel')!.click();
      await waitUntil(() => !dialog(table).open, 'dialog closed');
      expect(root(table).activeElement).to.equal(trigger);
      expect(adapter.peek().map((r) => r.id)).to.include('waiting-old');
    });

    it('closes the dialog on Escape', async () => {
      const table = await mount(memory());
      const trigger = button(rowFor(table, 'blocked')!, 'Remove blocked')!;
      trigger.focus();
      trigger.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(table).open, 'dialog closed by Escape');
      expect(root(table).activeElement).to.equal(trigger);
    });

    it('removes after "Remove registration"', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      button(rowFor(table, 'waiting-old')!, 'Remove waiting-old')!.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      const removed = oneEvent(table, 'devreg-removed');
      button(dialog(table), 'Remove registration')!.click();
      expect((await removed).id).to.equal('waiting-old');
      await waitUntil(() => !rowFor(table, 'waiting-old') && !dialog(table).open, 'row and dialog gone');
      expect(adapter.peek().map((r) => r.id)).not.to.include('waiting-old');
      // focus moves to the row that took the removed one's place (waiting-old was the last row)
      await waitUntil(() => root(table).activeElement, 'focus kept inside the table');
      expect(accessibleName(root(table).activeElement!)).to.equal('Remove blocked');
    });

    it('explains that someone else removed the request, and drops the row', async () => {
      const adapter = memory({ without: ['subscribe'] });
      const table = await mount(adapter);
      button(rowFor(table, 'accepted-new')!, 'Remove accepted-new')!.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      await adapter.remove('accepted-new'); // someone else, meanwhile
      const failed = oneEvent(table, 'devreg-error');
      button(dialog(table), 'Remove registration')!.click();
      expect((await failed).error.code).to.equal('not-found');
      await waitUntil(() => !rowFor(table, 'accepted-new') && !dialog(table).open, 'row and dialog gone');
      expect(part(table, 'notice')!.textContent).to.contain('The registration request for accepted-new no longer exists');
      await expect(table).to.be.accessible();
    });

    it('keeps the dialog open with the error when removing fails otherwise', async () => {
      const adapter = memory();
      adapter.setFailure('remove', new RegistrationError({ status: 500, code: 'server', message: 'Disk full' }));
      const table = await mount(adapter);
      button(rowFor(table, 'blocked')!, 'Remove blocked')!.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      button(dialog(table), 'Remove registration')!.click();
      await waitUntil(() => dialog(table).querySelector('[part~=dialog-error]'), 'dialog error');
      expect(dialog(table).querySelector('[part~=dialog-error]')!.textContent).to.contain('Disk full');
      expect(dialog(table).open).to.equal(true);
      expect(rowFor(table, 'blocked')).to.exist;
    });

    it('drops a row on accept when the request no longer exists', async () => {
      const adapter = memory({ without: ['subscribe'] });
      const table = await mount(adapter);
      await adapter.remove('pending-new');
      button(rowFor(table, 'pending-new')!, 'Accept pending-new')!.click();
      await waitUntil(() => !rowFor(table, 'pending-new'), 'row gone');
      expect(part(table, 'notice')!.textContent).to.contain('pending-new no longer exists');
    });
  });

  describe('register again', () => {
    it('removes a blocked request and creates it again with the same group and type', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const registered = oneEvent(table, 'devreg-registered');
      button(rowFor(table, 'blocked')!, 'Register again blocked')!.click();
      const event = await registered;
      expect(event.detail).to.deep.equal({ ids: ['blocked'], failed: [] });
      await waitUntil(() => badgeStatus(rowFor(table, 'blocked')!) === 'WAITING_FOR_CONNECTION', 'registered again');
      const request = adapter.peek().find((r) => r.id === 'blocked')!;
      expect(request.status).to.equal('WAITING_FOR_CONNECTION');
      expect(request.groupId).to.equal('g-7');
      expect(request.type).to.equal('c8y_Sensor');
    });

    it('shows the error on the row when the removal fails', async () => {
      const adapter = memory();
      adapter.setFailure('remove', new RegistrationError({ status: 403, code: 'forbidden', message: 'No admin' }));
      const table = await mount(adapter);
      button(rowFor(table, 'blocked')!, 'Register again blocked')!.click();
      await waitUntil(() => rowFor(table, 'blocked')!.querySelector('[part~=row-error]'), 'row error');
      expect(rowFor(table, 'blocked')!.querySelector('[part~=row-error]')!.textContent).to.contain(
        'You do not have permission for this action.',
      );
      expect(badgeStatus(rowFor(table, 'blocked')!)).to.equal('BLOCKED');
    });

    it('removes nothing while the device limit is reached, and says so on the row', async () => {
      const adapter = memory();
      adapter.setDeviceLimit(1);
      const table = await mount(adapter);
      button(rowFor(table, 'blocked')!, 'Register again blocked')!.click();
      await waitUntil(() => rowFor(table, 'blocked')!.querySelector('[part~=row-error]'), 'row error');
      expect(rowFor(table, 'blocked')!.querySelector('[part~=row-error]')!.textContent.trim()).to.equal(
        "blocked was not registered again: the tenant's device limit is reached. Nothing was removed.",
      );
      expect(adapter.peek('BLOCKED').map((r) => r.id)).to.include('blocked');
      expect(badgeStatus(rowFor(table, 'blocked')!)).to.equal('BLOCKED');
    });

    it('says so when the request was removed but could not be created again', async () => {
      const adapter = memory();
      adapter.setFailure('create', new RegistrationError({ status: 422, code: 'limit-reached', message: 'Limit' }));
      const table = await mount(adapter);
      const registered = oneEvent(table, 'devreg-registered');
      button(rowFor(table, 'blocked')!, 'Register again blocked')!.click();
      const event = await registered;
      expect(event.ids).to.deep.equal([]);
      expect(event.failed[0].id).to.equal('blocked');
      await waitUntil(() => part(table, 'notice'), 'notice');
      expect(part(table, 'notice')!.textContent).to.contain("The tenant's device limit is reached.");
      expect(rowFor(table, 'blocked')).to.equal(undefined);
    });
  });

  describe('live updates', () => {
    it('applies changes, new and removed rows, keeping a half-typed token and focus', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const input = tokenInput(rowFor(table, 'pending-old')!)!;
      type(input, 'half-ty');
      expect(root(table).activeElement).to.equal(input);

      await adapter.create({ id: 'brand-new' });
      await adapter.bootstrap('waiting-old'); // now pending: moves up
      await adapter.remove('accepted-new');
      await waitUntil(
        () => rowFor(table, 'brand-new') && !rowFor(table, 'accepted-new') && badgeStatus(rowFor(table, 'waiting-old')!) === 'PENDING_ACCEPTANCE',
        'live changes applied',
      );
      // waiting-old is pending now, but older than the other pending ones
      expect(ids(table)).to.deep.equal(['pending-new', 'pending-old', 'waiting-old', 'brand-new', 'blocked']);
      const still = tokenInput(rowFor(table, 'pending-old')!)!;
      expect(still.value).to.equal('half-ty');
      expect(root(table).activeElement).to.equal(still);
      await waitUntil(() => announcement(table).length > 0, 'announced');
      expect(announcement(table)).to.contain('Device waiting-old is now pending acceptance.');
      expect(announcement(table)).to.contain('Device brand-new was added to the list.');
      expect(announcement(table)).to.contain('Device accepted-new was removed from the list.');
    });

    it('keeps the token and focus when the focused row itself moves', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const input = tokenInput(rowFor(table, 'pending-old')!)!;
      type(input, 'keep-me');
      await adapter.create({ id: 'z-newer' });
      await adapter.bootstrap('z-newer');
      await waitUntil(() => ids(table)[0] === 'z-newer', 'new pending row first');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const still = tokenInput(rowFor(table, 'pending-old')!)!;
      expect(still.value).to.equal('keep-me');
      expect(root(table).activeElement).to.equal(still);
    });

    it('keeps focus on a control whose row moves', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      button(rowFor(table, 'waiting-old')!, 'Remove waiting-old')!.focus();
      await adapter.bootstrap('waiting-old'); // pending now: from the last place to the third
      await waitUntil(() => ids(table)[2] === 'waiting-old', 'row moved');
      await waitUntil(() => root(table).activeElement, 'focus restored');
      expect(accessibleName(root(table).activeElement!)).to.equal('Remove waiting-old');
    });

    it('keeps the rows in view when rows are added above them', async () => {
      const requests = Array.from({ length: 300 }, (_, i) => ({
        id: `row-${String(i).padStart(3, '0')}`,
        creationTime: new Date(Date.UTC(2024, 0, 1) + (300 - i) * 60_000).toISOString(),
      }));
      const adapter = new MemoryAdapter({ requests });
      const table = await mount(adapter);
      const scroller = root(table).querySelector<HTMLElement>('[role=table]')!;
      const firstVisible = () => {
        const top = scroller.getBoundingClientRect().top + root(table).querySelector('[part~=header]')!.getBoundingClientRect().height;
        return rows(table)
          .filter((r) => r.getBoundingClientRect().bottom > top + 1)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]?.dataset.id;
      };
      scroller.scrollTop = 3000;
      await waitUntil(() => firstVisible() && firstVisible() !== 'row-000', 'scrolled');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = firstVisible();
      await adapter.create({ id: 'on-top-1' });
      await adapter.create({ id: 'on-top-2' });
      await waitUntil(() => Number(scroller.getAttribute('aria-rowcount')) === 303, 'added');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(firstVisible()).to.equal(before);
    });

    // --devreg-registration-table-max-height: none: the table grows with the page, and whatever
    // scrolls it (the page, or a scrolling element around it) is what keeps the reader's place
    const pageCases = [
      { scrolledBy: 'the page', count: 3000 },
      { scrolledBy: 'a scrolling container', count: 3000 },
      { scrolledBy: 'the page', count: 90 }, // plain rows: the browser's scroll anchoring keeps them
    ] as const;
    for (const { scrolledBy, count } of pageCases) {
      it(`grows with the page when its height is not limited: ${count} rows scrolled by ${scrolledBy}, the rows being read kept in place`, async () => {
        const requests = Array.from({ length: count }, (_, i) => ({
          id: `row-${String(i).padStart(4, '0')}`,
          creationTime: new Date(Date.UTC(2024, 0, 1) + (count - i) * 60_000).toISOString(),
        }));
        const adapter = new MemoryAdapter({ requests });
        const wrapper = await fixture<HTMLElement>(html`<div style=${scrolledBy === 'the page' ? '' : 'height: 400px; overflow: auto'}>
          <p style="height: 200px; margin: 0">Above the table</p>
          <devreg-registration-table style="--devreg-registration-table-max-height: none" .adapter=${adapter}></devreg-registration-table>
        </div>`);
        const table = wrapper.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
        const grid = () => part(table, 'table')!;
        const virtualized = count > 100;
        await waitUntil(
          () => grid()?.getAttribute('aria-rowcount') === String(count + 1) && (!virtualized || part(table, 'body')!.style.contain !== ''),
          'all rows',
          { timeout: 5000 },
        );
        const scroller = scrolledBy === 'the page' ? document.scrollingElement! : wrapper;
        const viewTop = () => (scrolledBy === 'the page' ? 0 : wrapper.getBoundingClientRect().top);
        const atTop = () =>
          rows(table)
            .filter((r) => r.getBoundingClientRect().bottom > viewTop() + 1)
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
        const frames = async (n: number) => {
          for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        };
        try {
          expect(grid().scrollHeight - grid().clientHeight, 'the table does not scroll itself').to.be.below(2);
          scroller.scrollTop = virtualized ? 60_000 : 2_000;
          const rowHeight = rows(table)[0].getBoundingClientRect().height;
          const scrolledPast = () => viewTop() - part(table, 'body')!.getBoundingClientRect().top;
          const indexAtTop = () => Number(atTop()?.getAttribute('aria-rowindex')) - 2; // (the header row is 1)
          // the virtualizer renders the rows of the new position within a few frames (more on a busy
          // machine): a row covers the top of the view, and it is about the row the scroll position
          // stands for (the places of rows not yet measured are estimated from those measured: a few
          // rows off at row 1,200 is the estimate, not a fault)
          const covered = () =>
            rows(table).some((r) => r.getBoundingClientRect().top <= viewTop() + 1 && r.getBoundingClientRect().bottom > viewTop());
          await waitUntil(
            async () => (await frames(1), covered() && Math.abs(indexAtTop() - scrolledPast() / rowHeight) <= Math.max(2, indexAtTop() / 50)),
            'the rows at the scroll position',
            { timeout: 5000 },
          );
          expect(scrolledPast(), 'the rows are scrolled').to.be.above(virtualized ? 50_000 : 1_000);
          if (virtualized) expect(rows(table).length, 'only the rows in view are rendered').to.be.below(60);
          // settled: the same row at the same place over two frames
          let last = '';
          await waitUntil(async () => {
            await frames(2);
            const now = `${atTop().dataset.id}@${atTop().getBoundingClientRect().top}`;
            const same = now === last;
            last = now;
            return same;
          }, 'settled', { timeout: 5000 }); // (generous waits: a busy machine renders slowly, nothing here is timed)
          const before = { id: atTop().dataset.id, top: atTop().getBoundingClientRect().top };
          await adapter.create({ id: 'on-top-1' });
          await adapter.create({ id: 'on-top-2' });
          await waitUntil(() => grid().getAttribute('aria-rowcount') === String(count + 3), 'added', { timeout: 5000 });
          const offBy = () => Math.abs(rowFor(table, before.id!)!.getBoundingClientRect().top - before.top);
          await waitUntil(async () => (await frames(1), offBy() < 1), `${before.id} back where it was`, { timeout: 5000 });
          await new Promise((resolve) => setTimeout(resolve, 200)); // (and it stays there)
          expect(offBy(), `${before.id} stays where it was`).to.be.below(1);
        } finally {
          scroller.scrollTop = 0;
        }
      });
    }

    // ... and its column headers stay in sight: at the top of what scrolls it (below a host's own
    // top bar when told), never past the table's end, and a focused control is not hidden under them
    const headerCases = [
      { scrolledBy: 'the page', count: 90, topBar: 0 },
      { scrolledBy: 'a scrolling container', count: 500, topBar: 40 },
      { scrolledBy: 'a container that starts scrolling once the rows are shown', count: 90, topBar: 0 },
    ] as const;
    for (const { scrolledBy, count, topBar } of headerCases) {
      it(`keeps its column headers in sight when it grows with the page: ${count} rows scrolled by ${scrolledBy}${topBar ? `, below a ${topBar}px top bar` : ''}`, async () => {
        const adapter = new MemoryAdapter({ requests: Array.from({ length: count }, (_, i) => ({ id: `row-${String(i).padStart(4, '0')}` })) });
        const wrapper = await fixture<HTMLElement>(html`<div style=${scrolledBy === 'a scrolling container' ? 'height: 400px; overflow: auto' : ''}>
          <p style="height: 200px; margin: 0">Above the table</p>
          <devreg-registration-table
            style="--devreg-registration-table-max-height: none; --devreg-registration-table-sticky-top: ${topBar}px"
            .adapter=${adapter}
          ></devreg-registration-table>
          <p style="height: 3000px; margin: 0">Below the table</p>
        </div>`);
        const table = wrapper.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
        // (and a long list handed to the virtualizer: scrolled before, only its first rows are there to scroll to)
        await waitUntil(
          () => part(table, 'table')?.getAttribute('aria-rowcount') === String(count + 1) && (count <= 100 || part(table, 'body')!.style.contain !== ''),
          'all rows',
          { timeout: 5000 },
        );
        if (scrolledBy.startsWith('a container that starts')) wrapper.style.cssText = 'height: 400px; overflow: auto';
        const scroller = scrolledBy === 'the page' ? document.scrollingElement! : wrapper;
        const viewTop = () => (scrolledBy === 'the page' ? 0 : wrapper.getBoundingClientRect().top);
        const header = () => part(table, 'header')!.getBoundingClientRect();
        const grid = () => part(table, 'table')!.getBoundingClientRect();
        try {
          scroller.scrollTop = 1200;
          await waitUntil(() => Math.abs(header().top - (viewTop() + topBar)) < 1, `the headers ${topBar}px below the top of the scrolled area`, { timeout: 3000 });
          // a control under the headers, focused (as Shift+Tab would): scrolled into view below them
          const hidden = underHeaders(table, (by) => (scroller.scrollTop += by));
          await waitUntil(() => Math.abs(header().top - (viewTop() + topBar)) < 1, 'the headers in place again');
          expect(hidden.getBoundingClientRect().bottom, 'the control is hidden under the headers').to.be.below(header().bottom);
          hidden.focus();
          await waitUntil(() => Math.abs(header().top - (viewTop() + topBar)) < 1, 'the headers in place after the focus scrolled');
          expect(hidden.getBoundingClientRect().top, 'the focused control below the headers').to.be.at.least(header().bottom - 1);
          // past the table: the headers go with its end
          scroller.scrollTop = scroller.scrollHeight;
          await waitUntil(() => Math.abs(header().bottom - grid().bottom) < 2, 'the headers at the end of the table', { timeout: 3000 });
          scroller.scrollTop = 0;
          await waitUntil(() => Math.abs(header().top - grid().top) < 2, 'the headers back at the top of the table', { timeout: 3000 });
          // the height limited again by the host's style alone (no render): sticky in the table's own box again
          scroller.scrollTop = 1200;
          await waitUntil(() => Math.abs(header().top - (viewTop() + topBar)) < 1, 'the headers in sight again');
          table.style.setProperty('--devreg-registration-table-max-height', '20rem');
          await waitUntil(() => Math.abs(header().top - grid().top) < 2, 'the headers at the top of the table of limited height');
          scroller.scrollTop = 1100;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(Math.abs(header().top - grid().top), 'and the page scrolling does not move them').to.be.below(2);
        } finally {
          scroller.scrollTop = 0;
        }
      });
    }

    it('lets the column headers scroll away when what keeps them in sight cannot be loaded, and loads it again on reload()', async () => {
      const load = tableChunks.stickyHeader;
      const log = console.error;
      const logged: unknown[] = [];
      let attempts = 0;
      tableChunks.stickyHeader = () => (attempts++, Promise.reject(new Error('offline')));
      console.error = (...args: unknown[]) => void logged.push(args[0]);
      const wrapper = await fixture<HTMLElement>(html`<div style="height: 400px; overflow: auto">
        <devreg-registration-table
          style="--devreg-registration-table-max-height: none"
          .adapter=${new MemoryAdapter({ requests: Array.from({ length: 60 }, (_, i) => ({ id: `row-${i}` })) })}
        ></devreg-registration-table>
      </div>`);
      const table = wrapper.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
      const headerTop = () => part(table, 'header')!.getBoundingClientRect().top;
      try {
        await waitUntil(() => attempts === 1 && logged.length === 1, 'one failed load, logged');
        expect(String(logged[0])).to.contain('could not load the sticky header');
        wrapper.scrollTop = 800;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(headerTop(), 'the headers scrolled away with the rows').to.be.below(wrapper.getBoundingClientRect().top);
        expect(part(table, 'table'), 'the rows are still shown').to.exist;
        tableChunks.stickyHeader = load;
        table.reload();
        await waitUntil(() => Math.abs(headerTop() - wrapper.getBoundingClientRect().top) < 1, 'loaded again: the headers in sight');
        expect(attempts).to.equal(1);
      } finally {
        tableChunks.stickyHeader = load;
        console.error = log;
      }
    });

    it('scrolls a control focused from the keyboard into view below its sticky headers when it scrolls itself', async () => {
      const adapter = new MemoryAdapter({ requests: Array.from({ length: 60 }, (_, i) => ({ id: `row-${String(i).padStart(4, '0')}` })) });
      const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
      await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '61', 'all rows');
      const grid = part(table, 'table')!;
      const hidden = underHeaders(table, (by) => (grid.scrollTop += by));
      const headerBottom = () => part(table, 'header')!.getBoundingClientRect().bottom;
      expect(hidden.getBoundingClientRect().bottom, 'the control is hidden under the headers').to.be.below(headerBottom());
      hidden.focus();
      expect(hidden.getBoundingClientRect().top).to.be.at.least(headerBottom() - 1);
    });

    it('keeps no room for its hidden headers when narrow rows are cards and a focused control is scrolled into view', async () => {
      const adapter = new MemoryAdapter({ requests: Array.from({ length: 60 }, (_, i) => ({ id: `row-${String(i).padStart(4, '0')}` })) });
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px"><devreg-registration-table .adapter=${adapter}></devreg-registration-table></div>`);
      const table = wrapper.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
      await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '61', 'all rows');
      const grid = part(table, 'table')!;
      const button = [...root(table).querySelectorAll<HTMLElement>('[part~=remove-button]')].find((b) => b.getBoundingClientRect().top > grid.getBoundingClientRect().top + 300)!;
      // a control just below the table's top edge: in full view, nothing above it to keep clear
      grid.scrollTop += button.getBoundingClientRect().top - grid.getBoundingClientRect().top - 8;
      const before = grid.scrollTop;
      button.focus();
      expect(grid.scrollTop).to.equal(before);
    });

    it('says when the live updates stop working and why, reports each failure, keeps the typed token and clears the notice by itself when they work again', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const reported: [string, string][] = [];
      table.addEventListener('devreg-error', (e) => reported.push([e.operation, e.error.code]));
      const input = tokenInput(rowFor(table, 'pending-old')!)!;
      type(input, 'half-ty');
      const notice = () => part(table, 'live-notice');
      const text = () => notice()!.textContent.replace(/\s+/g, ' ').trim();

      adapter.setFailure('subscribe', new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' }));
      await waitUntil(notice, 'the notice');
      expect(text()).to.equal(
        'Live updates have stopped: The server cannot be reached. Check the connection and try again. The list may be out of date. Retry',
      );
      expect(button(notice()!, 'Retry')).to.exist;
      expect(reported).to.deep.equal([['subscribe', 'network']]);
      await waitUntil(() => announcement(table).startsWith('Live updates have stopped'), 'announced');
      await expect(table).to.be.accessible();

      await adapter.bootstrap('waiting-old'); // missed while the live updates fail
      adapter.setFailure('subscribe', new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }));
      await waitUntil(() => text().includes('Your session has expired.'), 'the reason of the latest failure');
      expect(reported).to.deep.equal([['subscribe', 'network'], ['subscribe', 'unauthorized']]);
      expect(badgeStatus(rowFor(table, 'waiting-old')!)).to.equal('WAITING_FOR_CONNECTION');

      adapter.setFailure('subscribe', undefined);
      await waitUntil(() => !notice(), 'the notice goes by itself');
      await waitUntil(() => badgeStatus(rowFor(table, 'waiting-old')!) === 'PENDING_ACCEPTANCE', 'what was missed arrives');
      await waitUntil(() => announcement(table).includes('Live updates work again.'), 'announced');
      const still = tokenInput(rowFor(table, 'pending-old')!)!;
      expect(still.value).to.equal('half-ty');
      expect(root(table).activeElement).to.equal(still);
    });

    it("the live notice's Retry reloads the list; while the list itself cannot be loaded its error speaks instead; in German too", async () => {
      const adapter = memory();
      const table = await mount(adapter);
      const notice = () => part(table, 'live-notice');
      const offline = new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' });
      adapter.setFailure('subscribe', offline);
      await waitUntil(notice, 'the notice');
      await adapter.create({ id: 'missed' });
      adapter.setFailure('list', offline);
      button(notice()!, 'Retry')!.click();
      await waitUntil(() => part(table, 'error'), 'the reload failed');
      expect(notice(), 'one message, one Retry').to.equal(null);
      expect(rowFor(table, 'pending-old'), 'the rows stay').to.exist;

      adapter.setFailure('list', undefined);
      button(part(table, 'error')!, 'Retry')!.click();
      await waitUntil(() => rowFor(table, 'missed') && !part(table, 'error'), 'reloaded: what the live updates missed is there');
      expect(notice(), 'the live updates still fail').to.exist;

      await setDevRegLocale('de');
      await table.updateComplete;
      expect(notice()!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
        'Die Live-Aktualisierung funktioniert nicht mehr: Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut. Die Liste ist möglicherweise nicht aktuell. Erneut versuchen',
      );
    });

    it('summarises a burst of changes', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      for (let i = 0; i < 6; i++) await adapter.create({ id: `burst-${i}` });
      await waitUntil(() => announcement(table).includes('6 registration requests changed.'), 'summary');
    });

    it('reports {total, pending, loading, error} as devreg-list-state, and reload() fetches again', async () => {
      const adapter = memory();
      const states: DevRegListStateEvent[] = [];
      const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table
        .adapter=${adapter}
        @devreg-list-state=${(e: DevRegListStateEvent) => states.push(e)}
      ></devreg-registration-table>`);
      await waitUntil(() => states.some((s) => !s.loading && s.total === 5), 'loaded state');
      const last = states.at(-1)!;
      expect(last).to.be.instanceOf(DevRegListStateEvent);
      expect(last.bubbles).to.equal(true);
      expect(last.composed).to.equal(false);
      expect(last.detail).to.deep.equal({ total: 5, pending: 2, loading: false, error: undefined });
      await adapter.bootstrap('waiting-old');
      await waitUntil(() => states.at(-1)!.pending === 3, 'pending count follows live changes');
      states.length = 0;
      table.reload();
      await waitUntil(() => states.some((s) => s.loading) && !states.at(-1)!.loading, 'reloaded');
      expect(states.at(-1)!.total).to.equal(5);
    });
  });

  describe('many rows', () => {
    it('shows the first page at once, loads the rest in the background and virtualizes', async () => {
      const requests = Array.from({ length: 10_000 }, (_, i) => ({
        id: `device-${String(i).padStart(5, '0')}`,
        status: i % 10 === 0 ? 'PENDING_ACCEPTANCE' : 'WAITING_FOR_CONNECTION',
        creationTime: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      }));
      const adapter = new MemoryAdapter({ requests, latency: 30 });
      const table = await fixture<DevRegRegistrationTable>(
        html`<devreg-registration-table page-size="2000" .adapter=${adapter}></devreg-registration-table>`,
      );
      const grid = () => root(table).querySelector('[role=table]');
      await waitUntil(() => grid() && rows(table).length > 0, 'first page shown');
      expect(Number(grid()!.getAttribute('aria-rowcount'))).to.be.lessThan(10_001);
      await waitUntil(() => grid()!.getAttribute('aria-rowcount') === '10001', 'all pages', { timeout: 8000 });
      expect(rows(table).length).to.be.lessThan(200);
      expect(ids(table)[0]).to.equal('device-09990');
      expect(rows(table)[0].getAttribute('aria-rowindex')).to.equal('2');
      // live changes update just their rows' places
      await adapter.create({ id: 'fresh' });
      await adapter.bootstrap('fresh');
      await waitUntil(() => ids(table)[0] === 'fresh', 'the newest pending row on top');
      expect(grid()!.getAttribute('aria-rowcount')).to.equal('10002');
      await adapter.bootstrap('device-00001'); // the oldest: it joins the end of the pending group
      await waitUntil(() => table.shadowRoot!.querySelector('[part~=status-filter] option[value=PENDING_ACCEPTANCE]')!.textContent.includes('1,002'), 'counted');
    });
    for (const width of ['wide', 'narrow'] as const) {
      it(`shows the rows the scroll position stands for after each jump down and up, with no scroll correction (${width})`, async () => {
        // dragging the scrollbar through a long list: each jump lands far from the rendered rows
        const requests = Array.from({ length: 5000 }, (_, i) => ({ id: `dev-${String(i).padStart(4, '0')}` }));
        const table = await mount(new MemoryAdapter({ requests }));
        if (width === 'narrow') table.style.cssText = 'display: block; width: 360px'; // rows as cards
        const scroller = part(table, 'table')!;
        await waitUntil(() => scroller.getAttribute('aria-rowcount') === '5001' && part(table, 'body')!.style.contain !== '', 'virtualized');
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let i = 0; i < 4; i++) await frame();
        const rowHeight = rows(table)[0].getBoundingClientRect().height;
        if (width === 'narrow') expect(rowHeight, 'cards').to.be.greaterThan(100);
        const headerHeight = part(table, 'header')!.getBoundingClientRect().height;
        let scrollEvents = 0;
        scroller.addEventListener('scroll', () => scrollEvents++);
        const steps = [1, 2, 3, 5, 8, 6, 4, 9];
        for (const step of steps) {
          const target = Math.round(((scroller.scrollHeight - scroller.clientHeight) * step) / 10);
          scroller.scrollTop = target;
          for (let i = 0; i < 4; i++) await frame();
          expect(scroller.scrollTop, `jump to ${step}/10: the scroll position is kept`).to.equal(target);
          const top = scroller.getBoundingClientRect().top + headerHeight + 1;
          const atTop = rows(table).find((r) => r.getBoundingClientRect().top <= top && r.getBoundingClientRect().bottom > top);
          expect(atTop?.getAttribute('aria-rowindex'), `jump to ${step}/10: the row at the top`).to.equal(
            String(Math.floor((target + 1) / rowHeight) + 2), // (the probe is 1 px below the header)
          );
        }
        expect(scrollEvents, 'one scroll event per jump: none of them corrected').to.equal(steps.length);
      });
    }
    it('renders a short list as plain rows, and a long one filtered down to a few at their natural height', async () => {
      const requests = Array.from({ length: 500 }, (_, i) => ({ id: `dev-${String(i).padStart(3, '0')}` }));
      const table = await mount(new MemoryAdapter({ requests }));
      const body = part(table, 'body')!;
      await waitUntil(() => body.style.contain !== '', 'virtualized (the virtualizer sizes its host)', { timeout: 5000 });
      expect(rows(table).length).to.be.lessThan(100);
      expect(part(table, 'table')!.getAttribute('aria-rowcount')).to.equal('501');
      const search = part(table, 'search') as HTMLInputElement;
      search.value = 'dev-00';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => rows(table).length === 10, 'the 10 matches as plain rows');
      await table.updateComplete;
      expect(ids(table)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `dev-00${i}`)); // same time: by ID
      // nothing of the virtualizer's sizing is left: the body is exactly as tall as its rows
      const rowsHeight = rows(table).reduce((h, r) => h + r.getBoundingClientRect().height, 0);
      expect(Math.abs(part(table, 'body')!.getBoundingClientRect().height - rowsHeight)).to.be.lessThan(2);
      expect(rows(table).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(Array.from({ length: 10 }, (_, i) => String(i + 2)));
    });
  });
    it('renders the first rows in a task of their own, even when the adapter answers at once', async () => {
      // one long task for creating the element and rendering its rows would block the page
      const table = document.createElement('devreg-registration-table');
      table.adapter = new MemoryAdapter({ requests: seed }); // no latency: its answers arrive as microtasks
      document.body.append(table);
      try {
        // to the end of this task: every microtask (the adapter's answer included) has run
        for (let i = 0; i < 100; i++) await Promise.resolve();
        await table.updateComplete;
        expect(part(table, 'loading'), 'loading state at first').to.exist;
        expect(rows(table)).to.have.length(0);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await waitUntil(() => rows(table).length === seed.length, 'rows in a later task');
      } finally {
        table.remove();
      }
    });

  describe('narrow (phone)', () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

    it('keeps the Device ID in sight when a table narrower than its columns (700 px) scrolls sideways to a row\'s token input', async () => {
      const table = await mount(memory());
      table.style.cssText = 'display: block; width: 700px';
      await nextFrame();
      const scroller = part(table, 'table')!;
      expect(scroller.scrollWidth, 'the columns do not fit').to.be.greaterThan(scroller.clientWidth);
      const row = rowFor(table, 'pending-old')!;
      tokenInput(row)!.focus(); // the browser scrolls the input into view, sideways
      await nextFrame();
      expect(scroller.scrollLeft).to.be.greaterThan(0);
      const box = scroller.getBoundingClientRect();
      const id = row.querySelector<HTMLElement>('[part~=id-cell]')!.getBoundingClientRect();
      expect(id.left - box.left).to.be.within(0, 2); // (the border)
      const idHeader = root(table).querySelector<HTMLElement>('[role=columnheader]')!.getBoundingClientRect();
      expect(idHeader.left - box.left).to.be.within(0, 2);
      // over the cells that scroll under it: opaque, as the row
      const cell = getComputedStyle(row.querySelector('[part~=id-cell]')!).backgroundColor;
      expect(cell).to.equal(getComputedStyle(row).backgroundColor);
      expect(cell).to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('stacks each row as a card at 375 px: Accept and the token input are within the table, nothing scrolls sideways', async () => {
      const table = await mount(memory());
      table.style.width = '375px';
      await nextFrame();
      const scroller = part(table, 'table')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      const box = scroller.getBoundingClientRect();
      const row = rowFor(table, 'pending-old')!;
      for (const control of [button(row, 'Accept pending-old')!, tokenInput(row)!, button(row, 'Remove pending-old')!]) {
        const r = control.getBoundingClientRect();
        expect(r.width, accessibleName(control)).to.be.greaterThan(0);
        expect(r.left, accessibleName(control)).to.be.at.least(box.left);
        expect(r.right, accessibleName(control)).to.be.at.most(box.right);
      }
      // the column headers stay (for screen readers) but take no room; each cell shows its column's name
      expect(part(table, 'header')!.getBoundingClientRect().height).to.be.at.most(1);
      expect(getComputedStyle(row.querySelector('[part~=date-cell]')!, '::before').content).to.contain('Creation date');
      await expect(table).to.be.accessible();
    });

    it('shows the column names in the cells to the eyes only: the cells keep their text, the names have empty alternative text', async () => {
      const table = await mount(memory());
      table.style.width = '375px';
      await nextFrame();
      const row = rowFor(table, 'waiting-old')!;
      const content = getComputedStyle(row.querySelector('[part~=group-cell]')!, '::before').content;
      expect(content).to.match(/^"Group" \/ ""$/);
      expect(row.querySelector('[part~=group-cell]')!.textContent.trim()).to.equal('g-1');
      expect(headers(table)).to.deep.equal(['Device ID', 'Status', 'Creation date', 'Group', 'Actions']);
      expect(row.getAttribute('role')).to.equal('row');
      expect([...row.children].map((cell) => cell.getAttribute('role'))).to.deep.equal(['cell', 'cell', 'cell', 'cell', 'cell']);
      // a request without a group: no lone "Group" label, but still a cell in its place
      const noGroup = rowFor(table, 'pending-old')!.querySelector('[part~=group-cell]')!;
      expect(getComputedStyle(noGroup, '::before').content).to.equal('none');
      expect(noGroup.getBoundingClientRect().height).to.equal(0);
      expect(noGroup.getAttribute('role')).to.equal('cell');
    });

    it('lays the rows out as columns again when the element is wide', async () => {
      const table = await mount(memory());
      table.style.width = '1000px';
      await nextFrame();
      expect(part(table, 'header')!.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(rowFor(table, 'pending-old')!).display).to.equal('grid');
    });
  });

  describe('lazily loaded parts', () => {
    it('says so when the actions cannot be loaded', async () => {
      const load = tableChunks.actions;
      tableChunks.actions = () => Promise.reject(new Error('offline'));
      const log = console.error;
      console.error = () => undefined;
      try {
        const table = await mount(memory());
        button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
        await waitUntil(() => part(table, 'notice'), 'notice');
        expect(part(table, 'notice')!.textContent).to.contain('Part of the table could not be loaded. Check the connection, then try again.');
        expect(root(table).querySelector('dialog'), 'no confirmation without the actions').to.equal(null);
        await expect(table).to.be.accessible();
      } finally {
        tableChunks.actions = load;
        console.error = log;
      }
    });

    it('says so when the virtualizer cannot be loaded, shows the first rows of a long list, and Reload tries again', async () => {
      await withoutVirtualizer(async (attempts) => {
        const table = await mount(new MemoryAdapter({ requests: longList() }));
        await waitUntil(() => part(table, 'first-rows-note'), 'the note');
        expect(part(table, 'first-rows-note')!.textContent).to.contain(
          'Only the first 15 of 150 requests are shown: part of the table could not be loaded. Check the connection, then try again.',
        );
        expect(rows(table).length).to.equal(15);
        // renders do not try again on their own (offline, that would be a loop of failures)
        part(table, 'search')!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await table.updateComplete;
        expect(attempts.count()).to.equal(1);
        attempts.restore();
        table.reload();
        const body = part(table, 'body')!;
        await waitUntil(() => body.style.contain !== '', 'virtualized after Reload', { timeout: 5000 });
        const scroller = part(table, 'table')!;
        scroller.scrollTop = scroller.scrollHeight;
        await waitUntil(() => rows(table).some((r) => r.getAttribute('aria-rowindex') === '151'), 'the last row reachable');
      });
    });

    it('announces the note above the first rows when it is shown, with the count of then (the virtualizer failed while the list was short)', async () => {
      await withoutVirtualizer(async (attempts) => {
        const table = await fixture<DevRegRegistrationTable>(
          html`<devreg-registration-table page-size="50" .adapter=${new MemoryAdapter({ requests: longList(), latency: 300 })}></devreg-registration-table>`,
        );
        const said: string[] = [];
        const region = () => root(table).querySelector('[role=status][aria-live=polite]')!;
        await waitUntil(() => root(table).querySelector('[role=status][aria-live=polite]'), 'the live region');
        new MutationObserver(() => said.push(region().textContent.trim())).observe(region(), { childList: true, characterData: true, subtree: true });
        // the prefetch while pages arrive fails when the list has 50 rows, all of them shown
        await waitUntil(() => attempts.count() === 1, 'the prefetch failed', { timeout: 5000 });
        expect(rows(table).length).to.be.at.most(100);
        expect(part(table, 'first-rows-note'), 'no note: every row is shown').to.equal(null);
        await waitUntil(() => part(table, 'first-rows-note'), 'the note once the list is long', { timeout: 5000 });
        await waitUntil(() => said.some((t) => t.startsWith('Only the first')), 'announced');
        expect(said.filter((t) => t.startsWith('Only the first'))).to.deep.equal([
          'Only the first 15 of 150 requests are shown: part of the table could not be loaded. Check the connection, then try again.',
        ]);
      });
    });

    it('renders on while the virtualizer loads, live changes included', async () => {
      const load = tableChunks.virtualizer;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      tableChunks.virtualizer = () => held.then(load);
      try {
        const requests = Array.from({ length: 150 }, (_, i) => ({ id: `dev-${String(i).padStart(3, '0')}` }));
        const adapter = new MemoryAdapter({ requests });
        const table = await mount(adapter);
        await adapter.create({ id: 'fresh-one' }); // a live change before the virtualizer is there
        await waitUntil(() => part(table, 'table')!.getAttribute('aria-rowcount') === '152', 'the live change shown');
        type(part(table, 'search') as HTMLInputElement, 'fresh');
        await waitUntil(() => ids(table).join() === 'fresh-one', 'the search applied');
      } finally {
        release();
        tableChunks.virtualizer = load;
      }
    });
  });

  // WCAG 2.4.3: a control that is busy keeps the focus (aria-disabled), and the focus never falls to <body> when its action ends
  describe('keyboard focus during and after an action', () => {
    it('Enter on Accept of a request whose device sent a token, none typed: the focus stays on Accept while it runs, then goes to the token field the error describes', async () => {
      const adapter = memory();
      const held = hold(adapter, 'accept');
      const table = await mount(adapter);
      const accept = button(rowFor(table, 'pending-old')!, 'Accept pending-old')!;
      accept.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => held.calls() === 1, 'accepting');
      await table.updateComplete;
      await nextFrame();
      expect(focused(), 'while it runs').to.equal('BUTTON Accept pending-old');
      expect(accept.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(accept).opacity, 'looks disabled').to.equal('0.55');
      await sendKeys({ press: 'Enter' }); // ignored while busy
      await table.updateComplete;
      held.release();
      const row = () => rowFor(table, 'pending-old')!;
      await waitUntil(() => row().querySelector('[part~=row-error]'), 'the error');
      await waitUntil(() => deepActive() === tokenInput(row()), 'the focus on the token field');
      expect(tokenInput(row())!.getAttribute('aria-describedby')).to.equal(row().querySelector('[part~=row-error]')!.id);
      expect(accept.getAttribute('aria-disabled')).to.equal('false');
      expect(held.calls(), 'the second Enter was ignored').to.equal(1);
    });

    it('Enter in the token field with a wrong token: the focus stays in the field; when the attempts block the request, "Register again" gets it', async () => {
      const table = await mount(memory({ maxTokenAttempts: 2 }));
      const input = tokenInput(rowFor(table, 'pending-old')!)!;
      type(input, 'wrong');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => rowFor(table, 'pending-old')!.querySelector('[part~=row-error]'), 'the first error');
      await table.updateComplete;
      await nextFrame();
      expect(deepActive() === tokenInput(rowFor(table, 'pending-old')!), `the token field after the first attempt, not ${focused()}`).to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => badgeStatus(rowFor(table, 'pending-old')!) === 'BLOCKED', 'blocked');
      await waitUntil(
        () => deepActive() === button(rowFor(table, 'pending-old')!, 'Register again pending-old'),
        'the focus on Register again',
      );
      await nextFrame();
      expect(focused()).to.equal('BUTTON Register again pending-old');
      expect(rowFor(table, 'pending-old')!.querySelector('[part~=row-error]')!.textContent).to.match(/blocked/i);
    });

    it('keeps the focus in a row whose focused control a live change takes away: the row\'s first action gets it', async () => {
      const adapter = memory();
      const table = await mount(adapter);
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'half');
      await adapter.accept('pending-old', { securityToken: 'secret-1' }); // someone else
      await waitUntil(() => badgeStatus(rowFor(table, 'pending-old')!) === 'ACCEPTED', 'accepted elsewhere');
      await waitUntil(() => deepActive() === button(rowFor(table, 'pending-old')!, 'Remove pending-old'), 'the focus on Remove');
    });

    it('Enter on "Register again": the focus stays on it while it runs, then goes to the row\'s Remove button', async () => {
      const adapter = memory();
      const held = hold(adapter, 'create');
      const table = await mount(adapter);
      const again = button(rowFor(table, 'blocked')!, 'Register again blocked')!;
      again.focus();
      const registered = oneEvent(table, 'devreg-registered');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => held.calls() === 1, 'removed, creating again');
      await table.updateComplete;
      await nextFrame();
      expect(focused(), 'while it runs').to.equal('BUTTON Register again blocked');
      expect(button(rowFor(table, 'blocked')!, 'Remove blocked')!.getAttribute('aria-disabled')).to.equal('true');
      held.release();
      await registered;
      await waitUntil(() => deepActive() === button(rowFor(table, 'blocked')!, 'Remove blocked'), 'the focus on Remove');
      expect(badgeStatus(rowFor(table, 'blocked')!)).to.equal('WAITING_FOR_CONNECTION');
    });

    it('keeps the focus on "Register again" when the removal fails, with the error on the row', async () => {
      const adapter = memory();
      adapter.setFailure('remove', new RegistrationError({ status: 403, code: 'forbidden', message: 'No admin' }));
      const held = hold(adapter, 'remove');
      const table = await mount(adapter);
      button(rowFor(table, 'blocked')!, 'Register again blocked')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => held.calls() === 1, 'removing');
      await table.updateComplete;
      await nextFrame();
      expect(focused(), 'while it runs').to.equal('BUTTON Register again blocked');
      held.release();
      await waitUntil(() => rowFor(table, 'blocked')!.querySelector('[part~=row-error]'), 'the error');
      await table.updateComplete;
      await nextFrame();
      expect(focused()).to.equal('BUTTON Register again blocked');
    });

    it("says the user's own acceptance and removal once, not also as the live change they made", async () => {
      // the adapter pushes the change before it answers: it is said in the live change's words
      const adapter = memory();
      const table = await mount(adapter);
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'secret-1');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => announcement(table).includes('pending-old'), 'announced');
      expect(announcement(table)).to.equal('Device pending-old is now accepted.');
      const remove = button(rowFor(table, 'waiting-old')!, 'Remove waiting-old')!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(table), 'dialog open');
      button(dialog(table), 'Remove registration')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => announcement(table).includes('waiting-old'), 'announced');
      expect(announcement(table)).to.equal('Device waiting-old was removed from the list.');
      // nothing of them is said later either: the next live change is said alone
      await adapter.create({ id: 'later' });
      await waitUntil(() => announcement(table).includes('later'), 'the next change');
      expect(announcement(table)).to.equal('Device later was added to the list.');
    });

    it("says the user's own acceptance and removal in its own words when the adapter does not push them", async () => {
      const table = await mount(memory({ without: ['subscribe'] }));
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'secret-1');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => announcement(table).includes('pending-old'), 'announced');
      expect(announcement(table)).to.equal('Device pending-old accepted.');
      button(rowFor(table, 'waiting-old')!, 'Remove waiting-old')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(table), 'dialog open');
      button(dialog(table), 'Remove registration')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => announcement(table).includes('waiting-old'), 'announced');
      expect(announcement(table)).to.equal('Device waiting-old removed.');
    });
  });

  describe('keyboard and language', () => {
    it('reaches every row action with Tab', async () => {
      const table = await mount(new MemoryAdapter({ requests: [{ id: 'only', status: 'PENDING_ACCEPTANCE' }] }));
      const focusable = [...root(table).querySelectorAll<HTMLElement>('[part~=row] input, [part~=row] button')];
      expect(focusable.map((el) => el.getAttribute('part'))).to.deep.equal([
        'token-input',
        'token-toggle',
        'accept-button',
        'remove-button',
      ]);
      focusable[0].focus();
      for (const expected of focusable.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(root(table).activeElement).to.equal(expected);
      }
    });

    it('speaks German', async () => {
      await setDevRegLocale('de');
      const table = await mount(memory());
      expect(root(table).querySelector('[role=table]')!.getAttribute('aria-label')).to.equal('Geräteregistrierungsanfragen');
      expect(headers(table)).to.deep.equal(['Geräte-ID', 'Status', 'Erstellungsdatum', 'Gruppe', 'Aktionen']);
      expect(button(rowFor(table, 'pending-old')!, 'pending-old akzeptieren')).to.exist;
      expect(button(rowFor(table, 'blocked')!, 'blocked löschen')).to.exist;
      expect(tokenInput(root(table))).to.equal(null); // the label is German now
      expect(root(table).querySelector('input[aria-label="Sicherheitstoken"]')).to.exist;
      await expect(table).to.be.accessible();
    });

    it('drops its last announcement on a change of language, and does not say it again on the way back', async () => {
      const table = await mount(memory({ without: ['subscribe'] }));
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'secret-1');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      await waitUntil(() => announcement(table).includes('Device pending-old accepted.'), 'announced');
      await setDevRegLocale('de');
      await table.updateComplete;
      expect(announcement(table)).to.equal('');
      await setDevRegLocale('en');
      await table.updateComplete;
      expect(announcement(table)).to.equal('');
    });

    it('says what went wrong on a row, in a notice and in the remove dialog in the language of the moment', async () => {
      const adapter = memory({ without: ['subscribe'] });
      adapter.setFailure('remove', (id) => (id === 'blocked' ? new RegistrationError({ status: 403, code: 'forbidden', message: '' }) : undefined));
      const table = await mount(adapter);
      const rowError = (id: string) => rowFor(table, id)!.querySelector('[part~=row-error]')?.textContent.trim();
      // a wrong token, a request someone else removed, a refused removal
      type(tokenInput(rowFor(table, 'pending-old')!)!, 'wrong');
      button(rowFor(table, 'pending-old')!, 'Accept pending-old')!.click();
      await waitUntil(() => rowError('pending-old'), 'token mismatch shown');
      expect(rowError('pending-old')).to.match(/^The security token does not match the device's token\./);
      await adapter.remove('accepted-new'); // someone else
      button(rowFor(table, 'accepted-new')!, 'Remove accepted-new')!.click();
      await waitUntil(() => dialogOpen(table), 'dialog open');
      button(dialog(table), 'Remove registration')!.click();
      await waitUntil(() => part(table, 'notice'), 'the notice');
      button(rowFor(table, 'blocked')!, 'Remove blocked')!.click();
      await waitUntil(() => dialogOpen(table), 'dialog open again');
      button(dialog(table), 'Remove registration')!.click();
      await waitUntil(() => dialog(table).querySelector('[part~=dialog-error]'), 'the removal refused');

      await setDevRegLocale('de');
      await table.updateComplete;
      expect(rowError('pending-old')).to.match(/^Das Sicherheitstoken stimmt nicht mit dem des Geräts überein\./);
      expect(part(table, 'notice')!.textContent).to.contain('Die Registrierungsanfrage für accepted-new existiert nicht mehr.');
      expect(dialog(table).querySelector('[part~=dialog-error]')!.textContent).to.contain('Sie haben keine Berechtigung');
    });
  });
});
