import './helpers/lit-warnings.js';
import { hold } from './helpers/hold.js';
import { root, text } from './helpers/dom.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { CallOptions, CreateRequest, DeviceGroup } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { DevRegSingleWizard, SINGLE_WIZARD_PARTS } from '../src/components/single-wizard/single-wizard.js';
import { splitDeviceIds } from '../src/components/single-wizard/device-row.js';
import { mapConcurrent } from '../src/controllers/parallel-queue.js';
import '../src/define/single-wizard.js';
import type { DevRegAcceptedEvent } from '../src/events/devreg-accepted.js';
import type { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import { WizardStateChangeEvent } from '../src/internal/wizard-state.js';

const groups: DeviceGroup[] = [
  { id: '101', name: 'Berlin' },
  { id: '102', name: 'Bern' },
  { id: '103', name: 'Hamburg' },
];

const networkError = (id: string) =>
  new RegistrationError({ status: 0, code: 'network', message: `Failed to fetch (${id})` });

async function setup(options: MemoryAdapterOptions = {}, searchDelay = 20) {
  const adapter = new MemoryAdapter({ groups, ...options });
  const el = await fixture<DevRegSingleWizard>(
    html`<devreg-single-wizard .adapter=${adapter} search-delay=${searchDelay} base-url="https://t100.example.com"></devreg-single-wizard>`,
  );
  await el.updateComplete;
  return { el, adapter };
}

const idInputs = (el: DevRegSingleWizard) => [...root(el).querySelectorAll<HTMLInputElement>('input[part~=device-id]')];
const groupInputs = (el: DevRegSingleWizard) => [...root(el).querySelectorAll<HTMLInputElement>('input[role=combobox]')];
const part = (el: DevRegSingleWizard, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`);

/** The accessible name of a button: its aria-label, else its text. */
const nameOf = (b: HTMLElement) => b.getAttribute('aria-label') ?? text(b);
function buttons(el: DevRegSingleWizard): HTMLButtonElement[] {
  return [...root(el).querySelectorAll('button')];
}
function button(el: DevRegSingleWizard, name: string): HTMLButtonElement {
  const found = buttons(el).find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button "${name}" in [${buttons(el).map(nameOf).join(', ')}]`);
  return found;
}
function labelOf(el: DevRegSingleWizard, input: HTMLElement): string {
  const by = input.getAttribute('aria-labelledby');
  if (by) return text(root(el).getElementById(by));
  return text(root(el).querySelector(`label[for="${input.id}"]`));
}
function describedBy(el: DevRegSingleWizard, input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root(el).getElementById(id)))
    .join(' ');
}

async function type(el: DevRegSingleWizard, input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function key(el: DevRegSingleWizard, target: HTMLElement, name: string) {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  await el.updateComplete;
  return event;
}

async function paste(el: DevRegSingleWizard, input: HTMLInputElement, value: string) {
  input.focus();
  const data = new DataTransfer();
  data.setData('text/plain', value);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
  input.dispatchEvent(event);
  await el.updateComplete;
  return event;
}

async function submit(el: DevRegSingleWizard) {
  button(el, 'Register').click();
  await el.updateComplete;
}

function nextEvent<K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, type: K) {
  return new Promise<GlobalEventHandlersEventMap[K]>((resolve) =>
    el.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

async function registerAndWait(el: DevRegSingleWizard): Promise<DevRegRegisteredEvent> {
  const registered = nextEvent(el, 'devreg-registered');
  await submit(el);
  const event = await registered;
  await el.updateComplete;
  return event;
}

const results = (el: DevRegSingleWizard) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~=results] > li')].map((li) => text(li));

/** What has the focus (through shadow roots), as a failing assertion should say it: `BODY`, or the tag and the accessible name. */
function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !active || active === document.body ? 'BODY' : `${active.tagName} ${nameOf(active as HTMLElement)}`;
}

/** After the next frame: when the browser has dropped the focus of a control that was disabled. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const liveRegion = (el: DevRegSingleWizard) => root(el).querySelector<HTMLElement>('[role=status][aria-live=polite]')!;

function listbox(el: DevRegSingleWizard, input: HTMLInputElement) {
  return root(el).getElementById(input.getAttribute('aria-controls')!)!;
}
const optionNames = (el: DevRegSingleWizard, input: HTMLInputElement) =>
  [...listbox(el, input).querySelectorAll('[role=option]')].map((o) => text(o));

function connectEntry(el: DevRegSingleWizard, id: string) {
  return root(el).querySelector<HTMLElement>(`[part~=connect-device][data-id="${id}"]`)!;
}
function badgeText(entry: HTMLElement) {
  const badge = entry.querySelector('devreg-status-badge');
  return badge ? text(badge.shadowRoot) : text(entry.querySelector('[part~=connect-status]'));
}

describe('devreg-single-wizard', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('is registered under its tag', () => {
    expect(customElements.get('devreg-single-wizard')).to.equal(DevRegSingleWizard);
  });

  it('renders an accessible form with one row, its heading and WizardState defaults', async () => {
    const { el } = await setup();
    expect(el.heading).to.equal('Register devices');
    expect(text(part(el, 'heading'))).to.equal('Register devices');
    expect(el.hasUnsavedInput).to.equal(false);
    expect(el.busy).to.equal(false);
    expect(el.bootstrapUser).to.equal('management/devicebootstrap');
    const [id] = idInputs(el);
    expect(labelOf(el, id)).to.equal('Device ID');
    expect(id.required).to.equal(true);
    const [group] = groupInputs(el);
    expect(labelOf(el, group)).to.equal('Group');
    expect(group.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('select')).to.equal(null, 'no Tenant outside a management tenant');
    expect(buttons(el).map(nameOf)).to.deep.equal(['Add device', 'Register']);
    await expect(el).to.be.accessible();
  });

  it('registers one device, shows the result and emits devreg-registered once', async () => {
    const { el, adapter } = await setup();
    let count = 0;
    el.addEventListener('devreg-registered', () => count++);
    await type(el, idInputs(el)[0], '  dev-1  ');
    const event = await registerAndWait(el);
    expect(event.detail).to.deep.equal({ ids: ['dev-1'], failed: [] });
    expect(event.bubbles && event.composed).to.equal(true);
    expect((await adapter.get('dev-1'))?.status).to.equal('WAITING_FOR_CONNECTION');
    expect(results(el)).to.deep.equal(['✓ dev-1 Registered']);
    expect(text(root(el).querySelector('#result-heading'))).to.equal('Device registered.');
    expect(root(el).activeElement?.id).to.equal('result-heading');
    expect(buttons(el).map(nameOf)).to.not.include('Fix errors');
    await aTimeout(0);
    expect(count).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('wraps a long device ID in the result and its connect panel instead of widening the wizard', async () => {
    const { el } = await setup();
    el.style.cssText = 'display: block; width: 360px';
    const long = `dev-${'x'.repeat(400)}`;
    await type(el, idInputs(el)[0], long);
    await registerAndWait(el);
    await el.updateComplete;
    expect(results(el)[0]).to.contain(long);
    const base = root(el).firstElementChild as HTMLElement;
    expect(base.scrollWidth, 'nothing wider than the wizard').to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(360);
  });

  it('sends nothing and says why when the result step cannot be loaded; a later submit works', async () => {
    const load = SINGLE_WIZARD_PARTS.result;
    const failed = new TypeError('Failed to fetch dynamically imported module');
    SINGLE_WIZARD_PARTS.result = () => Promise.reject(failed);
    const logged: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args[1]);
    try {
      const { el, adapter } = await setup();
      await type(el, idInputs(el)[0], 'lp-1');
      await submit(el);
      await waitUntil(() => part(el, 'notice'), 'the notice appears');
      const sentence = 'Nothing was sent: part of this form could not be loaded. Check the connection, then try again.';
      expect(text(part(el, 'notice'))).to.equal(sentence);
      await waitUntil(() => text(liveRegion(el)) === sentence, 'it is announced');
      expect(adapter.peek()).to.deep.equal([]);
      expect(idInputs(el)[0].value).to.equal('lp-1', 'the input is kept');
      expect(el.busy).to.equal(false);
      expect(el.hasUnsavedInput).to.equal(true);
      expect(root(el).activeElement).to.equal(part(el, 'register-button'));
      expect(logged).to.deep.equal([failed]);
      await expect(el).to.be.accessible();
      SINGLE_WIZARD_PARTS.result = load;
      const event = await registerAndWait(el);
      expect(event.ids).to.deep.equal(['lp-1']);
      expect(results(el)).to.deep.equal(['✓ lp-1 Registered']);
    } finally {
      SINGLE_WIZARD_PARTS.result = load;
      console.error = consoleError;
    }
  });

  it('adds rows with "Add device", focuses the new Device ID and removes rows', async () => {
    const { el, adapter } = await setup();
    await type(el, idInputs(el)[0], 'a-1');
    button(el, 'Add device').click();
    await el.updateComplete;
    await el.updateComplete;
    const inputs = idInputs(el);
    expect(inputs.length).to.equal(2);
    expect(root(el).activeElement).to.equal(inputs[1]);
    expect(inputs.map((i) => labelOf(el, i))).to.deep.equal(['Device ID', 'Device ID']);
    expect(text(inputs[1].closest('fieldset')!.querySelector('legend'))).to.equal('Device 2');
    expect(buttons(el).map(nameOf)).to.include.members(['Remove device 1', 'Remove device 2']);
    await type(el, inputs[1], 'a-2');
    button(el, 'Add device').click();
    await el.updateComplete;
    expect(idInputs(el).length).to.equal(3);
    button(el, 'Remove device 3').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(idInputs(el).length).to.equal(2);
    expect(root(el).activeElement).to.equal(idInputs(el)[1]);
    await expect(el).to.be.accessible();
    const event = await registerAndWait(el);
    expect([...event.ids].sort()).to.deep.equal(['a-1', 'a-2']);
    expect(text(root(el).querySelector('#result-heading'))).to.equal('All 2 devices registered.');
    expect(adapter.peek().map((r) => r.id).sort()).to.deep.equal(['a-1', 'a-2']);
  });

  it('makes one row per pasted ID (lines, commas, semicolons), without blanks or duplicates', async () => {
    const { el } = await setup();
    const event = await paste(el, idInputs(el)[0], 'p-1\r\np-2, p-3;;\n\n p-2 ;p-4\n');
    expect(event.defaultPrevented).to.equal(true);
    expect(idInputs(el).map((i) => i.value)).to.deep.equal(['p-1', 'p-2', 'p-3', 'p-4']);
    await waitUntil(() => text(liveRegion(el)) === '4 device IDs pasted, one row each. 1 repeated device ID was left out.');
    // pasting again skips IDs already in other rows
    idInputs(el)[3].select();
    await paste(el, idInputs(el)[3], 'p-1;p-5');
    expect(idInputs(el).map((i) => i.value)).to.deep.equal(['p-1', 'p-2', 'p-3', 'p-5']);
    await waitUntil(() => text(liveRegion(el)) === '1 device ID pasted. 1 repeated device ID was left out.');
    // a single ID pastes normally
    const single = await paste(el, idInputs(el)[0], 'x');
    expect(single.defaultPrevented).to.equal(false);
    expect(splitDeviceIds('a\tb,,a;c')).to.deep.equal({ ids: ['a', 'b', 'c'], given: 4 });
    const registered = await registerAndWait(el);
    expect(registered.ids.length).to.equal(4);
  });

  it('reports an empty Device ID next to the field, announces it and focuses it', async () => {
    const { el, adapter } = await setup();
    let created = 0;
    adapter.setFailure('create', () => {
      created++;
      return undefined;
    });
    await submit(el);
    await el.updateComplete;
    const [input] = idInputs(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, input)).to.equal('Enter a device ID.');
    expect(root(el).activeElement).to.equal(input);
    await waitUntil(() => text(liveRegion(el)) === '1 problem: please correct the marked field.');
    expect(created).to.equal(0);
    await expect(el).to.be.accessible();
    // fixing the field clears its error
    await type(el, input, 'ok-1');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('reports a duplicate ID within the form and focuses the first invalid field', async () => {
    const { el, adapter } = await setup();
    await paste(el, idInputs(el)[0], 'd-1\nd-2');
    button(el, 'Add device').click();
    await el.updateComplete;
    await type(el, idInputs(el)[2], ' d-1 ');
    button(el, 'Add device').click();
    await el.updateComplete;
    await submit(el);
    await el.updateComplete;
    const inputs = idInputs(el);
    expect(inputs.map((i) => i.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', 'true', 'true']);
    expect(describedBy(el, inputs[2])).to.equal('This ID is already entered for device 1.');
    expect(describedBy(el, inputs[3])).to.equal('Enter a device ID.');
    expect(root(el).activeElement).to.equal(inputs[2]);
    await waitUntil(() => text(liveRegion(el)) === '2 problems: please correct the marked fields.');
    expect(adapter.peek()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the server duplicate error and "Fix errors" brings the row back', async () => {
    const { el } = await setup({ requests: [{ id: 'taken' }] });
    await paste(el, idInputs(el)[0], 'taken\nfree');
    const event = await registerAndWait(el);
    expect(event.detail.ids).to.deep.equal(['free']);
    expect(event.detail.failed).to.deep.equal([{ id: 'taken', message: 'This device ID is already registered.' }]);
    expect(results(el)).to.deep.equal([
      '✕ taken Failed: This device ID is already registered.',
      '✓ free Registered',
    ]);
    expect(text(root(el).querySelector('#result-heading'))).to.equal('1 of 2 devices registered, 1 failed.');
    await expect(el).to.be.accessible();
    button(el, 'Fix errors').click();
    await el.updateComplete;
    await el.updateComplete;
    const inputs = idInputs(el);
    expect(inputs.map((i) => i.value)).to.deep.equal(['taken']);
    expect(describedBy(el, inputs[0])).to.equal('This device ID is already registered.');
    expect(inputs[0].getAttribute('aria-invalid')).to.equal('true', 'the refused ID is marked invalid, as a check of the form marks it');
    expect(root(el).activeElement).to.equal(inputs[0]);
    expect(el.hasUnsavedInput).to.equal(true);
  });

  it('reports a network failure in the middle, then "Fix errors" holds only that row (with its group) and a retry works', async () => {
    const { el, adapter } = await setup();
    adapter.setFailure('create', (request) => ((request as CreateRequest).id === 'n-2' ? networkError('n-2') : undefined));
    await paste(el, idInputs(el)[0], 'n-1\nn-2\nn-3');
    // give n-2 a group
    const group = groupInputs(el)[1];
    await type(el, group, 'Ham');
    await waitUntil(() => optionNames(el, group).length === 1);
    await key(el, group, 'ArrowDown');
    await key(el, group, 'Enter');
    expect(group.value).to.equal('Hamburg');
    const event = await registerAndWait(el);
    expect(event.detail.ids).to.have.members(['n-1', 'n-3']);
    expect(event.detail.failed).to.deep.equal([
      { id: 'n-2', message: 'The server cannot be reached. Check the connection and try again.' },
    ]);
    expect(results(el)[1]).to.equal('✕ n-2 Failed: The server cannot be reached. Check the connection and try again.');
    button(el, 'Fix errors').click();
    await el.updateComplete;
    expect(idInputs(el).map((i) => i.value)).to.deep.equal(['n-2']);
    expect(idInputs(el)[0].getAttribute('aria-invalid')).to.equal('false', 'a dropped connection is no fault of the ID');
    expect(groupInputs(el)[0].value).to.equal('Hamburg');
    adapter.setFailure('create', undefined);
    const retry = await registerAndWait(el);
    expect(retry.detail).to.deep.equal({ ids: ['n-2'], failed: [] });
    expect((await adapter.get('n-2'))?.groupId).to.equal('103');
  });

  it('checks a create whose answer was lost with get() and reports it registered (no false duplicate)', async () => {
    const { el, adapter } = await setup();
    const create = adapter.create.bind(adapter);
    adapter.create = async (request: CreateRequest, options?: CallOptions) => {
      const created = await create(request, options);
      if (request.id === 'lost') throw networkError('lost');
      return created;
    };
    await paste(el, idInputs(el)[0], 'lost;kept');
    const event = await registerAndWait(el);
    expect(event.detail).to.deep.equal({ ids: ['lost', 'kept'], failed: [] });
    expect(results(el)).to.deep.equal(['✓ lost Registered', '✓ kept Registered']);
  });

  it('a create the browser silently sent twice (first answer lost, then 409): registered, no false duplicate', async () => {
    const { el, adapter } = await setup({ requests: [{ id: 'old-one', creationTime: '2020-01-01T00:00:00.000Z' }] });
    const create = adapter.create.bind(adapter);
    adapter.create = async (request: CreateRequest, options?: CallOptions) => {
      await aTimeout(5);
      await create(request, options); // the first send, whose answer never arrived
      return create(request, options); // the browser's own resend: 409
    };
    await paste(el, idInputs(el)[0], 'resent;old-one');
    const event = await registerAndWait(el);
    expect(event.detail.ids).to.deep.equal(['resent']);
    // an ID registered long before is still a duplicate
    expect(event.detail.failed).to.deep.equal([{ id: 'old-one', message: 'This device ID is already registered.' }]);
  });

  it('treats a duplicate after a lost answer as registered when the adapter has no get()', async () => {
    const { el, adapter } = await setup({ without: ['get'] });
    const create = adapter.create.bind(adapter);
    let first = true;
    adapter.create = async (request: CreateRequest, options?: CallOptions) => {
      const created = await create(request, options);
      if (first) {
        first = false;
        throw networkError(request.id);
      }
      return created;
    };
    await type(el, idInputs(el)[0], 'noget-1');
    const failed = await registerAndWait(el);
    expect(failed.detail.failed.map((f) => f.id)).to.deep.equal(['noget-1']);
    button(el, 'Fix errors').click();
    await el.updateComplete;
    const retry = await registerAndWait(el);
    expect(retry.detail).to.deep.equal({ ids: ['noget-1'], failed: [] });
    expect(results(el)).to.deep.equal(['✓ noget-1 Registered']);
  });

  it('re-checks an unconfirmed lost create before sending it again', async () => {
    const { el, adapter } = await setup();
    const create = adapter.create.bind(adapter);
    adapter.create = async (request: CreateRequest, options?: CallOptions) => {
      await create(request, options);
      throw networkError(request.id);
    };
    // get() fails too: the outcome is unknown
    adapter.setFailure('get', networkError('get'));
    await type(el, idInputs(el)[0], 'unsure');
    const first = await registerAndWait(el);
    expect(first.detail.failed.map((f) => f.id)).to.deep.equal(['unsure']);
    button(el, 'Fix errors').click();
    await el.updateComplete;
    adapter.setFailure('get', undefined);
    const second = await registerAndWait(el);
    expect(second.detail).to.deep.equal({ ids: ['unsure'], failed: [] });
    expect(adapter.peek().map((r) => r.id)).to.deep.equal(['unsure']);
  });

  it('does not offer "Register" to a user without the permission', async () => {
    const { el } = await setup({ permissions: { read: true, admin: false } });
    await waitUntil(() => part(el, 'notice'));
    expect(text(part(el, 'notice'))).to.equal('You do not have permission to register devices.');
    expect(button(el, 'Register').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reports a missing permission from the server', async () => {
    const { el } = await setup({
      failures: { create: new RegistrationError({ status: 403, code: 'forbidden', message: 'Access is denied' }) },
    });
    const errors: string[] = [];
    el.addEventListener('devreg-error', (e) => errors.push(`${e.operation}:${e.error.code}`));
    await type(el, idInputs(el)[0], 'f-1');
    const event = await registerAndWait(el);
    expect(event.detail.ids).to.deep.equal([]);
    expect(event.detail.failed[0].message).to.equal('You do not have permission for this action. (Access is denied)');
    expect(results(el)[0]).to.match(/^✕ f-1 Failed: You do not have permission/);
    expect(errors).to.deep.equal(['create:forbidden']);
    expect(part(el, 'connect')).to.equal(null);
  });

  it('shows progress and is busy while sending, firing WizardStateChangeEvent on each change', async () => {
    const { el, adapter } = await setup({ latency: 60 });
    const states: string[] = [];
    el.addEventListener(WizardStateChangeEvent.eventName, (e) => {
      expect(e).to.be.instanceOf(WizardStateChangeEvent);
      states.push(`${el.hasUnsavedInput}/${el.busy}`);
    });
    await type(el, idInputs(el)[0], 's-1');
    expect(states).to.deep.equal(['true/false']);
    await paste(el, idInputs(el)[0], 's-1\ns-2\ns-3\ns-4\ns-5\ns-6');
    let inFlight = 0;
    let maxInFlight = 0;
    const create = adapter.create.bind(adapter);
    adapter.create = async (request: CreateRequest, options?: CallOptions) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        return await create(request, options);
      } finally {
        inFlight--;
      }
    };
    const registered = oneEvent(el, 'devreg-registered');
    await submit(el);
    expect(el.busy).to.equal(true);
    const bar = root(el).querySelector<HTMLProgressElement>('progress')!;
    expect(bar.max).to.equal(6);
    expect(text(root(el).getElementById(bar.getAttribute('aria-labelledby')!))).to.equal(
      'Registering devices: 0 of 6 done.',
    );
    await expect(el).to.be.accessible();
    await waitUntil(() => bar.value >= 4);
    await registered;
    await el.updateComplete;
    expect(maxInFlight).to.equal(4);
    expect(el.busy).to.equal(false);
    expect(el.hasUnsavedInput).to.equal(false);
    expect(states).to.deep.equal(['true/false', 'true/true', 'false/false']);
  });

  it('says so when there is no adapter', async () => {
    const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard></devreg-single-wizard>`);
    expect(text(part(el, 'notice'))).to.equal('No adapter is configured: devices cannot be registered.');
    expect(button(el, 'Register').disabled).to.equal(true);
    expect(groupInputs(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('"Close" dispatches devreg-close', async () => {
    const { el } = await setup();
    await type(el, idInputs(el)[0], 'c-1');
    await registerAndWait(el);
    setTimeout(() => button(el, 'Close').click());
    const event = await oneEvent(el, 'devreg-close');
    expect(event.composed).to.equal(true);
  });

  describe('group combobox', () => {
    it('debounces the search and aborts the previous request', async () => {
      const { el, adapter } = await setup({}, 250);
      const calls: { text: string; signal?: AbortSignal }[] = [];
      const search = adapter.searchGroups.bind(adapter);
      adapter.searchGroups = (t: string, options?: CallOptions) => {
        calls.push({ text: t, signal: options?.signal });
        return search(t, options);
      };
      const group = groupInputs(el)[0];
      await type(el, group, 'B');
      await aTimeout(50);
      await type(el, group, 'Be');
      await aTimeout(50);
      await type(el, group, 'Ber');
      await aTimeout(100);
      expect(calls).to.deep.equal([], 'nothing before typing pauses');
      expect(text(part(el, 'group-message'))).to.equal('Searching…');
      await waitUntil(() => calls.length === 1, 'one search after the pause', { timeout: 1000 });
      expect(calls[0].text).to.equal('Ber');
      await waitUntil(() => optionNames(el, group).length === 2);
      expect(optionNames(el, group)).to.deep.equal(['Berlin', 'Bern']);
      expect(group.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();

      // a slow search is aborted when typing goes on
      adapter.setLatency(300);
      await type(el, group, 'Berl');
      await waitUntil(() => calls.length === 2, 'second search', { timeout: 1000 });
      await type(el, group, 'Bern');
      expect(calls[1].signal?.aborted).to.equal(true);
      await waitUntil(() => calls.length === 3, 'third search', { timeout: 1000 });
      await waitUntil(() => optionNames(el, group).join() === 'Bern', 'the latest answer wins', { timeout: 2000 });
    });

    it('is keyboard operable: ArrowDown/ArrowUp move, Enter selects, Escape closes', async () => {
      const { el, adapter } = await setup();
      const group = groupInputs(el)[0];
      await type(el, idInputs(el)[0], 'k-1');
      group.focus();
      await key(el, group, 'ArrowDown');
      expect(group.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => optionNames(el, group).length === 3);
      await key(el, group, 'ArrowDown');
      expect(group.getAttribute('aria-activedescendant')).to.equal(listbox(el, group).querySelectorAll('[role=option]')[0].id);
      await key(el, group, 'ArrowDown');
      await key(el, group, 'ArrowDown');
      await key(el, group, 'ArrowDown');
      const active = root(el).getElementById(group.getAttribute('aria-activedescendant')!)!;
      expect(text(active)).to.equal('Berlin', 'wraps around');
      expect(active.getAttribute('aria-selected')).to.equal('true');
      await key(el, group, 'ArrowUp');
      expect(text(root(el).getElementById(group.getAttribute('aria-activedescendant')!))).to.equal('Hamburg');
      const enter = await key(el, group, 'Enter');
      expect(enter.defaultPrevented).to.equal(true, 'Enter picks instead of submitting');
      expect(group.value).to.equal('Hamburg');
      expect(group.getAttribute('aria-expanded')).to.equal('false');
      expect(group.hasAttribute('aria-activedescendant')).to.equal(false);
      // Escape closes an open popup without leaving the dialog
      await type(el, group, 'Ber');
      expect(group.getAttribute('aria-expanded')).to.equal('true');
      const escape = await key(el, group, 'Escape');
      expect(escape.defaultPrevented).to.equal(true);
      expect(group.getAttribute('aria-expanded')).to.equal('false');
      // typing changed the text: the group must be picked again
      await submit(el);
      await el.updateComplete;
      expect(group.getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(el, group)).to.contain('Choose a group from the list, or clear the field.');
      expect(root(el).activeElement).to.equal(group);
      // Escape on a closed combobox clears it
      await key(el, group, 'Escape');
      expect(group.value).to.equal('');
      const event = await registerAndWait(el);
      expect(event.detail.ids).to.deep.equal(['k-1']);
      expect((await adapter.get('k-1'))?.groupId).to.equal(undefined);
    });

    it('works with the real keyboard inside a modal dialog: Escape closes the popup, not the dialog', async () => {
      const adapter = new MemoryAdapter({ groups });
      const dialog = await fixture<HTMLDialogElement>(
        html`<dialog><devreg-single-wizard .adapter=${adapter} search-delay="10"></devreg-single-wizard></dialog>`,
      );
      dialog.showModal();
      const el = dialog.querySelector('devreg-single-wizard')!;
      await el.updateComplete;
      idInputs(el)[0].focus();
      await sendKeys({ type: 'kb-1' });
      await sendKeys({ press: 'Tab' });
      const group = groupInputs(el)[0];
      expect(root(el).activeElement).to.equal(group);
      await sendKeys({ type: 'Ha' });
      await waitUntil(() => optionNames(el, group).length === 1);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.equal(true);
      expect(group.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => optionNames(el, group).length === 1);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(group.value).to.equal('Hamburg');
      const registered = nextEvent(el, 'devreg-registered');
      await sendKeys({ press: 'Enter' });
      expect((await registered).ids).to.deep.equal(['kb-1']);
      expect((await adapter.get('kb-1'))?.groupId).to.equal('103');
      dialog.close();
    });

    it('sends the chosen group and picks an exactly typed name on leaving the field', async () => {
      const { el, adapter } = await setup();
      await type(el, idInputs(el)[0], 'g-1');
      const group = groupInputs(el)[0];
      await type(el, group, 'bern');
      await waitUntil(() => optionNames(el, group).length === 1);
      group.blur();
      await waitUntil(() => group.value === 'Bern', 'the exact match is chosen');
      await registerAndWait(el);
      expect((await adapter.get('g-1'))?.groupId).to.equal('102');
    });

    it('shows a search failure in the popup', async () => {
      const { el } = await setup({
        failures: { searchGroups: new RegistrationError({ status: 500, code: 'server', message: 'Boom' }) },
      });
      const errors: string[] = [];
      el.addEventListener('devreg-error', (e) => errors.push(e.operation));
      const group = groupInputs(el)[0];
      await type(el, group, 'B');
      await waitUntil(() => text(part(el, 'group-message')).startsWith('Groups could not be searched.'));
      expect(text(part(el, 'group-message'))).to.equal('Groups could not be searched. The server had a problem. (Boom)');
      expect(describedBy(el, group)).to.contain('Groups could not be searched.');
      expect(optionNames(el, group)).to.deep.equal([]);
      expect(errors).to.deep.equal(['searchGroups']);
      await expect(el).to.be.accessible();
    });

    it('says when nothing matches', async () => {
      const { el } = await setup();
      const group = groupInputs(el)[0];
      await type(el, group, 'zzz');
      await waitUntil(() => text(part(el, 'group-message')) === 'No matching groups.');
      expect(listbox(el, group).hidden).to.equal(true);
    });

    it('is hidden when the adapter cannot search groups', async () => {
      const { el } = await setup({ without: ['searchGroups'] });
      expect(groupInputs(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('tenant combobox', () => {
    const tenants = [
      { id: 'management', name: 'Management', current: true },
      { id: 'sub1', name: 'Customer One' },
    ];

    it('appears only in a management tenant and defaults to it', async () => {
      const { el } = await setup();
      await el.updateComplete;
      expect(root(el).querySelector('select')).to.equal(null);

      const { el: mgmt } = await setup({ tenantId: 'management', tenants });
      await waitUntil(() => root(mgmt).querySelector('select'));
      const select = root(mgmt).querySelector('select')!;
      expect(select.matches('select:not([multiple])')).to.equal(true, 'a select is a combobox');
      expect(labelOf(mgmt, select)).to.equal('Tenant');
      expect(select.value).to.equal('management');
      expect([...select.options].map((o) => text(o))).to.deep.equal([
        'Management (management) – this tenant',
        'Customer One (sub1)',
      ]);
      await expect(mgmt).to.be.accessible();
    });

    it('allows a group only for the management tenant and sends the chosen tenant', async () => {
      const { el, adapter } = await setup({ tenantId: 'management', tenants });
      await waitUntil(() => root(el).querySelector('select'));
      await type(el, idInputs(el)[0], 't-1');
      const group = groupInputs(el)[0];
      await type(el, group, 'Berlin');
      await waitUntil(() => optionNames(el, group).length === 1);
      await key(el, group, 'ArrowDown');
      await key(el, group, 'Enter');
      const select = root(el).querySelector('select')!;
      select.value = 'sub1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(group.disabled).to.equal(true);
      expect(group.value).to.equal('');
      expect(describedBy(el, group)).to.contain("Groups can only be chosen for the management tenant's own devices.");
      await expect(el).to.be.accessible();
      await registerAndWait(el);
      const request = await adapter.get('t-1');
      expect(request?.tenantId).to.equal('sub1');
      expect(request?.groupId).to.equal(undefined);
    });

    it('offers the own tenant when only subtenants are listed', async () => {
      const { el, adapter } = await setup({ tenants: [{ id: 'sub1' }] });
      await waitUntil(() => root(el).querySelector('select'));
      const select = root(el).querySelector('select')!;
      expect([...select.options].map((o) => text(o))).to.deep.equal(['This tenant', 'sub1']);
      expect(groupInputs(el)[0].disabled).to.equal(false);
      await type(el, idInputs(el)[0], 'own-1');
      await registerAndWait(el);
      expect((await adapter.get('own-1'))?.tenantId).to.equal('t100');
    });

    it('explains when the tenants cannot be loaded', async () => {
      const { el } = await setup({ tenants, failures: { listTenants: networkError('tenants') } });
      await waitUntil(() => part(el, 'notice'));
      expect(text(part(el, 'notice'))).to.equal(
        'The tenants could not be loaded; devices are registered for this tenant. The server cannot be reached. Check the connection and try again.',
      );
      expect(root(el).querySelector('select')).to.equal(null);
    });
  });

  it('keeps a very long device ID beside its mark in the result, wrapped inside the dialog', async () => {
    const { el, adapter } = await setup();
    const long = 'L'.repeat(1100);
    adapter.setFailure('create', new RegistrationError({ status: 422, code: 'invalid', message: 'id: must not be longer than 1000 characters' }));
    el.style.cssText = 'display: block; width: 480px';
    await type(el, idInputs(el)[0], long);
    await registerAndWait(el);
    const item = root(el).querySelector<HTMLElement>('[part~=result-failed]')!;
    const mark = item.querySelector('.icon')!.getBoundingClientRect();
    const id = item.querySelector('[part~=result-id]')!.getClientRects()[0];
    expect(Math.abs(id.top - mark.top), 'the ID starts on the line of its mark').to.be.below(4);
    expect(item.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
  });

  describe('connect panel', () => {
    it("names the adapter's API, not the page, when no base-url is set (an API on another origin)", async () => {
      const adapter = Object.assign(new MemoryAdapter({ groups }), { baseUrl: 'https://api.example.com/tenant/' });
      const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${adapter}></devreg-single-wizard>`);
      await type(el, idInputs(el)[0], 'remote-1');
      await registerAndWait(el);
      expect(text(part(el, 'connect-request'))).to.contain('POST https://api.example.com/tenant/devicecontrol/deviceCredentials');
      expect(text(part(el, 'curl'))).to.contain('https://api.example.com/tenant/devicecontrol/deviceCredentials');
    });

    it('names the page\'s origin for an adapter without a base URL', async () => {
      const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${new MemoryAdapter({ groups })}></devreg-single-wizard>`);
      await type(el, idInputs(el)[0], 'local-1');
      await registerAndWait(el);
      expect(text(part(el, 'connect-request'))).to.contain(`POST ${location.origin}/devicecontrol/deviceCredentials`);
    });

    it('explains the bootstrap request with a copyable curl example and no password', async () => {
      const { el } = await setup();
      el.bootstrapUser = 'acme/devicebootstrap';
      await type(el, idInputs(el)[0], "it's-1");
      await registerAndWait(el);
      const panel = part(el, 'connect')!;
      expect(text(panel.querySelector('h3'))).to.equal('Connect your device');
      expect(text(part(el, 'connect-request'))).to.contain('POST https://t100.example.com/devicecontrol/deviceCredentials');
      expect(text(part(el, 'connect-request'))).to.contain('acme/devicebootstrap');
      const curl = text(part(el, 'curl'));
      expect(curl).to.contain("curl -u 'acme/devicebootstrap'");
      expect(curl).to.contain(`-d '{"id":"it'\\''s-1"}'`);
      expect(curl).to.not.match(/bootstrap:/, 'never a password');
      await expect(el).to.be.accessible();

      const written: string[] = [];
      const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
      const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
      try {
        clipboard.writeText = (t: string) => {
          written.push(t);
          return Promise.resolve();
        };
        button(el, "Copy curl command for it's-1").click();
        await waitUntil(() => text(connectEntry(el, "it's-1").querySelector('[role=status]')) === 'Copied.');
        expect(written[0]).to.contain('/devicecontrol/deviceCredentials');
        clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        button(el, "Copy curl command for it's-1").click();
        await waitUntil(() =>
          text(connectEntry(el, "it's-1").querySelector('[role=status]')).startsWith('Could not copy.'),
        );
      } finally {
        if (original) Object.defineProperty(clipboard, 'writeText', original);
        else delete (clipboard as { writeText?: unknown }).writeText;
      }
    });

    it('goes live when the device calls in, and accepting there works', async () => {
      const { el, adapter } = await setup();
      await paste(el, idInputs(el)[0], 'live-1\nlive-2');
      await registerAndWait(el);
      const entry = connectEntry(el, 'live-1');
      await waitUntil(() => badgeText(entry).includes('Waiting for connection'));
      expect(await adapter.bootstrap('live-1')).to.equal(undefined);
      await el.updateComplete;
      await waitUntil(() => badgeText(entry).includes('Pending acceptance'));
      await waitUntil(() => text(liveRegion(el)) === 'live-1 is pending acceptance.');
      expect(badgeText(connectEntry(el, 'live-2'))).to.contain('Waiting for connection');
      const token = entry.querySelector('input')!;
      expect(labelOf(el, token)).to.equal('Security token');
      await expect(el).to.be.accessible();
      const accepted = nextEvent(el, 'devreg-accepted');
      button(el, 'Accept live-1').click();
      const event: DevRegAcceptedEvent = await accepted;
      expect(event.detail).to.deep.equal({ id: 'live-1' });
      await el.updateComplete;
      expect(badgeText(entry)).to.contain('Accepted');
      const credentials = await adapter.bootstrap('live-1');
      expect(credentials?.id).to.equal('live-1');
      await el.updateComplete;
      expect(text(entry.querySelector('[part~=connect-status]'))).to.equal(
        'Connected: the device has received its credentials.',
      );
    });

    it('shows a token mismatch on the row, then accepts with the right token', async () => {
      const { el, adapter } = await setup();
      const errors: string[] = [];
      el.addEventListener('devreg-error', (e) => errors.push(`${e.operation}:${e.error.code}`));
      await type(el, idInputs(el)[0], 'tok-1');
      await registerAndWait(el);
      await adapter.bootstrap('tok-1', 's3cret');
      await el.updateComplete;
      const entry = connectEntry(el, 'tok-1');
      const token = entry.querySelector('input')!;
      await type(el, token, 'wrong');
      button(el, 'Accept tok-1').click();
      await waitUntil(() => entry.querySelector('[part~=connect-error]'));
      expect(text(entry.querySelector('[part~=connect-error]'))).to.match(
        /^The security token does not match the device's token\./,
      );
      expect(token.getAttribute('aria-invalid')).to.equal('true');
      expect(errors).to.deep.equal(['accept:token-mismatch']);
      await expect(el).to.be.accessible();
      await type(el, token, 's3cret');
      await key(el, token, 'Enter');
      await waitUntil(() => badgeText(entry).includes('Accepted'));
      expect(entry.querySelector('[part~=connect-error]')).to.equal(null);
    });

    // WCAG 2.4.3: the focus never falls to <body>
    it('keeps the focus on Accept pressed from the keyboard while it accepts, then on the device\'s Copy; after a wrong token, on the token field', async () => {
      const { el, adapter } = await setup();
      await paste(el, idInputs(el)[0], 'P-1\nP-2');
      await registerAndWait(el);
      await adapter.bootstrap('P-1', 's3cret');
      await adapter.bootstrap('P-2');
      await waitUntil(() => buttons(el).filter((b) => nameOf(b).startsWith('Accept P-')).length === 2, 'both pending');
      const { calls, release } = hold(adapter, 'accept');

      // P-2 sent no token: accepted
      const acceptP2 = button(el, 'Accept P-2');
      acceptP2.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls() === 1, 'accepting');
      await el.updateComplete;
      await nextFrame();
      expect(focused(), 'while it accepts').to.equal('BUTTON Accept P-2');
      expect(acceptP2.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ press: 'Enter' }); // ignored while it accepts
      release();
      await waitUntil(() => badgeText(connectEntry(el, 'P-2')).includes('Accepted'), 'accepted');
      await waitUntil(() => focused() === 'BUTTON Copy curl command for P-2', 'the focus on Copy');
      expect(calls()).to.equal(1);

      // P-1 sent a token, none typed: the error, and the focus on the field to type it in
      button(el, 'Accept P-1').focus();
      await sendKeys({ press: 'Enter' });
      const entry = connectEntry(el, 'P-1');
      await waitUntil(() => entry.querySelector('[part~=connect-error]'), 'the error');
      const token = entry.querySelector<HTMLInputElement>('[part~=token-input]')!;
      await waitUntil(() => focused() === `INPUT ${nameOf(token)}`, 'the focus on the token field');
      expect(describedBy(el, token)).to.match(/^The security token does not match/);
      await nextFrame();
      expect(root(el).activeElement === token, `the token field, not ${focused()}`).to.be.true;
    });

    it('needs no token when the policy is IGNORED and asks for one when REQUIRED', async () => {
      const { el, adapter } = await setup({ securityTokenPolicy: 'IGNORED' });
      await type(el, idInputs(el)[0], 'ign-1');
      await registerAndWait(el);
      await adapter.bootstrap('ign-1');
      await waitUntil(() => buttons(el).some((b) => nameOf(b) === 'Accept ign-1'));
      expect(connectEntry(el, 'ign-1').querySelector('input')).to.equal(null);
      button(el, 'Accept ign-1').click();
      await waitUntil(() => badgeText(connectEntry(el, 'ign-1')).includes('Accepted'));

      const { el: req, adapter: reqAdapter } = await setup({ securityTokenPolicy: 'REQUIRED' });
      await type(req, idInputs(req)[0], 'req-1');
      await registerAndWait(req);
      await reqAdapter.bootstrap('req-1', 'tok');
      await waitUntil(() => buttons(req).some((b) => nameOf(b) === 'Accept req-1'));
      button(req, 'Accept req-1').click();
      await req.updateComplete;
      expect(text(connectEntry(req, 'req-1').querySelector('[part~=connect-error]'))).to.equal(
        'Enter the security token the device sent.',
      );
    });

    it('offers "Check status" when the adapter cannot push changes', async () => {
      const { el, adapter } = await setup({ without: ['subscribe'] });
      await type(el, idInputs(el)[0], 'poll-1');
      await registerAndWait(el);
      await adapter.bootstrap('poll-1');
      expect(badgeText(connectEntry(el, 'poll-1'))).to.contain('Waiting for connection');
      button(el, 'Check status').click();
      await waitUntil(() => badgeText(connectEntry(el, 'poll-1')).includes('Pending acceptance'));
      adapter.setFailure('get', networkError('get'));
      button(el, 'Check status').click();
      await waitUntil(() => connectEntry(el, 'poll-1').querySelector('[part~=connect-error]'));
      expect(text(connectEntry(el, 'poll-1').querySelector('[part~=connect-error]'))).to.equal(
        'The server cannot be reached. Check the connection and try again.',
      );
    });

    it('says when a request was removed before the device connected', async () => {
      const { el, adapter } = await setup();
      await type(el, idInputs(el)[0], 'gone-1');
      await registerAndWait(el);
      await adapter.remove('gone-1');
      await el.updateComplete;
      expect(text(connectEntry(el, 'gone-1').querySelector('[part~=connect-status]'))).to.equal(
        'The registration request was removed.',
      );
    });
  });

  it('shows its heading in German', async () => {
    const { el } = await setup();
    await setDevRegLocale('de');
    await el.updateComplete;
    expect(el.heading).to.equal('Geräte registrieren');
    expect(text(part(el, 'heading'))).to.equal('Geräte registrieren');
    expect(labelOf(el, idInputs(el)[0])).to.equal('Geräte-ID');
  });

  it('shows the result, its errors and the connect panel\'s in the language of the moment', async () => {
    const { el, adapter } = await setup({ requests: [{ id: 'taken' }], without: ['subscribe'] });
    await paste(el, idInputs(el)[0], 'taken\nfree');
    await registerAndWait(el);
    adapter.setFailure('get', networkError('get'));
    button(el, 'Check status').click();
    const connectError = () => text(connectEntry(el, 'free').querySelector('[part~=connect-error]'));
    await waitUntil(connectError, 'the check failed');
    expect(results(el)[0]).to.equal('✕ taken Failed: This device ID is already registered.');
    await waitUntil(() => text(liveRegion(el)) === '1 of 2 devices registered, 1 failed.', 'announced');

    await setDevRegLocale('de');
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['✕ taken Fehlgeschlagen: Diese Geräte-ID ist bereits registriert.', '✓ free Registriert']);
    expect(connectError()).to.equal('Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.');
    // said once, in English: not said again, and not left behind in English either
    expect(text(liveRegion(el))).to.equal('');
    // and switching back does not say it again either
    await setDevRegLocale('en');
    await el.updateComplete;
    expect(text(liveRegion(el))).to.equal('');
  });

  it('shows the problems of the fields in the language of the moment', async () => {
    const { el } = await setup({ requests: [{ id: 'taken' }] });
    await type(el, idInputs(el)[0], 'taken');
    await registerAndWait(el);
    button(el, 'Fix errors').click();
    await el.updateComplete;
    await type(el, groupInputs(el)[0], 'Nowhere');
    button(el, 'Add device').click();
    await el.updateComplete;
    button(el, 'Add device').click();
    await el.updateComplete;
    await type(el, idInputs(el)[2], 'taken');
    await submit(el);
    const fieldErrors = () => [...root(el).querySelectorAll('[part~=field-error]')].map((p) => text(p));
    expect(fieldErrors()).to.deep.equal([
      'This device ID is already registered.',
      'Choose a group from the list, or clear the field.',
      'Enter a device ID.',
      'This ID is already entered for device 1.',
    ]);

    await setDevRegLocale('de');
    await el.updateComplete;
    expect(fieldErrors()).to.deep.equal([
      'Diese Geräte-ID ist bereits registriert.',
      'Wählen Sie eine Gruppe aus der Liste oder leeren Sie das Feld.',
      'Geben Sie eine Geräte-ID ein.',
      'Diese ID ist bereits für Gerät 1 eingetragen.',
    ]);
  });

  it('fires WizardStateChangeEvent when the heading changes language', async () => {
    const { el } = await setup();
    setTimeout(() => void setDevRegLocale('de'));
    const event = await oneEvent(el, WizardStateChangeEvent.eventName);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(false);
    expect(el.heading).to.equal('Geräte registrieren');
  });

  it('runs work with bounded concurrency in order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      peak = Math.max(peak, ++running);
      await aTimeout(5);
      running--;
      return n * 2;
    });
    expect(out).to.deep.equal([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).to.equal(3);
  });
});
