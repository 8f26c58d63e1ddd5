// @ts-check
/** Demo data: a few device groups and `count` requests in mixed statuses. */

const GROUP_PATHS = ['Building A/Floor 1', 'Building A/Floor 2', 'Building B', 'Warehouse', 'Field devices'];
const STATUSES = ['WAITING_FOR_CONNECTION', 'PENDING_ACCEPTANCE', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'BLOCKED'];

/**
 * @param {import('./state.mjs').Store} store
 * @param {number} count
 */
export function seedState(store, count) {
  const owner = store.config.adminUser;
  const groupIds = GROUP_PATHS.map((path) => store.ensureGroupPath(path, owner));
  const tenants = store.knownTenantIds();
  const now = Date.now();
  for (let i = 1; i <= count; i++) {
    const id = `DEMO-${String(i).padStart(4, '0')}`;
    const status = STATUSES[(i - 1) % STATUSES.length];
    // every second pending request was sent with a token: the demo shows it as `token-<n>`
    const policy = store.tokenPolicy();
    const withToken = status === 'PENDING_ACCEPTANCE' && policy !== 'IGNORED' && (policy === 'REQUIRED' || i % 2 === 0);
    store.requests.set(id, {
      id,
      status,
      creationTime: new Date(now - i * 97_000).toISOString(),
      tenantId: tenants[i % tenants.length],
      owner,
      ...(i % 3 === 0 ? { groupId: groupIds[i % groupIds.length] } : {}),
      ...(withToken ? { deviceToken: `token-${i}` } : {}),
      ...(status === 'BLOCKED' ? { tokenAttempts: store.config.maxTokenAttempts } : { tokenAttempts: 0 }),
    });
  }
}
