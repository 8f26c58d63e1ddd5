import { createContext } from '@lit/context';

/** The BCP 47 locale `<devreg-provider>` hands down, for dates and numbers. */
export const localeContext = createContext<string | undefined>('devreg-locale');
