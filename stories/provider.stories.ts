import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import { createDemoMemoryAdapter } from '../src/adapters/demo-memory-adapter.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import '../src/define/provider.js';
import '../src/define/registration-table.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'devreg-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Provides `.adapter` and `locale` to every devreg element inside it (through `@lit/context`). It renders nothing itself (`display: contents`). An element\'s own `.adapter` wins.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** One adapter for everything inside. */
export const Default: Story = {
  render: () => html`<devreg-provider .adapter=${createDemoMemoryAdapter()}>
    <devreg-registration-table></devreg-registration-table>
  </devreg-provider>`,
};

/** The second table has its own adapter, which wins over the provided one. */
export const OwnAdapterWins: Story = {
  render: () => html`<devreg-provider .adapter=${new MemoryAdapter({ requests: [{ id: 'from-the-provider' }] })}>
    <h3>Provided adapter</h3>
    <devreg-registration-table></devreg-registration-table>
    <h3>Own adapter</h3>
    <devreg-registration-table
      .adapter=${new MemoryAdapter({ requests: [{ id: 'from-its-own-adapter', status: 'PENDING_ACCEPTANCE' }] })}
    ></devreg-registration-table>
  </devreg-provider>`,
};

/** `locale="de"`: German strings, German dates. */
export const German: Story = {
  // the locale is global to the page: switch back when leaving the story
  beforeEach: () => () => setDevRegLocale('en'),
  render: () => html`<devreg-provider locale="de" .adapter=${createDemoMemoryAdapter()}>
    <devreg-registration-table></devreg-registration-table>
  </devreg-provider>`,
};
