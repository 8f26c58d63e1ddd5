import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { CreateRequest } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { DevRegSingleWizard } from '../src/components/single-wizard/single-wizard.js';
import '../src/define/single-wizard.js';

const groups = [
  { id: '101', name: 'Berlin' },
  { id: '102', name: 'Bern' },
  { id: '103', name: 'Hamburg' },
  { id: '104', name: 'Munich – warehouse' },
];

function adapterWith(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ groups, ...options });
}

const wizard = (adapter: MemoryAdapter) =>
  html`<devreg-single-wizard .adapter=${adapter} style="max-width: 48rem"></devreg-single-wizard>`;

async function wizardIn(canvas: HTMLElement): Promise<DevRegSingleWizard> {
  await customElements.whenDefined('devreg-single-wizard');
  const el = canvas.querySelector('devreg-single-wizard')!;
  await el.updateComplete;
  return el;
}

function buttonNamed(el: DevRegSingleWizard, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** Types one ID per row, adding rows as needed. */
async function fill(el: DevRegSingleWizard, ids: string[]): Promise<void> {
  for (const [index, id] of ids.entries()) {
    if (index > 0) {
      buttonNamed(el, 'Add device').click();
      await el.updateComplete;
    }
    const input = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[part~=device-id]')[index];
    input.value = id;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

async function register(el: DevRegSingleWizard): Promise<void> {
  buttonNamed(el, 'Register').click();
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Wizards/Single wizard',
  component: 'devreg-single-wizard',
  parameters: {
    docs: {
      description: {
        component:
          'Registers one or several devices by ID (group and tenant optional), reports each result and shows how each device connects, following its status live.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The initial state: one empty row with "Device ID" and the "Group" combobox (type "Be" to search). */
export const EmptyForm: Story = {
  render: () => wizard(adapterWith()),
};

/** "Register" pressed with a duplicate and an empty ID: messages next to the fields, focus on the first one. */
export const SeveralRowsWithErrors: Story = {
  render: () => wizard(adapterWith()),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await fill(el, ['sensor-1', 'sensor-2', 'sensor-1', '']);
    await register(el);
  },
};

/** Sending: the progress bar while the (very slow) backend answers. */
export const Sending: Story = {
  render: () => wizard(adapterWith({ latency: 600_000 })),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await fill(el, ['slow-1', 'slow-2', 'slow-3']);
    await register(el);
  },
};

/** The result of a submit with a server duplicate and a network failure: "Fix errors" brings those rows back. */
export const ResultMixed: Story = {
  render: () =>
    wizard(
      adapterWith({
        requests: [{ id: 'taken-1' }],
        failures: {
          create: (request) =>
            (request as CreateRequest).id === 'offline-1'
              ? new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' })
              : undefined,
        },
        without: ['get'],
      }),
    ),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await fill(el, ['ok-1', 'taken-1', 'offline-1', 'ok-2']);
    await register(el);
  },
};

/**
 * After registering, the "Connect your device" panel follows the devices live. Use the device
 * simulation to make them call in (with or without a security token), then accept them in the panel.
 */
export const ConnectPanelLive: Story = {
  render: () => {
    const adapter = adapterWith();
    const call = (id: string, token?: string) => void adapter.bootstrap(id, token);
    return html`
      ${wizard(adapter)}
      <aside aria-label="Device simulation" style="margin-top: 1rem; padding: 0.5rem; border: 1px dashed #8c959f; max-width: 48rem">
        <strong>Device simulation</strong>
        <button type="button" @click=${() => call('sensor-1')}>sensor-1 calls in</button>
        <button type="button" @click=${() => call('sensor-2', 'abc123')}>sensor-2 calls in with token "abc123"</button>
      </aside>
    `;
  },
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await fill(el, ['sensor-1', 'sensor-2']);
    await register(el);
  },
};

/** In a management tenant: a "Tenant" per row; a group can only be chosen for the management tenant's own devices. */
export const ManagementTenant: Story = {
  render: () =>
    wizard(
      adapterWith({
        tenantId: 'management',
        tenants: [
          { id: 'management', name: 'Management', current: true },
          { id: 't200', name: 'Customer A' },
          { id: 't300', name: 'Customer B' },
        ],
      }),
    ),
};

/** An adapter without `searchGroups`: no "Group" field. */
export const WithoutGroupSearch: Story = {
  render: () => wizard(adapterWith({ without: ['searchGroups'] })),
};
