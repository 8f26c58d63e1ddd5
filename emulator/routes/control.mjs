// @ts-check
/**
 * The control API (only when `control` is enabled): `POST /__emulator/reset`,
 * `POST|DELETE /__emulator/faults`, `GET /__emulator/state`. Never authenticated, never faulted.
 */
import { defaultConfig } from '../config.mjs';
import { unprocessable } from '../errors.mjs';
import { parseRules } from '../faults.mjs';
import { readJsonObject, sendJson } from '../http.mjs';

/** Config keys a reset over HTTP may not change (they touch the file system, the network or the mount). */
const PROTECTED_KEYS = new Set(['dataFile', 'control', 'basePath', 'quiet', 'maxBulkBytes', 'saveDelayMs', 'services']);

/**
 * @param {import('../router.mjs').Router} router
 * @param {{reset: (overrides: Record<string, unknown>) => void, faults: import('../faults.mjs').Faults}} emulator
 */
export function register(router, emulator) {
  router.add('POST', '/__emulator/reset', 'public', async (ctx) => {
    const overrides = await readJsonObject(ctx.req, { allowEmpty: true });
    const known = defaultConfig();
    for (const key of Object.keys(overrides)) {
      if (!(key in known) || PROTECTED_KEYS.has(key)) throw unprocessable(`Unknown or protected config key '${key}'`);
    }
    try {
      emulator.reset(overrides);
    } catch (error) {
      throw unprocessable(/** @type {Error} */ (error).message);
    }
    sendJson(ctx.req, ctx.res, 200, { ok: true }, 'application/json');
  });

  router.add('POST', '/__emulator/faults', 'public', async (ctx) => {
    const rules = parseRules(await readJsonObject(ctx.req));
    emulator.faults.add(rules);
    sendJson(ctx.req, ctx.res, 200, { rules: emulator.faults.describe() }, 'application/json');
  });

  router.add('DELETE', '/__emulator/faults', 'public', (ctx) => {
    emulator.faults.clear();
    ctx.res.writeHead(204);
    ctx.res.end();
  });

  router.add('GET', '/__emulator/faults', 'public', (ctx) => {
    sendJson(ctx.req, ctx.res, 200, { rules: emulator.faults.describe() }, 'application/json');
  });

  router.add('GET', '/__emulator/state', 'public', (ctx) => {
    sendJson(ctx.req, ctx.res, 200, ctx.store.debugDump(), 'application/json');
  });
}
