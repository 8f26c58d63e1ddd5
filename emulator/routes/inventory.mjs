// @ts-check
/**
 * `/inventory/managedObjects` (device groups search: `fragmentType`, `type`, `text`, and the
 * `query`/`q` query-language forms @c8y/client builds, e.g.
 * `$filter=(has(c8y_IsDeviceGroup) and name eq '*floor*') $orderby=name asc`) and
 * `/identity/externalIds/{type}/{externalId}`.
 */
import { ROLES } from '../auth.mjs';
import { notFound, unprocessable } from '../errors.mjs';
import { mediaType, readJsonObject, sendJson } from '../http.mjs';
import { collection, parsePaging } from '../paging.mjs';

/**
 * @typedef {import('../state.mjs').ManagedObject} ManagedObject
 * @typedef {(mo: ManagedObject) => boolean} Predicate
 */

/** `*` wildcards, case-insensitive, as Cumulocity's `eq` on strings. @param {string} pattern */
function wildcard(pattern) {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`, 'is');
}

/**
 * Interprets the parts of the inventory query language a registration UI uses
 * (has(), name/type eq, bygroupid(), joined by `and`); other terms are ignored.
 * @param {string} query
 * @param {(groupId: string, moId: string) => boolean} [isChild]
 * @returns {{predicates: Predicate[], orderBy?: string}}
 */
export function parseInventoryQuery(query, isChild = () => false) {
  /** @type {Predicate[]} */
  const predicates = [];
  let filter = query;
  let orderBy;
  const order = /\$orderby=([A-Za-z0-9_.]+)/i.exec(query);
  if (order) orderBy = order[1];
  const f = /\$filter=\((.*)\)(\s+\$orderby=.*)?$/is.exec(query);
  if (f) filter = f[1];
  else filter = filter.replace(/\$orderby=.*$/is, '');
  for (const m of filter.matchAll(/has\(\s*([A-Za-z0-9_.]+)\s*\)/g)) {
    const fragment = m[1];
    predicates.push((mo) => mo[fragment] !== undefined);
  }
  for (const m of filter.matchAll(/\b(name|type|id)\s+eq\s+'((?:[^']|'')*)'/gi)) {
    const field = m[1].toLowerCase();
    const re = wildcard(m[2].replace(/''/g, "'"));
    predicates.push((mo) => re.test(String(mo[field] ?? '')));
  }
  for (const m of filter.matchAll(/bygroupid\(\s*([A-Za-z0-9_-]+)\s*\)/gi)) {
    const groupId = m[1];
    predicates.push((mo) => isChild(groupId, mo.id));
  }
  return { predicates, orderBy };
}

/** At most this many child references are embedded in a managed object. */
const MAX_CHILD_REFERENCES = 2000;

/**
 * @param {import('../router.mjs').Context} ctx
 * @param {ManagedObject} mo
 */
function presentMo(ctx, mo) {
  const self = `${ctx.base}/inventory/managedObjects/${encodeURIComponent(mo.id)}`;
  const withChildren = ctx.query.get('withChildren') !== 'false';
  return {
    ...mo,
    self,
    childAssets: {
      references: (withChildren ? mo.childAssets.slice(0, MAX_CHILD_REFERENCES) : []).map((id) => {
        const child = ctx.store.managedObjects.get(id);
        return { managedObject: { id, name: child?.name, self: `${ctx.base}/inventory/managedObjects/${id}` } };
      }),
      self: `${self}/childAssets`,
    },
  };
}

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('GET', '/inventory/managedObjects', [ROLES.INVENTORY_READ, ROLES.INVENTORY_ADMIN], (ctx) => {
    const paging = parsePaging(ctx.query);
    /** @type {Predicate[]} */
    const predicates = [];
    const fragmentType = ctx.query.get('fragmentType');
    if (fragmentType) predicates.push((mo) => mo[fragmentType] !== undefined);
    const type = ctx.query.get('type');
    if (type) predicates.push((mo) => mo.type === type);
    const text = ctx.query.get('text');
    if (text) {
      const needle = text.toLowerCase();
      predicates.push((mo) => String(mo.name ?? '').toLowerCase().includes(needle) || mo.id === text);
    }
    const ids = ctx.query.get('ids');
    if (ids) {
      const set = new Set(ids.split(','));
      predicates.push((mo) => set.has(mo.id));
    }
    let orderBy;
    const query = ctx.query.get('query') ?? ctx.query.get('q');
    if (query) {
      const parsed = parseInventoryQuery(query, (groupId, moId) =>
        Boolean(ctx.store.managedObjects.get(groupId)?.childAssets.includes(moId)),
      );
      predicates.push(...parsed.predicates);
      orderBy = parsed.orderBy;
    }
    let all = [...ctx.store.managedObjects.values()].filter((mo) => predicates.every((p) => p(mo)));
    if (orderBy) {
      const key = orderBy;
      all = all.sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')));
    }
    const body = collection({ base: ctx.base, path: '/inventory/managedObjects', query: ctx.query }, 'managedObjects', all, paging, (mo) =>
      presentMo(ctx, mo),
    );
    sendJson(ctx.req, ctx.res, 200, body, mediaType('managedObjectCollection'));
  });

  router.add('POST', '/inventory/managedObjects', [ROLES.INVENTORY_ADMIN], async (ctx) => {
    const body = await readJsonObject(ctx.req);
    if (typeof body.name !== 'string' || !body.name.trim()) throw unprocessable('name: may not be empty', 'inventory');
    const fields = { ...body };
    for (const key of ['id', 'childAssets', 'self', 'owner', 'creationTime', 'lastUpdated']) delete fields[key];
    const mo = ctx.store.createManagedObject(/** @type {Partial<ManagedObject>} */ (fields), ctx.principal.user);
    sendJson(ctx.req, ctx.res, 201, presentMo(ctx, mo), mediaType('managedObject'));
  });

  router.add('GET', '/inventory/managedObjects/:id', [ROLES.INVENTORY_READ, ROLES.INVENTORY_ADMIN], (ctx) => {
    const mo = ctx.store.managedObjects.get(ctx.params.id);
    if (!mo) throw notFound(`Finding device data from database failed : No managedObject for id '${ctx.params.id}'!`, 'inventory');
    sendJson(ctx.req, ctx.res, 200, presentMo(ctx, mo), mediaType('managedObject'));
  });

  router.add('GET', '/identity/externalIds/:type/:externalId', [ROLES.IDENTITY_READ, ROLES.IDENTITY_ADMIN], (ctx) => {
    const record = ctx.store.findExternalId(ctx.params.type, ctx.params.externalId);
    if (!record) {
      throw notFound(`External id not found; external id = ID [type=${ctx.params.type}, value=${ctx.params.externalId}]`, 'identity');
    }
    sendJson(
      ctx.req,
      ctx.res,
      200,
      {
        externalId: record.externalId,
        type: record.type,
        self: `${ctx.base}/identity/externalIds/${encodeURIComponent(record.type)}/${encodeURIComponent(record.externalId)}`,
        managedObject: { id: record.moId, self: `${ctx.base}/inventory/managedObjects/${record.moId}` },
      },
      mediaType('externalId'),
    );
  });

  router.add('GET', '/identity/globalIds/:id/externalIds', [ROLES.IDENTITY_READ, ROLES.IDENTITY_ADMIN], (ctx) => {
    const list = [...ctx.store.externalIds.values()].filter((e) => e.moId === ctx.params.id);
    sendJson(
      ctx.req,
      ctx.res,
      200,
      {
        externalIds: list.map((e) => ({
          externalId: e.externalId,
          type: e.type,
          self: `${ctx.base}/identity/externalIds/${encodeURIComponent(e.type)}/${encodeURIComponent(e.externalId)}`,
          managedObject: { id: e.moId, self: `${ctx.base}/inventory/managedObjects/${e.moId}` },
        })),
        self: `${ctx.base}/identity/globalIds/${encodeURIComponent(ctx.params.id)}/externalIds`,
      },
      mediaType('externalIdCollection'),
    );
  });
}
