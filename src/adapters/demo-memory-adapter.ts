import type { ExtensionMetadata, RegistrationExtension } from './registration-adapter.js';
import type { MemoryAdapterOptions, MemoryExtension, SeedRequest } from './memory-adapter.js';
import { MemoryAdapter } from './memory-adapter.js';
import { RegistrationError } from './registration-error.js';

/** The microservice extension the demo (and the emulator) declare: context path `demo-protocol`. */
export const DEMO_EXTENSIONS: RegistrationExtension[] = [
  { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' },
  { name: 'Demo protocol', type: 'extensibleBulkDeviceRegistration', contextPath: 'demo-protocol' },
];

/** The example file of the bulk upload (the emulator serves the same). */
export const DEMO_EXAMPLE_CSV =
  'ID;NAME;PROTOCOL_VERSION;PATH\r\ndemo-0001;Meter 1;v2;Building A/Floor 1\r\ndemo-0002;Meter 2;v1;Building B\r\n';

/** The device type the Demo protocol gives to what it registers. */
export const DEMO_DEVICE_TYPE = 'c8y_DemoProtocolDevice';

const TEXT = {
  en: {
    title: 'Demo protocol',
    description: 'Register devices that speak the demo protocol.',
    page1: 'Device',
    page1Description: 'Identify the device.',
    id: 'Device ID',
    idDescription: 'Letters, digits, "-" and "_" (up to 64).',
    name: 'Name',
    page2: 'Connection',
    page2Description: 'How the device connects.',
    version: 'Protocol version',
    port: 'Port',
    secure: 'Use DTLS',
    bulkTitle: 'Demo protocol bulk registration',
    exampleTitle: 'Example file',
    exampleDescription: 'Columns ID, NAME, PROTOCOL_VERSION (v1 or v2) and PATH, separated by ";".',
  },
  de: {
    title: 'Demo-Protokoll',
    description: 'Geräte registrieren, die das Demo-Protokoll sprechen.',
    page1: 'Gerät',
    page1Description: 'Das Gerät identifizieren.',
    id: 'Geräte-ID',
    idDescription: 'Buchstaben, Ziffern, "-" und "_" (bis zu 64).',
    name: 'Name',
    page2: 'Verbindung',
    page2Description: 'Wie sich das Gerät verbindet.',
    version: 'Protokollversion',
    port: 'Port',
    secure: 'DTLS verwenden',
    bulkTitle: 'Massenregistrierung Demo-Protokoll',
    exampleTitle: 'Beispieldatei',
    exampleDescription: 'Spalten ID, NAME, PROTOCOL_VERSION (v1 oder v2) und PATH, getrennt durch ";".',
  },
};

/**
 * The metadata the "Demo protocol" microservice serves — the same as the emulator's
 * (`lang` starting with `de` gives German texts); the example file is a `data:` URL here.
 */
export function demoProtocolMetadata(lang = 'en'): ExtensionMetadata {
  const t = lang.toLowerCase().startsWith('de') ? TEXT.de : TEXT.en;
  return {
    title: t.title,
    description: t.description,
    pages: [
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        title: t.page1,
        description: t.page1Description,
        required: ['id'],
        properties: {
          id: { type: 'string', title: t.id, description: t.idDescription, minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
          name: { type: 'string', title: t.name, maxLength: 128 },
        },
      },
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        title: t.page2,
        description: t.page2Description,
        required: ['protocolVersion'],
        properties: {
          protocolVersion: { type: 'string', title: t.version, enum: ['v1', 'v2'], default: 'v2' },
          port: { type: 'integer', title: t.port, minimum: 1, maximum: 65535, default: 5683 },
          secure: { type: 'boolean', title: t.secure, default: true },
        },
      },
    ],
    bulk: {
      title: t.bulkTitle,
      exampleFileUrls: [
        {
          title: t.exampleTitle,
          description: t.exampleDescription,
          url: `data:text/csv;charset=utf-8,${encodeURIComponent(DEMO_EXAMPLE_CSV)}`,
        },
      ],
    },
  };
}

/** The problems of a merged model of both pages, as the microservice checks them. */
export function validateDemoModel(model: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const { id, name, protocolVersion, port, secure } = model;
  if (typeof id !== 'string' || id === '') problems.push('id is required');
  else if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) problems.push('id may contain only letters, digits, "-" and "_" (up to 64)');
  if (name !== undefined && (typeof name !== 'string' || name.length > 128)) problems.push('name must be a text of up to 128 characters');
  if (protocolVersion !== 'v1' && protocolVersion !== 'v2') problems.push('protocolVersion must be v1 or v2');
  if (port !== undefined && (!Number.isInteger(port) || Number(port) < 1 || Number(port) > 65535)) {
    problems.push('port must be an integer from 1 to 65535');
  }
  if (secure !== undefined && typeof secure !== 'boolean') problems.push('secure must be true or false');
  return problems;
}

const HOUR = 3_600_000;

/** A dozen requests in every status; the `securityToken`s are what those devices send. */
export function demoSeedRequests(now = Date.now()): SeedRequest[] {
  const t = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  return [
    { id: '867530012345678', status: 'PENDING_ACCEPTANCE', creationTime: t(2), groupId: '1001' },
    { id: 'SN-4711-A', status: 'PENDING_ACCEPTANCE', creationTime: t(5), securityToken: 'token-4711' },
    { id: 'mac-00:1B:44:11:3A:B7', status: 'PENDING_ACCEPTANCE', creationTime: t(30), groupId: '1002' },
    { id: 'SN-4712-B', status: 'WAITING_FOR_CONNECTION', creationTime: t(1), securityToken: 'token-4712' },
    { id: 'thermostat-kitchen', status: 'WAITING_FOR_CONNECTION', creationTime: t(3), groupId: '1001' },
    { id: 'gateway-berlin-01', status: 'WAITING_FOR_CONNECTION', creationTime: t(8), type: 'c8y_Gateway' },
    { id: 'SN-4713-C', status: 'WAITING_FOR_CONNECTION', creationTime: t(26) },
    { id: 'meter 42 / hall #3', status: 'WAITING_FOR_CONNECTION', creationTime: t(50), groupId: '1002' },
    { id: 'tracker-0815', status: 'ACCEPTED', creationTime: t(4) },
    { id: 'pump-station-7', status: 'ACCEPTED', creationTime: t(20), groupId: '1001' },
    { id: 'SN-0000-X', status: 'BLOCKED', creationTime: t(12), securityToken: 'lost' },
    { id: 'sensor-düsseldorf-9', status: 'BLOCKED', creationTime: t(72), groupId: '1002' },
  ];
}

/**
 * A MemoryAdapter seeded for the demo page and Storybook: a dozen requests in every status,
 * two groups, and the "Demo protocol" extension (single with two pages, and bulk).
 * `options` override the demo defaults.
 */
export function createDemoMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const register = async (model: unknown) => {
    if (!model || typeof model !== 'object' || Array.isArray(model)) {
      throw new RegistrationError({ status: 400, code: 'invalid', message: 'The body must be a JSON object' });
    }
    const values = model as Record<string, unknown>;
    const problems = validateDemoModel(values);
    if (problems.length) {
      throw new RegistrationError({ status: 422, code: 'invalid', message: `Invalid registration: ${problems.join('; ')}` });
    }
    const request = await adapter.create({ id: values.id as string, type: DEMO_DEVICE_TYPE });
    return { ...request, message: `Device ${request.id} registered` };
  };
  // the microservice's bulk imports Cumulocity's format and checks each row as a single
  // registration (PROTOCOL_VERSION defaulting to v2, as in its form), like the emulator's
  const bulkRows = {
    defaultType: DEMO_DEVICE_TYPE,
    checkRow: (row: Record<string, string>) =>
      validateDemoModel({ id: row.ID, name: row.NAME || undefined, protocolVersion: row.PROTOCOL_VERSION || 'v2' }),
  };
  const extensions: MemoryExtension[] = DEMO_EXTENSIONS.map((extension) => ({
    extension,
    metadata: demoProtocolMetadata,
    register,
    bulkRows,
  }));
  const adapter = new MemoryAdapter({
    requests: demoSeedRequests(),
    groups: [
      { id: '1001', name: 'Field devices' },
      { id: '1002', name: 'Warehouse sensors' },
    ],
    extensions,
    ...options,
  });
  return adapter;
}

export interface DeviceSimulationOptions {
  /** Time between two simulation steps, default 2000 ms. */
  intervalMs?: number;
  /** Stops the simulation when aborted. */
  signal?: AbortSignal;
  /**
   * The token a waiting device sends when it calls in. Default: the token it was seeded
   * with (see {@link SeedRequest.securityToken}), else none.
   */
  tokenFor?: (id: string) => string | undefined;
  /** Random source (0 ≤ x < 1), for reproducible runs. */
  random?: () => number;
}

/**
 * Plays the devices for a live demo: at every step one waiting device calls in (becoming
 * pending, or blocked when a token is required and it has none) and every accepted device
 * collects its credentials (leaving the list). Returns a function that stops it.
 */
export function startDeviceSimulation(adapter: MemoryAdapter, options: DeviceSimulationOptions = {}): () => void {
  const { intervalMs = 2000, signal, random = Math.random } = options;
  const tokenFor = options.tokenFor ?? ((id: string) => adapter.deviceToken(id));
  let busy = false;
  const step = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const request of adapter.peek('ACCEPTED')) await adapter.bootstrap(request.id, tokenFor(request.id), { signal });
      const waiting = adapter.peek('WAITING_FOR_CONNECTION');
      if (waiting.length) {
        const { id } = waiting[Math.floor(random() * waiting.length)];
        await adapter.bootstrap(id, tokenFor(id), { signal });
      }
    } catch {
      // an injected failure or an abort: the device simply tries again at the next step
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void step(), intervalMs);
  const stop = () => {
    clearInterval(timer);
    signal?.removeEventListener('abort', stop);
  };
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
