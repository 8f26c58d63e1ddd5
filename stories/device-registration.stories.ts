import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, html } from 'lit';
import { ContextConsumer } from '@lit/context';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import { CumulocityAdapter } from '../src/adapters/cumulocity-adapter.js';
import { createDemoMemoryAdapter, startDeviceSimulation } from '../src/adapters/demo-memory-adapter.js';
import type { RegistrationAdapter } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { adapterContext } from '../src/context/adapter-context.js';
import { DevRegCloseEvent } from '../src/events/devreg-close.js';
import { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import type { WizardState } from '../src/internal/wizard.js';
import { WizardStateChangeEvent } from '../src/internal/wizard-state.js';
import { WIZARD_LOADERS } from '../src/components/device-registration/dialog-content.js';
import '../src/define/device-registration.js';
import { failOnce } from './fail-once.js';

/** Only one simulation runs at a time: switching stories stops the previous one. */
let stopSimulation: (() => void) | undefined;

function simulated(adapter: MemoryAdapter): MemoryAdapter {
  stopSimulation?.();
  stopSimulation = startDeviceSimulation(adapter, { intervalMs: 4000 });
  return adapter;
}

const page = (adapter: RegistrationAdapter, content: unknown = '') =>
  html`<devreg-device-registration .adapter=${adapter}>${content}</devreg-device-registration>`;

/**
 * A client-side registration form as a host app would write it: it gets the adapter through
 * context, implements WizardState (so the page asks before discarding typed input) and ends with
 * `devreg-registered` or `devreg-close`.
 */
class DemoLoraForm extends LitElement implements WizardState {
  static override properties = { serial: { state: true }, message: { state: true } };
  serial = '';
  message = '';
  readonly #adapter = new ContextConsumer(this, { context: adapterContext, subscribe: true });

  get heading(): string {
    return 'Register a LoRa device';
  }
  get hasUnsavedInput(): boolean {
    return this.serial !== '';
  }
  get busy(): boolean {
    return false;
  }

  async #register(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.#adapter.value;
    const id = `lora-${this.serial.trim()}`;
    try {
      await adapter?.create({ id, type: 'c8y_LoRa' });
      this.message = `${id} registered.`;
      this.serial = '';
      this.dispatchEvent(new WizardStateChangeEvent());
      this.dispatchEvent(new DevRegRegisteredEvent([id]));
    } catch (error) {
      this.message = RegistrationError.from(error).message;
    }
  }

  override render() {
    return html`<h2>${this.heading}</h2>
      <form @submit=${(e: SubmitEvent) => void this.#register(e)}>
        <label>DevEUI <input required .value=${this.serial} @input=${(e: InputEvent) => {
          this.serial = (e.target as HTMLInputElement).value;
          this.dispatchEvent(new WizardStateChangeEvent());
        }} /></label>
        <button type="submit">Register</button>
        <button type="button" @click=${() => this.dispatchEvent(new DevRegCloseEvent())}>Close</button>
        <p role="status">${this.message}</p>
      </form>`;
  }
}
if (!customElements.get('demo-lora-form')) customElements.define('demo-lora-form', DemoLoraForm);

const meta: Meta = {
  title: 'Page/Device registration',
  component: 'devreg-device-registration',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The whole page: heading with the count, "Accept all", "Reload", the "Register device" menu, the list, and one modal dialog for the chosen registration (wizards load on first use).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The demo adapter with the device simulation: every few seconds a waiting device calls in and accepted ones collect their credentials. */
export const Default: Story = {
  render: () => page(simulated(createDemoMemoryAdapter())),
};

/** No registration requests yet. */
export const Empty: Story = {
  render: () => page(new MemoryAdapter()),
};

/** The tenant's device limit is reached: a banner, and "Register device" disabled with the reason. */
export const LimitReached: Story = {
  render: () => page(createDemoMemoryAdapter({ deviceLimit: 12 })),
};

/** A user without DEVICE_CONTROL_ADMIN: the list only, no register menu, "Accept all" or row actions. */
export const ReadOnly: Story = {
  render: () => page(createDemoMemoryAdapter({ permissions: { read: true, admin: false } })),
};

/** Security token policy REQUIRED: "Accept all" is disabled and says why; each device is accepted with its token. */
export const TokenRequired: Story = {
  render: () => page(createDemoMemoryAdapter({ securityTokenPolicy: 'REQUIRED' })),
};

/**
 * A host's style sheet reaching into the page through the re-exported parts: the table's as
 * `table-<part>` (its badges' as `table-badge-<part>`), the register menu's as `register-menu-<part>`,
 * and the parts of the wizard in the dialog as `wizard-<part>` (its schema form's as
 * `wizard-form-<part>`, the badges of its connect panel as `wizard-connect-status-<part>`).
 */
export const ThemedThroughParts: Story = {
  // (scoped by a class: the docs page shows every story in one document)
  render: () => html`<style>
      .themed::part(table-row) { border-inline-start: 4px solid #6d28d9; }
      .themed::part(table-badge-label) { font-weight: 600; text-transform: uppercase; }
      .themed::part(register-menu-button) { border-radius: 999px; }
      .themed::part(wizard-heading) { color: #6d28d9; }
      .themed::part(wizard-register-button) { border-radius: 999px; }
      .themed::part(wizard-device-id), .themed::part(wizard-form-input) { border-color: #6d28d9; }
      .themed::part(wizard-connect-status-label) { font-weight: 600; text-transform: uppercase; }
    </style>
    <devreg-device-registration class="themed" .adapter=${createDemoMemoryAdapter()}></devreg-device-registration>`,
};

/** A management tenant: the list has a "Tenant" column and the wizards offer the subtenants. */
export const ManagementTenant: Story = {
  render: () =>
    page(
      createDemoMemoryAdapter({
        tenantId: 'management',
        tenants: [
          { id: 'management', name: 'Management', current: true },
          { id: 't200', name: 'Customer A' },
          { id: 't300', name: 'Customer B' },
        ],
      }),
    ),
};

/** The backend fails: the list and the limit check show their errors (and report them through devreg-error). */
export const LoadError: Story = {
  name: 'Error',
  render: () =>
    page(
      new MemoryAdapter({
        failures: {
          list: new RegistrationError({ status: 503, code: 'server', message: 'Service unavailable' }),
          getLimit: new RegistrationError({ status: 503, code: 'server', message: 'Service unavailable' }),
        },
      }),
    ),
};

/** The session expired (401): a notice, and everything already on the page stays. */
export const SessionExpired: Story = {
  render: () =>
    page(
      createDemoMemoryAdapter({
        failures: { getLimit: new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }) },
      }),
    ),
};

/**
 * The connection dropped while the bulk wizard loaded: "Register device" → "Bulk device
 * registration" opens the dialog saying the form could not be loaded, with **Try again** (part
 * `dialog-retry`), which loads it (here the load fails once only). Not on the docs page, where
 * another story could meet the failure.
 */
export const WizardNotLoaded: Story = {
  name: 'Wizard not loaded (Try again)',
  tags: ['!autodocs'],
  beforeEach: () => failOnce(WIZARD_LOADERS, 'bulk'),
  render: () => page(createDemoMemoryAdapter()),
};

/** A host app's own form in the `registration-form` slot: "Register device" → "LoRa device". */
export const WithSlottedForm: Story = {
  render: () =>
    page(
      createDemoMemoryAdapter(),
      html`<demo-lora-form slot="registration-form" label="LoRa device" category="single"></demo-lora-form>`,
    ),
};

/**
 * The same page over real HTTP: `CumulocityAdapter` against the bundled emulator. Start it first
 * (`npm start`, or `npm run emulator`, on http://127.0.0.1:8000 — it allows cross-origin calls),
 * then devices can call in with `npm run simulate -- --devices 5`. Change `baseUrl`, `user` and
 * `password` in the controls to point at another emulator or a real tenant.
 */
export const AgainstTheEmulator: Story = {
  args: { baseUrl: 'http://127.0.0.1:8000', tenant: 't100', user: 'admin', password: 'admin' },
  argTypes: { password: { control: 'text' } },
  render: (args) => {
    const { baseUrl, tenant, user, password } = args as Record<string, string>;
    return page(new CumulocityAdapter({ baseUrl, auth: { type: 'basic', tenant, user, password }, pollInterval: 2000 }));
  },
};
