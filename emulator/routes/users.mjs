// @ts-check
/** `/user/currentUser` (with `effectiveRoles` and `roles`) and `/user/logout`. */
import { parseCookies } from '../auth.mjs';
import { mediaType, sendJson } from '../http.mjs';

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('GET', '/user/currentUser', 'user', (ctx) => {
    const { user, tenantId, roles } = ctx.principal;
    const roleList = [...roles].sort().map((id) => ({ id, name: id, self: `${ctx.base}/user/roles/${id}` }));
    sendJson(
      ctx.req,
      ctx.res,
      200,
      {
        id: user,
        userName: user,
        displayName: user,
        tenantId,
        enabled: true,
        shouldResetPassword: false,
        effectiveRoles: roleList,
        roles: { references: roleList.map((role) => ({ role, self: role.self })), self: `${ctx.base}/user/${tenantId}/users/${user}/roles` },
        groups: { references: [], self: `${ctx.base}/user/${tenantId}/users/${user}/groups` },
        self: `${ctx.base}/user/currentUser`,
      },
      mediaType('currentUser'),
    );
  });

  router.add('POST', '/user/logout', 'user', (ctx) => {
    const token = parseCookies(ctx.req.headers.cookie).authorization;
    if (token) ctx.store.sessions.delete(token);
    const path = ctx.store.config.basePath || '/';
    ctx.res.writeHead(200, {
      'Set-Cookie': [`authorization=; Path=${path}; Max-Age=0`, `XSRF-TOKEN=; Path=${path}; Max-Age=0`],
      'Content-Length': '0',
    });
    ctx.res.end();
  });
}
