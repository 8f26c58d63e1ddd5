#!/usr/bin/env node
// @ts-check
/**
 * `node emulator/cli.mjs` — starts the emulator on HOST (127.0.0.1) / PORT (8000).
 * All C8Y_* environment variables are read (see the README section "emulator");
 * STATIC_DIR optionally serves a directory for non-API paths; C8Y_SERVICES adds your microservices.
 */
import { startEmulator } from './server.mjs';
import { describeService } from './services.mjs';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got '${process.env.PORT}'`);
  process.exit(2);
}

try {
  const quiet = process.env.C8Y_QUIET === '1' || process.env.C8Y_QUIET === 'true';
  const { url, emulator, close } = await startEmulator({
    port,
    host,
    quiet,
    staticDir: process.env.STATIC_DIR || undefined,
  });
  const c = emulator.config;
  console.log(`Cumulocity emulator listening on ${url}`);
  console.log(`  tenant ${c.tenantId}${c.management ? ` (management, subtenants ${c.subtenants.map((t) => t.id).join(', ')})` : ''}`);
  console.log(`  users ${c.adminUser} (all roles), ${c.readerUser} (read only); bootstrap user ${c.bootstrapTenant}/${c.bootstrapUser}`);
  console.log(`  security token policy ${c.securityTokenPolicy ?? '(unset)'}, device limit ${c.deviceLimit ?? 'off'}`);
  for (const service of c.services) console.log(`  ${describeService(service)}`);
  if (c.dataFile) console.log(`  data file ${c.dataFile}`);
  if (c.control) console.log('  control API enabled at /__emulator');
  /** @param {string} signal */
  const stop = (signal) => {
    console.log(`\n${signal}: stopping`);
    close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`Could not start the emulator: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
