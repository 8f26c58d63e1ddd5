import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { CumulocityAdapter } from '../src/adapters/cumulocity-adapter.js';
import { PollingLoop } from '../src/adapters/cumulocity/polling.js';
import { errorFromResponse, parseRetryAfter } from '../src/adapters/cumulocity/errors.js';
import { errorMappingLoader, joinUrl } from '../src/adapters/cumulocity/http.js';
import { lazy } from '../src/adapters/cumulocity/lazy.js';
import { errorText } from '../src/i18n/error-text.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { DeviceCredentials, RegistrationAdapter, RegistrationChange } from '../src/adapters/registration-adapter.js';
import { runAdapterConformance } from './suites/adapter-conformance.js';

// ---- helpers ---------------------------------------------------------------------------------

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

type Responder = (call: Call) => Response | Promise<Response>;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A fake `fetch` that records every call and answers with the given responder. */
function fakeFetch(responder: Responder): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const f = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal;
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const call: Call = {
      url: input instanceof Request ? input.url : input instanceof URL ? input.href : input,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      credentials: init?.credentials,
    };
    calls.push(call);
    return responder(call);
  };
  return { fetch: f, calls };
}

const BASIC = { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' } as const;

async function rejection(promise: Promise<unknown>): Promise<RegistrationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(RegistrationError);
    return error as RegistrationError;
  }
  throw new Error('expected the promise to reject');
}

function until(predicate: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (predicate()) resolve();
      else if (Date.now() - start > timeout) reject(new Error('condition not met in time'));
      else setTimeout(check, 10);
    };
    check();
  });
}

const listBody = (ids: { id: string; status?: string }[], pageSize = 50) => ({
  newDeviceRequests: ids.map((r) => ({ id: r.id, status: r.status ?? 'WAITING_FOR_CONNECTION', self: `x/${r.id}` })),
  statistics: { currentPage: 1, pageSize, totalPages: 1 },
});

// ---- the request layer, against a fake fetch --------------------------------------------------

describe('CumulocityAdapter request layer (fake fetch)', () => {
  it('joins base URLs and encodes query values', () => {
    expect(joinUrl('', '/a', { x: 'a b&c', y: undefined })).to.equal('/a?x=a%20b%26c');
    expect(joinUrl('/emulator/', '/a')).to.equal('/emulator/a');
    expect(joinUrl('https://t100.example.com', '/a', { n: 2 })).to.equal('https://t100.example.com/a?n=2');
  });

  it('lists with paging parameters and the collection media type', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json({ ...listBody([{ id: 'a' }, { id: 'b', status: 'PENDING_ACCEPTANCE' }]), statistics: { currentPage: 2, pageSize: 2, totalPages: 3 } }),
    );
    const adapter = new CumulocityAdapter({ baseUrl: 'https://t100.example.com', auth: BASIC, fetch });
    const result = await adapter.list({ page: 2, pageSize: 2 });
    expect(calls[0].url).to.equal('https://t100.example.com/devicecontrol/newDeviceRequests?currentPage=2&pageSize=2&withTotalPages=true');
    expect(calls[0].headers.get('Accept')).to.equal('application/vnd.com.nsn.cumulocity.newDeviceRequestCollection+json');
    expect(result).to.deep.equal({
      requests: [
        { id: 'a', status: 'WAITING_FOR_CONNECTION', self: 'x/a' },
        { id: 'b', status: 'PENDING_ACCEPTANCE', self: 'x/b' },
      ],
      page: 2,
      pageSize: 2,
      totalPages: 3,
    });
  });

  it('clamps the page size to 2000', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([])));
    await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).list({ page: 1, pageSize: 5000 });
    expect(calls[0].url).to.contain('pageSize=2000');
  });

  it('sends media types, Accept on every write, and encodes IDs in paths', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ id: 'a/b c?', status: call.method === 'PUT' ? 'ACCEPTED' : 'WAITING_FOR_CONNECTION' }, call.method === 'POST' ? 201 : 200),
    );
    const adapter = new CumulocityAdapter({ baseUrl: '/c8y', auth: BASIC, fetch });
    const created = await adapter.create({ id: 'a/b c?', groupId: '42', type: 'c8y_Sensor' });
    expect(created.status).to.equal('WAITING_FOR_CONNECTION');
    const accepted = await adapter.accept('a/b c?', { securityToken: 's3cret' });
    expect(accepted.status).to.equal('ACCEPTED');
    await adapter.remove('a/b c?');

    const [post, put, del] = calls;
    expect(post.method).to.equal('POST');
    expect(post.url).to.equal('/c8y/devicecontrol/newDeviceRequests');
    expect(post.headers.get('Content-Type')).to.equal('application/vnd.com.nsn.cumulocity.newDeviceRequest+json');
    expect(post.headers.get('Accept')).to.equal('application/vnd.com.nsn.cumulocity.newDeviceRequest+json');
    expect(JSON.parse(post.body!)).to.deep.equal({ id: 'a/b c?', groupId: '42', type: 'c8y_Sensor' });

    expect(put.method).to.equal('PUT');
    expect(put.url).to.equal('/c8y/devicecontrol/newDeviceRequests/a%2Fb%20c%3F');
    expect(put.headers.get('Accept')).to.equal('application/vnd.com.nsn.cumulocity.newDeviceRequest+json');
    expect(JSON.parse(put.body!)).to.deep.equal({ status: 'ACCEPTED', securityToken: 's3cret' });

    expect(del.method).to.equal('DELETE');
    expect(del.url).to.equal('/c8y/devicecontrol/newDeviceRequests/a%2Fb%20c%3F');
  });

  it('leaves out an empty security token', async () => {
    const { fetch, calls } = fakeFetch(() => json({ id: 'a', status: 'ACCEPTED' }));
    await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).accept('a', { securityToken: '' });
    expect(JSON.parse(calls[0].body!)).to.deep.equal({ status: 'ACCEPTED' });
  });

  it('authenticates with basic auth (tenant/user, UTF-8) and sends no cookies', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([])));
    await new CumulocityAdapter({ baseUrl: '', auth: { type: 'basic', user: 'jürgen', password: 'pä:ss' }, fetch }).list({ page: 1, pageSize: 5 });
    const header = calls[0].headers.get('Authorization')!;
    expect(header.startsWith('Basic ')).to.be.true;
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(header.slice(6)), (c) => c.charCodeAt(0)));
    expect(decoded).to.equal('jürgen:pä:ss');
    expect(calls[0].credentials).to.equal('omit');
    expect(calls[0].headers.get('UseXBasic')).to.equal('true');
  });

  it('asks a bearer token function before every request and never puts the token in the URL', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([])));
    let n = 0;
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: { type: 'bearer', token: () => Promise.resolve(`tok${++n}`) }, fetch });
    await adapter.list({ page: 1, pageSize: 5 });
    await adapter.list({ page: 1, pageSize: 5 });
    expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer tok1', 'Bearer tok2']);
    expect(calls.some((c) => c.url.includes('tok'))).to.be.false;
  });

  it('keeps secrets out of the adapter object', () => {
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: { type: 'basic', user: 'admin', password: 'hunter2' } });
    expect(JSON.stringify(adapter)).not.to.contain('hunter2');
    expect(JSON.stringify(Object.values(adapter))).not.to.contain('hunter2');
  });

  it('cookie mode sends credentials and the XSRF header on writes only', async () => {
    document.cookie = 'XSRF-TOKEN=xsrf-123; path=/';
    try {
      const { fetch, calls } = fakeFetch((call) => (call.method === 'GET' ? json(listBody([])) : json({ id: 'a', status: 'WAITING_FOR_CONNECTION' }, 201)));
      const adapter = new CumulocityAdapter({ baseUrl: '', fetch });
      await adapter.list({ page: 1, pageSize: 5 });
      await adapter.create({ id: 'a' });
      expect(calls[0].credentials).to.equal('include');
      expect(calls[0].headers.has('X-XSRF-TOKEN')).to.be.false;
      expect(calls[0].headers.has('Authorization')).to.be.false;
      expect(calls[1].headers.get('X-XSRF-TOKEN')).to.equal('xsrf-123');
    } finally {
      document.cookie = 'XSRF-TOKEN=; path=/; max-age=0';
    }
  });

  it('maps error answers to RegistrationError codes with the server message', () => {
    const cases: [number, unknown, string][] = [
      [401, { error: 'security/Unauthorized', message: 'Bad credentials' }, 'unauthorized'],
      [403, { error: 'security/Forbidden', message: 'Access is denied' }, 'forbidden'],
      [404, { error: 'devicecontrol/Not Found', message: 'x' }, 'not-found'],
      [409, { error: 'devicecontrol/Duplicate', message: 'exists' }, 'duplicate'],
      [422, { error: 'devicecontrol/Duplicate', message: 'exists' }, 'duplicate'],
      [422, { error: 'devicecontrol/InvalidSecurityToken', message: 'Security token mismatch' }, 'token-mismatch'],
      [422, { error: 'undefined/validationError', message: 'id must not be empty' }, 'invalid'],
      [400, { error: 'general/badRequest', message: 'bad' }, 'invalid'],
      [429, { error: 'general/tooManyRequests', message: 'slow down' }, 'rate-limited'],
      [500, { error: 'general/internalError', message: 'boom' }, 'server'],
      [503, 'Service Unavailable', 'server'],
      [418, undefined, 'unknown'],
    ];
    for (const [status, body, code] of cases) {
      const error = errorFromResponse(status, body, status === 429 ? '7' : null);
      expect(error.code, `${status} ${JSON.stringify(body)}`).to.equal(code);
      expect(error.status).to.equal(status);
      if (body && typeof body === 'object') expect(error.message).to.equal((body as { message: string }).message);
    }
    expect(errorFromResponse(429, {}, '7').retryAfter).to.equal(7);
    expect(errorFromResponse(500, {}, null).retryable).to.be.true;
    expect(errorFromResponse(422, {}, null).retryable).to.be.false;
    expect(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())).to.be.within(1, 3);
  });

  it('tells the kind of an error answer by its status when the error mapping cannot be loaded', async () => {
    // a new deployment removed the chunk: a 401 must still end the session, a 403 say "no permission"
    const load = errorMappingLoader.load;
    errorMappingLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const cases: [number, string][] = [[401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [409, 'duplicate'], [422, 'invalid'], [429, 'rate-limited'], [502, 'server'], [418, 'unknown']];
      for (const [status, code] of cases) {
        const { fetch } = fakeFetch(() => json({ error: 'x/y', message: 'm' }, status));
        const adapter = new CumulocityAdapter({ baseUrl: 'https://t.example', fetch, retries: 0 });
        const error = await rejection(adapter.list({ page: 1, pageSize: 10 }));
        expect([error.status, error.code], String(status)).to.deep.equal([status, code]);
      }
    } finally {
      errorMappingLoader.load = load;
    }
  });

  it('reports a network failure as status 0, code network, retryable', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, retries: 0 }).list({ page: 1, pageSize: 5 }));
    expect(error.status).to.equal(0);
    expect(error.code).to.equal('network');
    expect(error.retryable).to.be.true;
  });

  it('retries GETs on 5xx with backoff, and never repeats a write', async () => {
    let failures = 2;
    const { fetch, calls } = fakeFetch((call) => {
      if (call.method === 'POST') return json({ error: 'general/internalError', message: 'boom' }, 500);
      return failures-- > 0 ? json({ message: 'boom' }, 503) : json(listBody([{ id: 'a' }]));
    });
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, retries: { retries: 3, baseDelay: 1 } });
    const result = await adapter.list({ page: 1, pageSize: 5 });
    expect(result.requests).to.have.length(1);
    expect(calls).to.have.length(3);
    const error = await rejection(adapter.create({ id: 'x' }));
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('boom');
    expect(calls.filter((c) => c.method === 'POST')).to.have.length(1);
  });

  it('gives up after the configured number of retries and does not retry a 4xx', async () => {
    const { fetch, calls } = fakeFetch((call) => (call.url.includes('limit') ? json({ message: 'nope' }, 404) : json({ message: 'down' }, 500)));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, retries: { retries: 2, baseDelay: 1 } });
    expect((await rejection(adapter.list({ page: 1, pageSize: 5 }))).code).to.equal('server');
    expect(calls).to.have.length(3);
    expect((await rejection(adapter.getLimit())).code).to.equal('not-found');
    expect(calls).to.have.length(4);
  });

  it('honours Retry-After on 429', async () => {
    let first = true;
    const { fetch, calls } = fakeFetch(() => {
      if (first) {
        first = false;
        return json({ message: 'slow down' }, 429, { 'Retry-After': '1' });
      }
      return json(listBody([]));
    });
    const started = performance.now();
    await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, retries: { retries: 1, baseDelay: 1 } }).list({ page: 1, pageSize: 5 });
    expect(calls).to.have.length(2);
    expect(performance.now() - started).to.be.at.least(950);
  });

  it('does not wait out a long Retry-After: the caller gets rate-limited at once', async () => {
    const { fetch, calls } = fakeFetch(() => json({ message: 'later' }, 429, { 'Retry-After': '120' }));
    const error = await rejection(new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).list({ page: 1, pageSize: 5 }));
    expect([error.code, error.retryAfter]).to.deep.equal(['rate-limited', 120]);
    expect(calls).to.have.length(1);
  });

  it('aborts during the retry wait', async () => {
    const { fetch } = fakeFetch(() => json({ message: 'down' }, 500));
    const controller = new AbortController();
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, retries: { retries: 3, baseDelay: 5000 } });
    const pending = adapter.list({ page: 1, pageSize: 5 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const error = await rejection(pending);
    expect(error.code).to.equal('aborted');
    expect(performance.now() - started).to.be.below(1000);
  });

  it('times out a request that gets no answer: a write fails with timeout, a read is retried', async () => {
    // a fetch that never answers until its signal aborts it
    const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
      });
    const create = await rejection(new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch: hanging, timeout: 30 }).create({ id: 'slow' }));
    expect([create.code, create.status, create.retryable]).to.deep.equal(['timeout', 0, true]);

    let calls = 0;
    const slowOnce = (input: RequestInfo | URL, init?: RequestInit) =>
      ++calls === 1 ? hanging(input, init) : Promise.resolve(json(listBody([{ id: 'late' }])));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch: slowOnce, timeout: 30, retries: { baseDelay: 1 } });
    const list = await adapter.list({ page: 1, pageSize: 50 });
    expect(list.requests.map((r) => r.id)).to.deep.equal(['late']);
    expect(calls).to.equal(2);

    // a server that stays silent is asked once more, not `retries` times: each attempt is a whole timeout to wait
    let silent = 0;
    const alwaysHanging = (input: RequestInfo | URL, init?: RequestInit) => (silent++, hanging(input, init));
    const patient = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch: alwaysHanging, timeout: 30, retries: { retries: 3, baseDelay: 1 } });
    expect((await rejection(patient.list({ page: 1, pageSize: 50 }))).code).to.equal('timeout');
    expect(silent, 'the first attempt and one retry').to.equal(2);
  });

  it('rejects with aborted for an already aborted signal without calling fetch', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([])));
    const error = await rejection(new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).create({ id: 'a' }, { signal: AbortSignal.abort() }));
    expect(error.code).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it("treats 403 and 404 on the token policy as OPTIONAL and reads the option's value", async () => {
    for (const [answer, expected] of [
      [json({ message: 'denied' }, 403), 'OPTIONAL'],
      [json({ message: 'unset' }, 404), 'OPTIONAL'],
      [json({ category: 'device-registration', key: 'security-token.policy', value: 'REQUIRED' }), 'REQUIRED'],
      [json({ value: 'nonsense' }), 'OPTIONAL'],
    ] as const) {
      const { fetch, calls } = fakeFetch(() => answer);
      expect(await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).getSecurityTokenPolicy()).to.equal(expected);
      expect(calls[0].url).to.equal('/tenant/options/device-registration/security-token.policy');
    }
  });

  it('derives permissions from the effective roles', async () => {
    const roles = (...ids: string[]) => json({ id: 'u', userName: 'u', effectiveRoles: ids.map((id) => ({ id, name: id })) });
    const permissions = async (answer: Response) => new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch: fakeFetch(() => answer).fetch }).getPermissions();
    expect(await permissions(roles('ROLE_DEVICE_CONTROL_READ'))).to.deep.equal({ read: true, admin: false });
    expect(await permissions(roles('ROLE_DEVICE_CONTROL_READ', 'ROLE_DEVICE_CONTROL_ADMIN'))).to.deep.equal({ read: true, admin: true });
    expect(await permissions(roles('ROLE_INVENTORY_READ'))).to.deep.equal({ read: false, admin: false });
    // older answers: roles as strings, as role references, and through the user's groups
    expect(await permissions(json({ effectiveRoles: ['ROLE_DEVICE_CONTROL_READ'] }))).to.deep.equal({ read: true, admin: false });
    const ref = (role: unknown) => ({ references: [{ role }] });
    expect(await permissions(json({ roles: ref({ name: 'ROLE_DEVICE_CONTROL_READ' }) }))).to.deep.equal({ read: true, admin: false });
    const viaGroup = json({ roles: ref('x'), groups: { references: [{ group: { roles: ref({ id: 'ROLE_DEVICE_CONTROL_ADMIN' }) } }] } });
    expect(await permissions(viaGroup)).to.deep.equal({ read: true, admin: true });
    expect(await permissions(json({ roles: { references: [{ name: 'ROLE_DEVICE_CONTROL_ADMIN' }] } }))).to.deep.equal({ read: false, admin: false });
  });

  it('searches device groups', async () => {
    const { fetch, calls } = fakeFetch(() => json({ managedObjects: [{ id: '7', name: 'Plant A' }, { id: 8 }] }));
    const groups = await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).searchGroups('Plant A');
    expect(calls[0].url).to.equal('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&text=Plant%20A&pageSize=25');
    expect(groups).to.deep.equal([{ id: '7', name: 'Plant A' }, { id: '8', name: '8' }]);
  });

  it('lists tenants only for a management tenant, the current one marked', async () => {
    const answers = (current: unknown, tenants: Response) =>
      fakeFetch((call) => (call.url.startsWith('/tenant/currentTenant') ? json(current) : tenants.clone())).fetch;
    const plain = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch: answers({ name: 't100' }, json({ message: 'denied' }, 403)) });
    expect(await plain.listTenants()).to.deep.equal([]);
    const management = new CumulocityAdapter({
      baseUrl: '',
      auth: BASIC,
      fetch: answers({ name: 'management' }, json({ tenants: [{ id: 'management' }, { id: 't1', company: 'Acme' }] })),
    });
    expect(await management.listTenants()).to.deep.equal([
      { id: 'management', current: true },
      { id: 't1', name: 'Acme' },
    ]);
  });

  it('finds registration extensions of microservices at the root or under manifest', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.url.startsWith('/user/currentUser')
        ? json({ id: 'ad min', userName: 'ad min', effectiveRoles: [] })
        : json({
            applications: [
              { type: 'MICROSERVICE', contextPath: 'lwm2m', manifest: { extensions: [{ name: 'LWM2M', type: 'extensibleDeviceRegistration' }, { name: 'LWM2M', type: 'extensibleBulkDeviceRegistration' }] } },
              { type: 'MICROSERVICE', name: 'demo', extensions: [{ name: 'Demo', type: 'extensibleDeviceRegistration' }, { name: 'Other', type: 'somethingElse' }] },
              { type: 'HOSTED', contextPath: 'cockpit', extensions: [{ name: 'No', type: 'extensibleDeviceRegistration' }] },
            ],
          }),
    );
    const extensions = await new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch }).listExtensions();
    expect(calls[1].url).to.match(/^\/application\/applicationsByUser\/ad%20min\?/);
    expect(extensions).to.deep.equal([
      { name: 'LWM2M', type: 'extensibleDeviceRegistration', contextPath: 'lwm2m' },
      { name: 'LWM2M', type: 'extensibleBulkDeviceRegistration', contextPath: 'lwm2m' },
      { name: 'Demo', type: 'extensibleDeviceRegistration', contextPath: 'demo' },
    ]);
  });

  it('unwraps extension metadata and posts the model', async () => {
    const ext = { name: 'Demo', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' } as const;
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'GET' ? json({ c8y_DeviceRegistration: { title: 'Demo', pages: [{ type: 'object' }] } }) : json({ ok: true }, 201),
    );
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch });
    expect(await adapter.getExtensionMetadata(ext, 'de')).to.deep.equal({ title: 'Demo', pages: [{ type: 'object' }] });
    expect(calls[0].url).to.equal('/service/demo-protocol/deviceRegistration/metadata?lang=de');
    expect(await adapter.registerWithExtension(ext, { imei: '1' })).to.deep.equal({ ok: true });
    expect(calls[1].url).to.equal('/service/demo-protocol/deviceRegistration');
    expect(calls[1].headers.get('Accept')).to.equal('application/json');
    expect(JSON.parse(calls[1].body!)).to.deep.equal({ imei: '1' });
  });
});

// ---- live updates, against a fake fetch --------------------------------------------------------

// ---- the parts loaded on first use ------------------------------------------------------------

describe('CumulocityAdapter lazily loaded parts', () => {
  it('a part that cannot be loaded fails the call with a retryable load-failed RegistrationError, and is requested again', async () => {
    let loads = 0;
    const part = lazy(() =>
      ++loads === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ ok: true }),
    );
    const error = await rejection(part());
    expect([error.status, error.code, error.retryable]).to.deep.equal([0, 'load-failed', true]);
    expect(error.message).to.equal('Part of the Cumulocity adapter could not be loaded.');
    // what the UI shows for it: trying again loads the part again (test/load-retry/ shows it with real fetches)
    expect(errorText(error)).to.equal('Part of this page could not be loaded. Check the connection, then try again.');
    expect(await part()).to.deep.equal({ ok: true });
    expect(await part()).to.deep.equal({ ok: true });
    expect(loads).to.equal(2);
  });

  it('rejects an unknown auth type at once', () => {
    expect(() => new CumulocityAdapter({ baseUrl: '', auth: { type: 'magic' } as unknown as { type: 'cookie' } })).to.throw(TypeError, /magic/);
  });

  it('the first call of each kind works as every later one (parts load on first use)', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url.startsWith('/user/currentUser')) return json({ id: 'u', userName: 'u', effectiveRoles: [{ id: 'ROLE_DEVICE_CONTROL_READ' }] });
      if (call.url.startsWith('/tenant/options')) return json({ value: 'IGNORED' });
      if (call.url.includes('/limit')) return json({ isReached: false });
      if (call.method === 'DELETE') return new Response(null, { status: 204 });
      return json({ id: 'first', status: 'WAITING_FOR_CONNECTION' }, call.method === 'POST' ? 201 : 200);
    });
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch });
    const [permissions, policy, limit, created] = await Promise.all([
      adapter.getPermissions(),
      adapter.getSecurityTokenPolicy(),
      adapter.getLimit(),
      adapter.create({ id: 'first' }),
    ]);
    expect(permissions).to.deep.equal({ read: true, admin: false });
    expect(policy).to.equal('IGNORED');
    expect(limit).to.deep.equal({ isReached: false });
    expect(created).to.deep.equal({ id: 'first', status: 'WAITING_FOR_CONNECTION' });
    await adapter.remove('first');
    expect(calls).to.have.length(5);
    expect(calls.every((c) => c.headers.get('Authorization')?.startsWith('Basic '))).to.be.true;
  });

  it('refresh() polls at once, even right after the first subscribe', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([{ id: 'a' }])));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 60_000 });
    await adapter.list({ page: 1, pageSize: 50 });
    const stop = adapter.subscribe(() => undefined);
    adapter.refresh();
    try {
      await until(() => calls.length >= 2, 2000);
    } finally {
      stop();
    }
    expect(calls[1].url).to.contain('currentPage=1');
  });

  it('refresh() without listeners does not poll', async () => {
    const { fetch, calls } = fakeFetch(() => json(listBody([{ id: 'a' }])));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 50 });
    await adapter.list({ page: 1, pageSize: 50 });
    adapter.subscribe(() => undefined)(); // subscribed and gone again at once
    adapter.refresh();
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.have.length(1);
  });
});

describe('CumulocityAdapter live updates (fake fetch)', () => {
  it('polls the loaded pages, diffs them and stops with the last unsubscribe', async () => {
    let rows: { id: string; status?: string }[] = [{ id: 'a' }, { id: 'b' }];
    const { fetch, calls } = fakeFetch(() => json(listBody(rows)));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 50 });
    await adapter.list({ page: 1, pageSize: 50 });
    const changes: RegistrationChange[] = [];
    const stop1 = adapter.subscribe((c) => changes.push(c));
    const stop2 = adapter.subscribe(() => undefined);
    rows = [{ id: 'a', status: 'PENDING_ACCEPTANCE' }, { id: 'c' }];
    await until(() => changes.length >= 3);
    expect(changes).to.deep.include({ type: 'updated', request: { id: 'a', status: 'PENDING_ACCEPTANCE', self: 'x/a' } });
    expect(changes).to.deep.include({ type: 'added', request: { id: 'c', status: 'WAITING_FOR_CONNECTION', self: 'x/c' } });
    expect(changes).to.deep.include({ type: 'removed', id: 'b' });
    stop1();
    const afterFirst = calls.length;
    await new Promise((r) => setTimeout(r, 120));
    expect(calls.length).to.be.greaterThan(afterFirst); // one subscriber left: still polling
    stop2();
    await new Promise((r) => setTimeout(r, 30));
    const afterLast = calls.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(calls.length).to.equal(afterLast);
  });

  it('tells a request pushed past the loaded pages from a removed one', async () => {
    let server = ['c', 'b', 'a']; // newest first, like Cumulocity's own UI order
    const { fetch, calls } = fakeFetch((call) => {
      const url = new URL(call.url, location.origin);
      const one = /newDeviceRequests\/([^/?]+)$/.exec(url.pathname);
      if (one) {
        const id = decodeURIComponent(one[1]);
        return server.includes(id) ? json({ id, status: 'WAITING_FOR_CONNECTION' }) : json({ message: 'gone' }, 404);
      }
      const page = Number(url.searchParams.get('currentPage'));
      const size = Number(url.searchParams.get('pageSize'));
      const rows = server.slice((page - 1) * size, page * size).map((id) => ({ id, status: 'WAITING_FOR_CONNECTION' }));
      return json({ newDeviceRequests: rows, statistics: { currentPage: page, pageSize: size, totalPages: Math.ceil(server.length / size) } });
    });
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 40 });
    await adapter.list({ page: 1, pageSize: 2 }); // c, b
    const changes: RegistrationChange[] = [];
    const stop = adapter.subscribe((c) => changes.push(c));
    try {
      server = ['d', 'c', 'b', 'a']; // b moves to page 2
      await until(() => changes.some((c) => c.type === 'added' && c.request.id === 'd'));
      await until(() => calls.some((c) => c.url.includes('currentPage=2')));
      expect(changes.some((c) => c.type === 'removed')).to.be.false;
      server = ['f', 'e', 'd', 'c', 'a']; // b deleted, and pushed far away anyway
      await until(() => changes.some((c) => c.type === 'removed' && c.id === 'b'));
      expect(calls.some((c) => /newDeviceRequests\/b$/.test(c.url))).to.be.true; // looked up one by one
    } finally {
      stop();
    }
    expect(changes.filter((c) => c.type === 'removed').map((c) => (c as { id: string }).id)).to.deep.equal(['b']);
  });

  it('tells nothing of requests that did not change, and one update of one that did', async () => {
    let rows: { id: string; status?: string }[] = [{ id: 'a' }, { id: 'b' }];
    const { fetch, calls } = fakeFetch(() => json(listBody(rows)));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 20 });
    await adapter.list({ page: 1, pageSize: 50 });
    const changes: RegistrationChange[] = [];
    const stop = adapter.subscribe((c) => changes.push(c));
    try {
      await until(() => calls.length >= 4);
      expect(changes).to.deep.equal([]);
      rows = [{ id: 'a' }, { id: 'b', status: 'BLOCKED' }];
      const polled = calls.length;
      await until(() => calls.length >= polled + 3);
    } finally {
      stop();
    }
    expect(changes).to.deep.equal([{ type: 'updated', request: { id: 'b', status: 'BLOCKED', self: 'x/b' } }]);
  });

  /** A server of requests `server` (newest first) whose list pages can be held back. */
  function pagedServer(initial: { id: string; status?: string }[]) {
    const state = { server: initial, hold: undefined as number | undefined, release: () => undefined as void };
    const { fetch, calls } = fakeFetch(async (call) => {
      const url = new URL(call.url, location.origin);
      const one = /newDeviceRequests\/([^/?]+)$/.exec(url.pathname);
      if (one) {
        const found = state.server.find((r) => r.id === decodeURIComponent(one[1]));
        return found ? json({ status: 'WAITING_FOR_CONNECTION', ...found }) : json({ message: 'gone' }, 404);
      }
      const page = Number(url.searchParams.get('currentPage'));
      const size = Number(url.searchParams.get('pageSize'));
      const rows = state.server.slice((page - 1) * size, page * size).map((r) => ({ id: r.id, status: r.status ?? 'WAITING_FOR_CONNECTION' }));
      if (page === state.hold) await new Promise<void>((resolve) => (state.release = resolve));
      return json({ newDeviceRequests: rows, statistics: { currentPage: page, pageSize: size, totalPages: Math.ceil(state.server.length / size) } });
    });
    return { state, fetch, calls };
  }

  /** An adapter on a {@link pagedServer} that listed page 1 (two per page) and is subscribed: the changes it tells are collected. */
  async function watchingPages(initial: { id: string; status?: string }[]) {
    const { state, fetch, calls } = pagedServer(initial);
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 20 });
    await adapter.list({ page: 1, pageSize: 2 });
    const changes: RegistrationChange[] = [];
    const stop = adapter.subscribe((c) => changes.push(c));
    return { state, calls, adapter, changes, stop };
  }

  it('updates a request that moved past the loaded pages and changed there', async () => {
    const { state, changes, stop } = await watchingPages([{ id: 'c' }, { id: 'b' }, { id: 'a' }]); // listed: c, b
    try {
      state.server = [{ id: 'd' }, { id: 'c' }, { id: 'b', status: 'PENDING_ACCEPTANCE' }]; // b moves to page 2
      await until(() => changes.length >= 2);
    } finally {
      stop();
    }
    expect(changes).to.deep.equal([
      { type: 'added', request: { id: 'd', status: 'WAITING_FOR_CONNECTION' } },
      { type: 'updated', request: { id: 'b', status: 'PENDING_ACCEPTANCE' } },
    ]);
  });

  it('looks up a request found on neither the loaded pages nor the next one, and tells its change', async () => {
    const { state, calls, changes, stop } = await watchingPages([{ id: 'c' }, { id: 'b' }, { id: 'a' }]); // listed: c, b
    try {
      // page 1: f, e; page 2: d, c; b is further down, with a new status
      state.server = [{ id: 'f' }, { id: 'e' }, { id: 'd' }, { id: 'c' }, { id: 'b', status: 'PENDING_ACCEPTANCE' }];
      await until(() => changes.length >= 3);
      const polled = calls.length;
      await until(() => calls.length >= polled + 3);
    } finally {
      stop();
    }
    expect(calls.some((c) => /newDeviceRequests\/b$/.test(c.url))).to.be.true;
    expect(changes).to.deep.equal([
      { type: 'added', request: { id: 'f', status: 'WAITING_FOR_CONNECTION' } },
      { type: 'added', request: { id: 'e', status: 'WAITING_FOR_CONNECTION' } },
      { type: 'updated', request: { id: 'b', status: 'PENDING_ACCEPTANCE' } },
    ]);
  });

  it('drops what a poll read past the loaded pages when the UI started a new view meanwhile', async () => {
    const { state, calls, adapter, changes, stop } = await watchingPages([{ id: 'c' }, { id: 'b' }, { id: 'a' }]); // listed: c, b
    try {
      state.hold = 2;
      state.server = [{ id: 'd' }, { id: 'c' }, { id: 'b' }]; // b moves to page 2, whose answer is held back
      await until(() => calls.some((c) => c.url.includes('currentPage=2')));
      state.hold = undefined;
      await adapter.list({ page: 1, pageSize: 2 }); // a new view: d, c
      state.release();
      const polled = calls.length;
      await until(() => calls.length >= polled + 3);
    } finally {
      stop();
    }
    // b was not in the new view: the held-back page must not bring it in
    expect(changes).to.deep.equal([{ type: 'added', request: { id: 'd', status: 'WAITING_FOR_CONNECTION' } }]);
  });

  it('never overlaps polls, even when the server is slower than the interval', async () => {
    let active = 0;
    let maxActive = 0;
    const { fetch, calls } = fakeFetch(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 80));
      active--;
      return json(listBody([{ id: 'a' }]));
    });
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 50 });
    await adapter.list({ page: 1, pageSize: 50 });
    const stop = adapter.subscribe(() => undefined);
    await until(() => calls.length >= 4);
    stop();
    expect(maxActive).to.equal(1);
  });

  it('pushes its own changes at once', async () => {
    const { fetch } = fakeFetch((call) => (call.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ id: 'n', status: 'WAITING_FOR_CONNECTION' }, 201)));
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 60_000 });
    const changes: RegistrationChange[] = [];
    const stop = adapter.subscribe((c) => changes.push(c));
    await adapter.create({ id: 'n' });
    await adapter.remove('n');
    stop();
    expect(changes.map((c) => c.type)).to.deep.equal(['added', 'removed']);
  });

  it('the loop tells of each failed poll and of the first that succeeds after them, not of one stop() aborted', async () => {
    let fail = true;
    let ticks = 0;
    const told: string[] = [];
    const loop = new PollingLoop(
      20,
      () => {
        ticks++;
        return fail ? Promise.reject(new Error('x')) : Promise.resolve();
      },
      { failed: (error) => told.push(`failed: ${(error as Error).message}`), recovered: () => told.push('recovered') },
    );
    loop.start();
    await until(() => told.length >= 2);
    fail = false;
    await until(() => told.includes('recovered'));
    const after = ticks;
    await until(() => ticks >= after + 2); // more good polls: nothing more to tell
    expect(told).to.deep.equal(['failed: x', 'failed: x', 'recovered']);

    // a poll under way when the loop stops fails by the abort: that is no failure to tell
    let settle!: (error: Error) => void;
    const stopped = new PollingLoop(10, () => new Promise<void>((_, reject) => (settle = reject)), { failed: () => told.push('failed'), recovered: () => told.push('recovered') });
    stopped.start();
    stopped.pollNow();
    stopped.stop();
    settle(new Error('aborted'));
    await new Promise((r) => setTimeout(r, 0));
    loop.stop();
    expect(told).to.have.length(3);
  });

  it('tells each subscriber when polls fail and when they work again; a successful list() polls at once to find out', async () => {
    let answer: () => Response = () => json({ error: 'security/Unauthorized', message: 'Bad credentials' }, 401);
    const { fetch, calls } = fakeFetch(() => answer());
    const adapter = new CumulocityAdapter({ baseUrl: '', auth: BASIC, fetch, pollInterval: 60_000 });
    answer = () => json(listBody([{ id: 'a' }]));
    await adapter.list({ page: 1, pageSize: 50 });
    const told: string[] = [];
    const options = {
      onError: (error: RegistrationError) => told.push(`error ${error.status} ${error.code}`),
      onRecovered: () => told.push('recovered'),
    };
    const stop = adapter.subscribe((c) => told.push(`${c.type} ${c.type === 'removed' ? c.id : c.request.id}`), options);
    const plain = adapter.subscribe(() => undefined); // a subscriber without options is fine too
    answer = () => json({ error: 'security/Unauthorized', message: 'Bad credentials' }, 401);
    adapter.refresh();
    await until(() => told.length === 1);
    expect(told).to.deep.equal(['error 401 unauthorized']);

    // one joining now hears of the failure at once; one that left hears nothing more
    const late: string[] = [];
    const stopLate = adapter.subscribe(() => undefined, { onError: (e) => late.push(e.code), onRecovered: () => late.push('recovered') });
    const gone: string[] = [];
    adapter.subscribe(() => undefined, { onError: (e) => gone.push(e.code) })();
    await until(() => late.length === 1);
    expect(late).to.deep.equal(['unauthorized']);

    // the server answers again: the next poll is two minutes away, but a list() that works polls now
    answer = () => json(listBody([{ id: 'a' }]));
    const before = calls.length;
    await adapter.list({ page: 1, pageSize: 50 });
    await until(() => told.includes('recovered'), 3000);
    expect(calls.length).to.equal(before + 2); // the list() and the poll
    expect(told).to.deep.equal(['error 401 unauthorized', 'recovered']);
    expect(late).to.deep.equal(['unauthorized', 'recovered']);
    expect(gone).to.deep.equal([]);
    stop();
    stopLate();
    plain();
  });

  it('slows down while the page is hidden and backs off after errors', async () => {
    let fail = true;
    const loop = new PollingLoop(100, () => (fail ? Promise.reject(new Error('x')) : Promise.resolve()));
    expect(loop.nextDelay()).to.equal(100);
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      expect(loop.nextDelay()).to.equal(400);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).to.equal(descriptor.get!.call(document));
    loop.start();
    loop.pollNow();
    await until(() => loop.nextDelay() > 100);
    expect(loop.nextDelay()).to.equal(200);
    fail = false;
    loop.stop();
  });
});

// ---- over real HTTP against the emulator (mounted at /emulator by the test server) --------------

const EMU = '/emulator';
const BOOTSTRAP_AUTH = `Basic ${btoa('management/devicebootstrap:bootstrap')}`;

async function control(path: string, body?: unknown, method = 'POST'): Promise<unknown> {
  const res = await fetch(`${EMU}/__emulator/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

const resetEmulator = (config: Record<string, unknown> = {}) => control('reset', config);

interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  retryAfter?: number;
  times?: number;
}
const addFaults = (...rules: FaultRule[]) => control('faults', { rules });
const liveFaults = async () => ((await control('faults', undefined, 'GET')) as { rules: (FaultRule & { times?: number })[] }).rules;

function emulatorAdapter(user = 'admin', options: { tenant?: string; pollInterval?: number; retries?: number } = {}): CumulocityAdapter {
  return new CumulocityAdapter({
    baseUrl: EMU,
    auth: { type: 'basic', tenant: options.tenant ?? 't100', user, password: user },
    pollInterval: options.pollInterval ?? 100,
    retries: { retries: options.retries ?? 3, baseDelay: 20 },
  });
}

/** The device side: `POST /devicecontrol/deviceCredentials` as the bootstrap user; undefined on 404. */
async function bootstrap(id: string, securityToken?: string): Promise<DeviceCredentials | undefined> {
  const res = await fetch(`${EMU}/devicecontrol/deviceCredentials`, {
    method: 'POST',
    credentials: 'omit',
    headers: {
      Authorization: BOOTSTRAP_AUTH,
      'Content-Type': 'application/vnd.com.nsn.cumulocity.deviceCredentials+json',
      Accept: 'application/vnd.com.nsn.cumulocity.deviceCredentials+json',
    },
    body: JSON.stringify(securityToken === undefined ? { id } : { id, securityToken }),
  });
  // 404: not accepted yet; 422: blocked (the emulator says why): either way no credentials
  if (res.status === 404 || res.status === 422) return undefined;
  if (!res.ok) throw new Error(`bootstrap ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as DeviceCredentials;
}

/** Logs in through the emulator's login form; `path` is `/tenant/oauth` (cookie) or `/tenant/oauth/token` (bearer). */
async function login(path: string, user = 'admin'): Promise<Response> {
  const res = await fetch(`${EMU}${path}?tenant_id=t100`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'PASSWORD', username: user, password: user }).toString(),
  });
  expect(res.status, `login via ${path}`).to.equal(200);
  return res;
}

/**
 * The harness hands the suite one adapter object for the whole test; `configure({permissions})`
 * switches what it forwards to (a second adapter logged in as the read-only user) without
 * resetting the server, so requests made before stay visible.
 */
function switchableAdapter(initial: CumulocityAdapter): { adapter: RegistrationAdapter; use(next: CumulocityAdapter): void } {
  let current = initial;
  const adapter = new Proxy({} as RegistrationAdapter, {
    get(_target, key) {
      const value = (current as unknown as Record<PropertyKey, unknown>)[key];
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
    has: (_target, key) => key in current,
  });
  return { adapter, use: (next) => (current = next) };
}

runAdapterConformance('CumulocityAdapter + emulator', async () => {
  await resetEmulator();
  const switchable = switchableAdapter(emulatorAdapter());
  let config: Record<string, unknown> = {};
  return {
    adapter: switchable.adapter,
    device: { bootstrap },
    changeTimeout: 5000,
    async configure(options) {
      if (options.permissions) {
        switchable.use(emulatorAdapter(options.permissions.admin ? 'admin' : 'reader'));
      }
      const overrides: Record<string, unknown> = {};
      if (options.securityTokenPolicy) overrides.securityTokenPolicy = options.securityTokenPolicy;
      if (options.deviceLimit !== undefined) overrides.deviceLimit = options.deviceLimit;
      if (Object.keys(overrides).length) {
        config = { ...config, ...overrides };
        await resetEmulator(config);
      }
    },
  };
});

describe('CumulocityAdapter + emulator', function () {
  this.timeout(20000);

  beforeEach(async () => {
    await resetEmulator();
  });

  describe('auth', () => {
    it('basic: tenant/user:password works; a wrong password is unauthorized (401)', async () => {
      const adapter = emulatorAdapter();
      await adapter.create({ id: 'basic-1' });
      expect((await adapter.list({ page: 1, pageSize: 10 })).requests.map((r) => r.id)).to.include('basic-1');
      const wrong = new CumulocityAdapter({ baseUrl: EMU, auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'nope' } });
      const error = await rejection(wrong.list({ page: 1, pageSize: 10 }));
      expect(error.code).to.equal('unauthorized');
      expect(error.status).to.equal(401);
      expect(error.retryable).to.be.false;
      expect(error.message).to.contain('Bad credentials');
    });

    it('bearer: a token from /tenant/oauth/token, asked for through a function', async () => {
      const { access_token: token } = (await (await login('/tenant/oauth/token')).json()) as { access_token: string };
      let asked = 0;
      const adapter = new CumulocityAdapter({
        baseUrl: EMU,
        auth: {
          type: 'bearer',
          token: () => {
            asked++;
            return token;
          },
        },
      });
      expect(await adapter.getPermissions()).to.deep.equal({ read: true, admin: true });
      const created = await adapter.create({ id: 'bearer-1' });
      expect(created.owner).to.equal('admin');
      expect(asked).to.equal(2);
      const stale = new CumulocityAdapter({ baseUrl: EMU, auth: { type: 'bearer', token: 'expired' } });
      expect((await rejection(stale.list({ page: 1, pageSize: 5 }))).code).to.equal('unauthorized');
    });

    it('cookie: the session from /tenant/oauth plus X-XSRF-TOKEN on writes', async () => {
      await login('/tenant/oauth');
      // The emulator scopes its cookies to its mount point (/emulator), so this page (at /) cannot
      // read XSRF-TOKEN: a same-origin document under /emulator can, as a host app there would.
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `${EMU}/__emulator/faults`;
      document.body.append(frame);
      await loaded;
      const xsrf = () => /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(frame.contentDocument?.cookie ?? '')?.[1];
      try {
        expect(xsrf()).to.be.a('string');
        const adapter = new CumulocityAdapter({ baseUrl: EMU, auth: { type: 'cookie', xsrfToken: xsrf } });
        const created = await adapter.create({ id: 'cookie-1' });
        expect(created.status).to.equal('WAITING_FOR_CONNECTION');
        await bootstrap('cookie-1');
        expect((await adapter.accept('cookie-1')).status).to.equal('ACCEPTED');
        expect((await adapter.get('cookie-1'))?.status).to.equal('ACCEPTED');
        expect(await adapter.getPermissions()).to.deep.equal({ read: true, admin: true });

        // without the XSRF header the session still reads, but every write is refused
        const noXsrf = new CumulocityAdapter({ baseUrl: EMU, auth: { type: 'cookie', xsrfToken: () => undefined } });
        expect((await noXsrf.list({ page: 1, pageSize: 5 })).requests).to.have.length(1);
        const refused = await rejection(noXsrf.remove('cookie-1'));
        expect([refused.status, refused.code]).to.deep.equal([401, 'unauthorized']);
        expect(refused.message).to.contain('X-XSRF-TOKEN');
      } finally {
        await fetch(`${EMU}/user/logout`, { method: 'POST', headers: { 'X-XSRF-TOKEN': xsrf() ?? '' } });
        frame.remove();
      }
      const error = await rejection(new CumulocityAdapter({ baseUrl: EMU }).list({ page: 1, pageSize: 5 }));
      expect(error.code).to.equal('unauthorized');
    });
  });

  describe('errors and retries', () => {
    it('401, 403 and a dropped connection are told apart', async () => {
      const unauthorized = await rejection(
        new CumulocityAdapter({ baseUrl: EMU, auth: { type: 'basic', tenant: 't100', user: 'nobody', password: 'x' } }).create({ id: 'e-1' }),
      );
      expect([unauthorized.status, unauthorized.code]).to.deep.equal([401, 'unauthorized']);

      const forbidden = await rejection(emulatorAdapter('reader').create({ id: 'e-2' }));
      expect([forbidden.status, forbidden.code]).to.deep.equal([403, 'forbidden']);
      expect(forbidden.message).to.contain('Access is denied');

      // Chromium silently resends a request when a reused connection closes, once per pooled
      // connection (the browser's pool outlives each test file's page): drop every attempt, until
      // the next test's reset clears the rule
      await addFaults({ path: '^/devicecontrol/newDeviceRequests$', drop: true });
      const network = await rejection(emulatorAdapter('admin', { retries: 0 }).list({ page: 1, pageSize: 5 }));
      expect([network.status, network.code, network.retryable]).to.deep.equal([0, 'network', true]);
    });

    it('a duplicate ID is duplicate (409) with the server message', async () => {
      const adapter = emulatorAdapter();
      await adapter.create({ id: 'dup' });
      const error = await rejection(adapter.create({ id: 'dup' }));
      expect([error.status, error.code, error.serverError]).to.deep.equal([409, 'duplicate', 'devicecontrol/Duplicate']);
      expect(error.message).to.contain("'dup' already exists");
    });

    it('a wrong security token is token-mismatch (422); other 422s are invalid', async () => {
      const adapter = emulatorAdapter();
      await adapter.create({ id: 'tok' });
      await bootstrap('tok', 'right');
      const mismatch = await rejection(adapter.accept('tok', { securityToken: 'wrong' }));
      expect([mismatch.status, mismatch.code]).to.deep.equal([422, 'token-mismatch']);
      await adapter.create({ id: 'waiting' });
      const invalid = await rejection(adapter.accept('waiting'));
      expect([invalid.status, invalid.code]).to.deep.equal([422, 'invalid']);
    });

    it('retries a GET after dropped connections and 5xx', async () => {
      await addFaults(
        { method: 'GET', path: '^/devicecontrol/newDeviceRequests$', drop: true, times: 1 },
        { method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 500, times: 2 },
      );
      const result = await emulatorAdapter().list({ page: 1, pageSize: 5 });
      expect(result.requests).to.deep.equal([]);
      expect(await liveFaults()).to.deep.equal([]); // all three faults were used up: four calls
    });

    it('never repeats a failed POST', async () => {
      await addFaults({ method: 'POST', path: '^/devicecontrol/newDeviceRequests$', status: 500, times: 3 });
      const adapter = emulatorAdapter();
      const error = await rejection(adapter.create({ id: 'once' }));
      expect([error.status, error.code, error.retryable]).to.deep.equal([500, 'server', true]);
      const [rule] = await liveFaults();
      expect(rule.times).to.equal(2); // exactly one call reached the server
      expect(await adapter.get('once')).to.equal(undefined);
    });

    it('gives up on a persistent 500 after the configured retries', async () => {
      await addFaults({ method: 'GET', path: '^/devicecontrol/newDeviceRequests/limit$', status: 500, times: 10 });
      const error = await rejection(emulatorAdapter('admin', { retries: 2 }).getLimit());
      expect(error.code).to.equal('server');
      const [rule] = await liveFaults();
      expect(rule.times).to.equal(7);
    });

    it('waits Retry-After on 429 before retrying a GET; without retries it reports rate-limited', async () => {
      await addFaults({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 429, retryAfter: 1, times: 1 });
      const started = performance.now();
      await emulatorAdapter().list({ page: 1, pageSize: 5 });
      expect(performance.now() - started).to.be.at.least(900);

      await addFaults({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 429, retryAfter: 1, times: 1 });
      const error = await rejection(emulatorAdapter('admin', { retries: 0 }).list({ page: 1, pageSize: 5 }));
      expect([error.status, error.code, error.retryAfter, error.retryable]).to.deep.equal([429, 'rate-limited', 1, true]);
    });

    it('aborts a slow request', async () => {
      await addFaults({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', delayMs: 3000, times: 1 });
      const controller = new AbortController();
      const pending = emulatorAdapter().list({ page: 1, pageSize: 5 }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      expect((await rejection(pending)).code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(1500);
    });
  });

  describe('permissions and settings', () => {
    it('the reader may read but not write', async () => {
      await emulatorAdapter().create({ id: 'r-1' });
      const reader = emulatorAdapter('reader');
      expect(await reader.getPermissions()).to.deep.equal({ read: true, admin: false });
      expect((await reader.list({ page: 1, pageSize: 5 })).requests.map((r) => r.id)).to.deep.equal(['r-1']);
      expect((await rejection(reader.create({ id: 'r-2' }))).code).to.equal('forbidden');
      expect((await rejection(reader.remove('r-1'))).code).to.equal('forbidden');
      expect(await emulatorAdapter().getPermissions()).to.deep.equal({ read: true, admin: true });
    });

    it('reads the token policy; OPTIONAL when it is unset or the user may not read options', async () => {
      await resetEmulator({ securityTokenPolicy: 'REQUIRED' });
      expect(await emulatorAdapter().getSecurityTokenPolicy()).to.equal('REQUIRED');
      expect(await emulatorAdapter('reader').getSecurityTokenPolicy()).to.equal('OPTIONAL'); // 403
      await resetEmulator({ securityTokenPolicy: null });
      expect(await emulatorAdapter().getSecurityTokenPolicy()).to.equal('OPTIONAL'); // 404
    });

    it('reports the device limit (counting devices)', async () => {
      await resetEmulator({ deviceLimit: 1 });
      const adapter = emulatorAdapter();
      expect(await adapter.getLimit()).to.deep.equal({ isReached: false, limit: 1 });
      await adapter.create({ id: 'l-1' });
      await bootstrap('l-1');
      await adapter.accept('l-1');
      expect((await bootstrap('l-1'))?.id).to.equal('l-1'); // the device now exists
      expect(await adapter.getLimit()).to.deep.equal({ isReached: true, limit: 1 });
      const error = await rejection(adapter.create({ id: 'l-2' }));
      expect([error.status, error.code]).to.deep.equal([422, 'limit-reached']);
    });

    it('searches device groups', async () => {
      const groups = await emulatorAdapter().searchGroups('Warehouse');
      expect(groups.map((g) => g.name)).to.deep.equal(['Warehouse']);
      expect(groups[0].id).to.be.a('string');
    });

    it('lists no tenants in a plain tenant, and the subtenants in a management tenant', async () => {
      expect(await emulatorAdapter().listTenants()).to.deep.equal([]);
      await resetEmulator({ management: true });
      const tenants = await emulatorAdapter('admin', { tenant: 'management' }).listTenants();
      expect(tenants[0]).to.include({ id: 'management', current: true });
      expect(tenants.slice(1)).to.deep.equal([
        { id: 't100', name: 'Acme Industries' },
        { id: 't200', name: 'Globex Logistics' },
        { id: 't300', name: 'Initech Energy' },
      ]);
    });
  });

  describe('bulk registration', () => {
    it('uploads a CSV with progress events and reports the outcome', async () => {
      const rows = Array.from({ length: 300 }, (_, i) => `BULK-${String(i).padStart(4, '0')};`);
      const file = new File([`ID;PATH\n${rows.join('\n')}\n`], 'devices.csv', { type: 'text/csv' });
      const progress: { loaded: number; total: number }[] = [];
      const result = await emulatorAdapter().bulkRegister(file, { onProgress: (p) => progress.push(p) });
      expect(result.numberOfAll).to.equal(300);
      expect(result.numberOfSuccessful).to.equal(300);
      expect(result.numberOfFailed).to.equal(0);
      expect(progress.length).to.be.at.least(2);
      expect(progress[0].loaded).to.equal(0);
      const last = progress[progress.length - 1];
      expect(last.loaded).to.equal(last.total);
      expect(last.total).to.be.at.least(file.size);
      for (let i = 1; i < progress.length; i++) expect(progress[i].loaded).to.be.at.least(progress[i - 1].loaded);
      expect((await emulatorAdapter().get('BULK-0042'))?.status).to.equal('WAITING_FOR_CONNECTION');
    });

    it('can be aborted while under way', async () => {
      await addFaults({ method: 'POST', path: '^/devicecontrol/bulkNewDeviceRequests$', delayMs: 3000, times: 1 });
      const controller = new AbortController();
      const pending = emulatorAdapter().bulkRegister(new Blob(['ID;PATH\nABORT-1;\n']), { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await rejection(pending)).code).to.equal('aborted');
    });

    it('reports a forbidden upload', async () => {
      const error = await rejection(emulatorAdapter('reader').bulkRegister(new Blob(['ID;PATH\nRO-1;\n'])));
      expect([error.status, error.code]).to.deep.equal([403, 'forbidden']);
    });
  });

  describe('live updates', () => {
    it('picks up a device calling in, requests added and removed elsewhere', async () => {
      const watcher = emulatorAdapter('admin', { pollInterval: 100 });
      const other = emulatorAdapter();
      await other.create({ id: 'live-1' });
      await other.create({ id: 'live-2' });
      await watcher.list({ page: 1, pageSize: 50 });
      const changes: RegistrationChange[] = [];
      const stop = watcher.subscribe((c) => changes.push(c));
      try {
        await bootstrap('live-1');
        await until(() => changes.some((c) => c.type === 'updated' && c.request.id === 'live-1' && c.request.status === 'PENDING_ACCEPTANCE'));
        await other.create({ id: 'live-3' });
        await until(() => changes.some((c) => c.type === 'added' && c.request.id === 'live-3'));
        await other.remove('live-2');
        await until(() => changes.some((c) => c.type === 'removed' && c.id === 'live-2'));
      } finally {
        stop();
      }
      expect(changes.filter((c) => c.type === 'updated' && c.request.id === 'live-1')).to.have.length(1);
    });

    it('notices a request that moved off the loaded pages being removed', async () => {
      const watcher = emulatorAdapter('admin', { pollInterval: 100 });
      const other = emulatorAdapter();
      for (const id of ['m-1', 'm-2', 'm-3']) await other.create({ id });
      await watcher.list({ page: 1, pageSize: 2 }); // m-1, m-2 (the emulator lists oldest first)
      const changes: RegistrationChange[] = [];
      const stop = watcher.subscribe((c) => changes.push(c));
      try {
        await other.remove('m-1'); // m-3 moves onto page 1, m-2 stays
        await until(() => changes.some((c) => c.type === 'removed' && c.id === 'm-1'));
      } finally {
        stop();
      }
      expect(changes.some((c) => c.type === 'removed' && c.id === 'm-2')).to.be.false;
    });

    /** A watcher of the emulator's list (loaded before the faults) that logs its changes, failures and recoveries in one list. */
    async function watch(...faults: FaultRule[]) {
      const watcher = emulatorAdapter('admin', { pollInterval: 100 });
      await watcher.list({ page: 1, pageSize: 50 });
      await addFaults(...faults);
      const log: string[] = [];
      const errors: RegistrationError[] = [];
      const stop = watcher.subscribe((c) => log.push(`${c.type} ${c.type === 'removed' ? c.id : c.request.id}`), {
        onError: (error) => {
          errors.push(error);
          log.push(`error ${error.code}`);
        },
        onRecovered: () => log.push('recovered'),
      });
      return { log, errors, stop };
    }

    it('a 401 on the polls is told at once, each time; when they work again what changed meanwhile comes, then the recovery', async () => {
      // the auditor's fault, but only twice: the third poll works
      const { log, errors, stop } = await watch({ method: 'GET', path: '^/devicecontrol/newDeviceRequests', status: 401, times: 2 });
      try {
        await emulatorAdapter().create({ id: 'while-401' }); // (a POST: not faulted)
        await until(() => log.includes('recovered'), 10000);
      } finally {
        stop();
      }
      expect(log).to.deep.equal(['error unauthorized', 'error unauthorized', 'added while-401', 'recovered']);
      expect(errors.map((e) => [e.status, e.retryable])).to.deep.equal([[401, false], [401, false]]);
      expect(await liveFaults()).to.deep.equal([]);
    });

    it('a dropped connection is told once the poll failed after its retries; clearing it recovers', async () => {
      // every attempt is dropped (Chromium resends a request on a closed pooled connection by itself)
      const { log, errors, stop } = await watch({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', drop: true });
      try {
        await until(() => errors.length >= 1, 10000);
        expect([errors[0].status, errors[0].code, errors[0].retryable]).to.deep.equal([0, 'network', true]);
        await control('faults', undefined, 'DELETE');
        await emulatorAdapter().create({ id: 'after-drop' });
        await until(() => log.includes('recovered'), 15000);
      } finally {
        stop();
      }
      expect(log.filter((entry) => !entry.startsWith('error'))).to.deep.equal(['added after-drop', 'recovered']);
      expect(log.indexOf('recovered')).to.equal(log.length - 1);
    });

    it('a failed request that its retry gets through is not told: one dropped read is noise', async () => {
      const { log, stop } = await watch({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 503, times: 1 });
      try {
        while ((await liveFaults()).length > 0) await new Promise((r) => setTimeout(r, 50)); // the 503 was answered
        await emulatorAdapter().create({ id: 'after-503' });
        await until(() => log.includes('added after-503'), 10000);
      } finally {
        stop();
      }
      expect(log).to.deep.equal(['added after-503']);
    });

    it('keeps polling through server errors', async () => {
      const watcher = emulatorAdapter('admin', { pollInterval: 100, retries: 0 });
      await watcher.list({ page: 1, pageSize: 50 });
      const changes: RegistrationChange[] = [];
      const stop = watcher.subscribe((c) => changes.push(c));
      try {
        await addFaults({ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 503, times: 2 });
        await emulatorAdapter().create({ id: 'after-errors' });
        await until(() => changes.some((c) => c.type === 'added' && c.request.id === 'after-errors'), 8000);
      } finally {
        stop();
      }
      expect(await liveFaults()).to.deep.equal([]);
    });
  });

  describe('extensions', () => {
    const demo = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' } as const;

    it('lists the Demo protocol microservice, single and bulk', async () => {
      expect(await emulatorAdapter().listExtensions()).to.deep.equal([
        demo,
        { ...demo, type: 'extensibleBulkDeviceRegistration' },
      ]);
    });

    it('reads its metadata unwrapped from c8y_DeviceRegistration', async () => {
      const metadata = await emulatorAdapter().getExtensionMetadata(demo, 'en');
      expect(metadata.title).to.be.a('string').and.not.equal('');
      expect(metadata.pages).to.have.length(2);
      expect(metadata.bulk?.title).to.be.a('string');
      expect((await emulatorAdapter().getExtensionMetadata(demo, 'de')).title).to.equal('Demo-Protokoll');
    });

    it("registers through it and reports the microservice's message on failure", async () => {
      const adapter = emulatorAdapter();
      const answer = (await adapter.registerWithExtension(demo, { id: 'demo-1', protocolVersion: 'v2', port: 5683 })) as { id: string };
      expect(answer.id).to.equal('demo-1');
      expect((await adapter.get('demo-1'))?.type).to.equal('c8y_DemoProtocolDevice');
      const error = await rejection(adapter.registerWithExtension(demo, { id: 'bad id!', protocolVersion: 'v9' }));
      expect([error.status, error.code]).to.deep.equal([422, 'invalid']);
      expect(error.message).to.contain('Invalid registration');
    });

    it('uploads a bulk file to it with progress', async () => {
      const progress: number[] = [];
      const csv = 'ID;NAME;PROTOCOL_VERSION;PATH\ndemo-b1;Meter;v2;\ndemo-b2;Meter;v1;\n';
      const answer = await emulatorAdapter().bulkRegisterWithExtension({ ...demo, type: 'extensibleBulkDeviceRegistration' }, new Blob([csv]), {
        onProgress: (p) => progress.push(p.loaded),
      });
      expect(answer).to.be.an('object');
      expect(progress.length).to.be.at.least(2);
      expect((await emulatorAdapter().get('demo-b2'))?.id).to.equal('demo-b2');
    });
  });
});
