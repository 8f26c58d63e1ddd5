export const sourceLocale = 'en';
export const targetLocales = ['de'] as const;
export const allLocales = [sourceLocale, ...targetLocales] as const;
export type DevRegLocale = (typeof allLocales)[number];

/** The best supported locale for a BCP 47 tag ('de-AT' → 'de'); English otherwise. */
export function supportedLocale(tag: string | undefined): DevRegLocale {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (allLocales as readonly string[]).includes(base) ? (base as DevRegLocale) : sourceLocale;
}
