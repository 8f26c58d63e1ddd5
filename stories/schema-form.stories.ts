import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DevRegSchemaForm } from '../src/components/schema-form/schema-form.js';
import '../src/define/schema-form.js';

/** Every field type and keyword the form supports. */
const EVERY_TYPE = {
  type: 'object',
  description: 'A device as a microservice might describe it.',
  required: ['serial', 'kind'],
  properties: {
    serial: {
      type: 'string',
      title: 'Serial number',
      description: 'Printed on the back: two letters, "-", four digits.',
      examples: ['SN-0001'],
      pattern: '^[A-Z]{2}-\\d{4}$',
    },
    password: { type: 'string', title: 'Device password', format: 'password', minLength: 8 },
    contact: { type: 'string', title: 'Contact e-mail', format: 'email' },
    manual: { type: 'string', title: 'Manual', format: 'uri', examples: ['https://example.com/manual.pdf'] },
    installed: { type: 'string', title: 'Installed on', format: 'date' },
    interval: { type: 'number', title: 'Reporting interval (minutes)', minimum: 0.5, maximum: 60, multipleOf: 0.5, default: 5 },
    port: { type: 'integer', title: 'Port', exclusiveMinimum: 0, exclusiveMaximum: 65536, default: 5683 },
    secure: { type: 'boolean', title: 'Use DTLS', default: true },
    kind: {
      title: 'Kind',
      oneOf: [
        { const: 'meter', title: 'Meter' },
        { const: 'valve', title: 'Valve' },
        { const: 'pump', title: 'Pump' },
      ],
    },
    region: { type: 'string', title: 'Region', enum: ['North', 'South', 'East', 'West', 'Central'] },
    address: {
      type: 'object',
      title: 'Address',
      description: 'Where the device is installed.',
      required: ['city'],
      properties: {
        street: { type: 'string', title: 'Street' },
        city: { type: 'string', title: 'City' },
        zip: { type: 'string', title: 'ZIP code', minLength: 5, maxLength: 5 },
      },
    },
    tags: { type: 'array', title: 'Tags', items: { type: 'string', title: 'Tag' }, maxItems: 4, default: ['outdoor'] },
    contacts: {
      type: 'array',
      title: 'Contacts',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Contact',
        required: ['name'],
        properties: { name: { type: 'string', title: 'Name' }, phone: { type: 'string', title: 'Phone' } },
      },
    },
  },
};

const form = (schema: unknown, value?: unknown) =>
  html`<devreg-schema-form style="max-width: 40rem" .schema=${schema} .value=${value}></devreg-schema-form>`;

async function formIn(canvas: HTMLElement): Promise<DevRegSchemaForm> {
  await customElements.whenDefined('devreg-schema-form');
  const el = canvas.querySelector('devreg-schema-form')!;
  await el.updateComplete;
  return el;
}

const meta: Meta = {
  title: 'Forms/Schema form',
  component: 'devreg-schema-form',
  parameters: {
    docs: {
      description: {
        component:
          'Renders a JSON Schema (the `$ref`-free subset microservices use) as an accessible form: labels, help, examples as placeholders, defaults, one clear message per field. The schema is untrusted: unsupported keywords are ignored with a development warning, and everything is rendered as text.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every supported field type, with defaults applied. */
export const EveryFieldType: Story = {
  render: () => form(EVERY_TYPE),
};

/** After `reportValidity()`: every message shown, the first invalid field focused. */
export const WithErrors: Story = {
  render: () =>
    form(EVERY_TYPE, {
      serial: 'sn-1',
      password: 'short',
      contact: 'not-an-address',
      manual: 'example.com',
      interval: 61,
      port: 0,
      address: { zip: '123' },
      tags: ['outdoor'],
      contacts: [{}],
    }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.reportValidity();
  },
};

/** A value set by the host: the form shows it and fills in defaults. */
export const Prefilled: Story = {
  render: () =>
    form(EVERY_TYPE, {
      serial: 'SN-1234',
      kind: 'valve',
      region: 'South',
      address: { street: 'Hauptstraße 1', city: 'Düsseldorf', zip: '40210' },
      tags: ['outdoor', 'roof'],
      contacts: [{ name: 'Ada', phone: '+49 211 000' }, { name: 'Grace' }],
    }),
};

/** Unsupported keywords are skipped (see the console in development); hostile text stays text. */
export const UntrustedSchema: Story = {
  render: () =>
    form({
      type: 'object',
      title: '<img src=x onerror=alert(1)>',
      properties: {
        ref: { $ref: '#/definitions/elsewhere' },
        html: { type: 'string', title: '<b>Bold?</b> <img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' },
        choice: { title: 'Choice', oneOf: [{ const: 1, title: '<i>one</i>' }, { const: 2, title: 'two' }] },
        weird: { type: 'string', title: 'Hostname', format: 'hostname', allOf: [{ minLength: 1 }] },
      },
    }),
};
