import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { REGISTRATION_STATUSES } from '../src/adapters/registration-adapter.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import '../src/define/status-badge.js';

interface BadgeArgs {
  status: string;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Status badge',
  component: 'devreg-status-badge',
  args: { status: 'PENDING_ACCEPTANCE' },
  argTypes: {
    status: { control: 'select', options: [...REGISTRATION_STATUSES, 'SOMETHING_ELSE', ''] },
  },
  render: ({ status }) => html`<devreg-status-badge status=${status}></devreg-status-badge>`,
  parameters: {
    docs: {
      description: {
        component:
          'A request\'s status: label, icon and colour per status; the meaning as tooltip and accessible description. Unknown statuses show their raw value neutrally.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const WaitingForConnection: Story = { args: { status: 'WAITING_FOR_CONNECTION' } };
export const PendingAcceptance: Story = { args: { status: 'PENDING_ACCEPTANCE' } };
export const Accepted: Story = { args: { status: 'ACCEPTED' } };
export const Blocked: Story = { args: { status: 'BLOCKED' } };

/** A status this library does not know: shown as its raw value, neutrally. */
export const UnknownStatus: Story = { args: { status: 'DECOMMISSIONED' } };

/** Every status side by side. */
export const AllStatuses: Story = {
  render: () => html`<div style="display: flex; gap: 0.5rem; flex-wrap: wrap">
    ${[...REGISTRATION_STATUSES, 'DECOMMISSIONED'].map((s) => html`<devreg-status-badge status=${s}></devreg-status-badge>`)}
  </div>`,
};

/** Themed through the status tokens and the badge knobs. */
export const Themed: Story = {
  render: () => html`<div
    style="display: flex; gap: 0.5rem; flex-wrap: wrap;
      --devreg-status-pending-color: #6d28d9; --devreg-status-pending-background: #f5f3ff;
      --devreg-status-accepted-color: #065f46; --devreg-status-badge-radius: 3px;
      --devreg-status-badge-font-size: 1rem"
  >
    ${REGISTRATION_STATUSES.map((s) => html`<devreg-status-badge status=${s}></devreg-status-badge>`)}
  </div>`,
};

/** German labels and descriptions. */
export const German: Story = {
  beforeEach: async () => {
    await setDevRegLocale('de');
    return () => setDevRegLocale('en');
  },
  render: () => html`<div style="display: flex; gap: 0.5rem; flex-wrap: wrap">
    ${REGISTRATION_STATUSES.map((s) => html`<devreg-status-badge status=${s}></devreg-status-badge>`)}
  </div>`,
};
