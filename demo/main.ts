// The demo page `npm start` serves. By default it talks to the bundled emulator on the same
// origin through CumulocityAdapter; `?adapter=memory` runs entirely in the browser instead.
// `?user=reader` shows the read-only view, `?lang=de` the German strings.
// Only the page is loaded up front; its wizards come as lazy chunks when opened.
import '../src/define/provider.js';
import '../src/define/device-registration.js';
import { CumulocityAdapter } from '../src/adapters/cumulocity-adapter.js';
import { createDemoMemoryAdapter, startDeviceSimulation } from '../src/adapters/demo-memory-adapter.js';
import type { RegistrationAdapter } from '../src/adapters/registration-adapter.js';

const params = new URLSearchParams(location.search);
const useMemory = params.get('adapter') === 'memory';
const user = params.get('user') === 'reader' ? 'reader' : 'admin';
const lang = params.get('lang') === 'de' ? 'de' : 'en';

function createAdapter(): RegistrationAdapter {
  if (useMemory) {
    const adapter = createDemoMemoryAdapter({ permissions: { read: true, admin: user === 'admin' } });
    startDeviceSimulation(adapter, { intervalMs: 3000 });
    return adapter;
  }
  // The emulator's default users; a real tenant would use the browser session (auth: {type: 'cookie'}).
  return new CumulocityAdapter({
    baseUrl: '',
    auth: { type: 'basic', tenant: 't100', user, password: user },
    pollInterval: 2000,
  });
}

function link(label: string, query: Record<string, string | undefined>): HTMLAnchorElement {
  const next = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const a = document.createElement('a');
  a.href = `?${next.toString()}`;
  a.textContent = label;
  return a;
}

const nav = document.getElementById('demo-nav')!;
nav.append(
  link(useMemory ? 'Use the emulator' : 'Use MemoryAdapter', { adapter: useMemory ? undefined : 'memory' }),
  link(user === 'admin' ? 'View as reader' : 'View as admin', { user: user === 'admin' ? 'reader' : undefined }),
  link(lang === 'en' ? 'Deutsch' : 'English', { lang: lang === 'en' ? 'de' : undefined }),
);

const provider = document.createElement('devreg-provider');
provider.adapter = createAdapter();
provider.locale = lang;
document.documentElement.lang = lang;
provider.append(document.createElement('devreg-device-registration'));
document.getElementById('app')!.append(provider);
