import { createContext } from '@lit/context';
import type { RegistrationAdapter } from '../adapters/registration-adapter.js';

/** The adapter `<devreg-provider>` hands to every descendant. A string key, so two copies of the library still match. */
export const adapterContext = createContext<RegistrationAdapter | undefined>('devreg-adapter');
