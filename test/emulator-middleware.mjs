// Mounts the Cumulocity-compatible emulator inside web-test-runner's dev server under a path
// prefix, so browser tests reach it on their own origin (no CORS), over real HTTP.
import { existsSync } from 'node:fs';

export function emulatorMiddleware(prefix) {
  let emulator;
  return async (ctx, next) => {
    if (!ctx.url.startsWith(prefix + '/')) return next();
    if (!emulator) {
      const serverModule = new URL('../emulator/server.mjs', import.meta.url);
      if (!existsSync(serverModule)) return next();
      const { createEmulator } = await import(serverModule.href);
      // the control API (/__emulator/reset, faults) lets each test start from a known state
      // basePath makes `self` links and example-file URLs carry the mount prefix; `env: {}` keeps
      // a developer's C8Y_* variables (e.g. a data file) out of the tests
      emulator = createEmulator({ control: true, basePath: prefix, env: {} });
    }
    ctx.req.url = ctx.url.slice(prefix.length);
    ctx.respond = false;
    emulator.handler(ctx.req, ctx.res);
  };
}
