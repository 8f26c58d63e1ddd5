import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions, type SeedRequest } from '../src/adapters/memory-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { tableChunks } from '../src/components/registration-table/registration-table.js';
import '../src/define/registration-table.js';
import { failOnce } from './fail-once.js';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

/** One request per status, plus one the library does not know. */
const everyStatus: SeedRequest[] = [
  { id: '350123451234560', status: 'PENDING_ACCEPTANCE', creationTime: minutesAgo(3), securityToken: 's3cret', groupId: '1001' },
  { id: 'AA:BB:CC:00:11:22', status: 'PENDING_ACCEPTANCE', creationTime: minutesAgo(40) },
  { id: 'sensor-0042', status: 'WAITING_FOR_CONNECTION', creationTime: minutesAgo(5), groupId: '1002' },
  { id: 'gateway-7', status: 'ACCEPTED', creationTime: minutesAgo(20) },
  { id: 'meter-13', status: 'BLOCKED', creationTime: minutesAgo(90), groupId: '1001' },
  { id: 'legacy-1', status: 'DECOMMISSIONED', creationTime: minutesAgo(600) },
];

/** The groups the rows name by ID: the table shows their names. */
const groups = [
  { id: '1001', name: 'Plant Nord' },
  { id: '1002', name: 'Warehouse' },
];

const table = (options: MemoryAdapterOptions = {}, pageSize?: number) => html`<devreg-registration-table
  page-size=${pageSize ?? 1000}
  .adapter=${new MemoryAdapter({ requests: everyStatus, groups, ...options })}
></devreg-registration-table>`;

const meta: Meta = {
  title: 'Elements/Registration table',
  component: 'devreg-registration-table',
  parameters: {
    docs: {
      description: {
        component:
          'The list of registration requests: pending first, then newest; live status; Accept (with the security token), Remove (after a confirmation) and Register again per row. Virtualized: thousands of rows stay smooth.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every status, under the default token policy (OPTIONAL). The first pending device sent the token `s3cret`. */
export const EachStatus: Story = { render: () => table() };

export const Empty: Story = { render: () => table({ requests: [] }) };

/** The first page has not arrived yet. */
export const Loading: Story = { render: () => table({ latency: 2_000_000_000 }) };

/** The list could not be loaded: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    table({
      failures: {
        list: new RegistrationError({ status: 503, code: 'server', message: 'Service Unavailable', retryable: true }),
      },
    }),
};

/** The group names could not be loaded (here: the server failed): the rows show group IDs, and a notice says why. */
export const GroupNamesNotLoaded: Story = {
  render: () =>
    table({
      failures: {
        getGroups: new RegistrationError({ status: 503, code: 'server', message: 'Service Unavailable' }),
      },
    }),
};

/** Policy IGNORED: no token input, Accept needs nothing. */
export const TokenPolicyIgnored: Story = { render: () => table({ securityTokenPolicy: 'IGNORED' }) };

/** Policy OPTIONAL: a masked token input with a reveal toggle on pending rows. */
export const TokenPolicyOptional: Story = { render: () => table({ securityTokenPolicy: 'OPTIONAL' }) };

/** Policy REQUIRED: the token must be typed; Accept without one says so. */
export const TokenPolicyRequired: Story = { render: () => table({ securityTokenPolicy: 'REQUIRED' }) };

/** A user without DEVICE_CONTROL_ADMIN: the list without any actions. */
export const ReadOnlyUser: Story = { render: () => table({ permissions: { read: true, admin: false } }) };

/** A management tenant: the Tenant column. */
export const ManagementTenant: Story = {
  render: () =>
    table({
      requests: everyStatus.map((r, i) => ({ ...r, tenantId: i % 2 ? 't100' : 't2001' })),
      tenants: [
        { id: 't100', name: 'Management', current: true },
        { id: 't2001', name: 'Customer A' },
      ],
    }),
};

/** 10,000 requests: the first page shows at once, the rest loads in the background; only visible rows are rendered. */
export const TenThousandRows: Story = {
  render: () => {
    const requests: SeedRequest[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `device-${String(i).padStart(5, '0')}`,
      status: i % 50 === 0 ? 'PENDING_ACCEPTANCE' : i % 97 === 0 ? 'BLOCKED' : 'WAITING_FOR_CONNECTION',
      creationTime: new Date(Date.now() - i * 60_000).toISOString(),
    }));
    return table({ requests, latency: 150 }, 2000);
  },
};

/** Devices call in while you watch: rows change status live, and the changes are announced politely. */
export const LiveUpdates: Story = {
  render: () => {
    const adapter = new MemoryAdapter({ requests: everyStatus });
    let n = 0;
    const timer = setInterval(() => {
      const id = `live-${++n}`;
      void adapter.create({ id }).then(() => setTimeout(() => void adapter.bootstrap(id), 1500));
      if (n >= 10) clearInterval(timer);
    }, 3000);
    return html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`;
  },
};

/**
 * The live updates have stopped working (here: the connection dropped): a notice says why and that
 * the list may be out of date, with "Retry". It goes by itself when they work again: "Connection
 * back" below does that, and the changes missed meanwhile arrive.
 */
export const LiveUpdatesStopped: Story = {
  render: () => {
    const adapter = new MemoryAdapter({
      requests: everyStatus,
      groups,
      failures: { subscribe: new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' }) },
    });
    setTimeout(() => void adapter.bootstrap('sensor-0042'), 1000); // missed while the live updates do not work
    return html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>
      <p><button type="button" @click=${() => adapter.setFailure('subscribe', undefined)}>Connection back</button></p>`;
  },
};

/**
 * 5,000 requests in a table that grows with the page (`--devreg-registration-table-max-height:
 * none`): the page scrolls the rows, which stay virtualized; new devices calling in above keep the
 * rows being read in place. The column headers stay in sight below the story's own top bar
 * (`--devreg-registration-table-sticky-top: 3rem`), as they would below a host app's fixed one.
 */
export const GrowsWithThePage: Story = {
  name: 'Grows with the page (max-height none)',
  render: () => {
    const requests: SeedRequest[] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `device-${String(i).padStart(5, '0')}`,
      creationTime: new Date(Date.now() - i * 60_000).toISOString(),
    }));
    return html`<header
        style="position: sticky; top: 0; z-index: 2; height: 3rem; display: flex; align-items: center; padding: 0 1rem; background: #24292f; color: #fff"
      >
        A host app's fixed top bar
      </header>
      <div style="--devreg-registration-table-max-height: none; --devreg-registration-table-sticky-top: 3rem">${table({ requests })}</div>`;
  },
};

/**
 * A phone (375 px): below 40rem of width the rows become cards. Each cell shows its column name
 * (for the eyes only; screen readers keep the table's column headers) and the actions wrap, so
 * nothing scrolls sideways. The layout follows the width the element is given, not the window's.
 */
export const NarrowPhone: Story = {
  name: 'Narrow (phone)',
  render: () => html`<div style="width: 375px; border: 1px dashed #8c959f">${table()}</div>`,
};

/**
 * 60,000 requests on a phone: as cards the list would be taller than the virtualizer allows
 * (8,200,000 px), so its last rows could not be scrolled to. The table shows it in parts of
 * about 36,000 cards instead, with the rows shown and "Previous rows" / "Next rows" above the
 * list (part `length-note`); every row is reachable, and search and the status filter work on
 * the whole list.
 */
export const TooLongToScroll: Story = {
  name: 'Too tall to scroll at once (60,000 cards, in parts)',
  render: () => {
    const requests: SeedRequest[] = Array.from({ length: 60_000 }, (_, i) => ({ id: `device-${String(i).padStart(5, '0')}` }));
    return html`<div style="width: 375px; border: 1px dashed #8c959f">${table({ requests }, 2000)}</div>`;
  },
};

/**
 * A long list whose virtualizer could not be loaded (the connection dropped): its first 15 rows,
 * under a note that says so (part `first-rows-note`). Its **Try again** loads the virtualizer (here
 * the load fails once only), and every row can be scrolled to. Not on the docs page, where another
 * table could meet the failure.
 */
export const VirtualizerNotLoaded: Story = {
  name: 'Virtualizer not loaded (Try again)',
  tags: ['!autodocs'],
  beforeEach: () => failOnce(tableChunks, 'virtualizer'),
  render: () => {
    const requests: SeedRequest[] = Array.from({ length: 500 }, (_, i) => ({ id: `device-${String(i).padStart(3, '0')}` }));
    return table({ requests });
  },
};
