import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import { DEMO_EXTENSIONS, demoProtocolMetadata } from '../src/adapters/demo-memory-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { RegisterMenuForm } from '../src/components/register-menu/register-menu.js';
import type { DevRegRegisterSelectedEvent } from '../src/events/devreg-register-selected.js';
import '../src/define/register-menu.js';

function adapterWith(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({
    extensions: DEMO_EXTENSIONS.map((extension) => ({ extension, metadata: demoProtocolMetadata })),
    ...options,
  });
}

const log = (event: DevRegRegisterSelectedEvent) => {
  const out = (event.target as HTMLElement).parentElement?.querySelector('output');
  if (out) out.value = `devreg-register-selected: ${JSON.stringify(event.option)}`;
};

const menu = (adapter: MemoryAdapter, forms: RegisterMenuForm[] = [], disabledReason?: string) => html`<div style="min-height: 18rem">
  <devreg-register-menu
    .adapter=${adapter}
    .forms=${forms}
    .disabledReason=${disabledReason}
    @devreg-register-selected=${log}
  ></devreg-register-menu>
  <p><output aria-live="polite"></output></p>
</div>`;

async function openMenu(canvas: HTMLElement): Promise<void> {
  await customElements.whenDefined('devreg-register-menu');
  const el = canvas.querySelector('devreg-register-menu')!;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50)); // the extensions arrive
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
}

const meta: Meta = {
  title: 'Page/Register menu',
  component: 'devreg-register-menu',
  parameters: {
    docs: {
      description: {
        component:
          'The "Register device" menu button: built-in single and bulk registration, the forms microservices declare, and client-side forms, in two sections. Full keyboard support (arrows, Home/End, letters, Escape).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Closed: the "Register device" button. */
export const Closed: Story = {
  render: () => menu(adapterWith()),
};

/** Open, with the "Demo protocol" microservice's single and bulk forms. */
export const WithExtensions: Story = {
  render: () => menu(adapterWith()),
  play: async ({ canvasElement }) => openMenu(canvasElement),
};

/** With client-side forms (`forms`), ordered by priority. */
export const WithClientForms: Story = {
  render: () =>
    menu(adapterWith(), [
      { id: 'lora', label: 'LoRa device', category: 'single', priority: 10 },
      { id: 'sigfox', label: 'Sigfox device', category: 'single' },
      { id: 'lora-bulk', label: 'LoRa devices from CSV', category: 'bulk' },
    ]),
  play: async ({ canvasElement }) => openMenu(canvasElement),
};

/** Disabled, with its reason shown (e.g. the device limit is reached). */
export const Disabled: Story = {
  render: () => menu(adapterWith(), [], 'The device limit is reached.'),
};

/** The extensions could not be loaded: the built-in items still work, a note says what is missing. */
export const ExtensionsFailed: Story = {
  render: () =>
    menu(
      adapterWith({
        failures: { listExtensions: new RegistrationError({ status: 503, code: 'server', message: 'Service unavailable' }) },
      }),
    ),
  play: async ({ canvasElement }) => openMenu(canvasElement),
};
