// `npm start`: builds the demo page and serves it with the emulator's API on the same origin,
// at http://127.0.0.1:8000/ (HOST and PORT to change; every emulator variable applies, see README).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// DEVREG_DEMO_PREBUILT=1: demo-dist/ is already built (the end-to-end tests build it once for all files)
if (process.env.DEVREG_DEMO_PREBUILT !== '1') {
  // (silent otherwise for a minute or more on a small machine: say what is happening)
  console.log('devreg-elements demo: building the demo page (this can take a minute)…');
  const started = Date.now();
  const build = spawnSync('npx', ['rollup', '-c', 'rollup.demo.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`devreg-elements demo: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

const { startEmulator } = await import('../emulator/server.mjs');
const { configFromEnv } = await import('../emulator/config.mjs');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8000);
// a dozen demo requests in every status unless C8Y_SEED says otherwise
const running = await startEmulator({ seed: 12, ...configFromEnv(process.env), host, port, staticDir: `${root}demo-dist` });
console.log(`devreg-elements demo: ${running.url}/  (emulator API on the same origin; ?adapter=memory for MemoryAdapter)`);
const { describeService } = await import('../emulator/services.mjs');
for (const service of running.emulator.config.services) console.log(`  ${describeService(service)}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await running.close();
    process.exit(0);
  });
}
