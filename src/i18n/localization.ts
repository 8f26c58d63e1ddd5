import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales, supportedLocale } from './locale-codes.js';

let configured: ReturnType<typeof configureLocalization> | undefined;

/** The translations of each target locale (the type asks for one per locale; setLocale refuses any other). */
const translations: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  de: () => import('./locales/de.js'),
};

// Configured on first use only: a host that never switches language pays nothing,
// and one that configures @lit/localize itself is not overridden at import time.
function localization(): ReturnType<typeof configureLocalization> {
  configured ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => translations[locale as keyof typeof translations](),
  });
  return configured;
}

/**
 * Switches every devreg element to the given locale (a BCP 47 tag; unsupported ones fall back to
 * English). Rejects, with the strings left as they were, when the locale's strings cannot be
 * loaded; called again, it loads them again.
 */
export async function setDevRegLocale(tag: string | undefined): Promise<void> {
  const locale = supportedLocale(tag);
  if (!configured && locale === sourceLocale) return;
  const l10n = localization();
  const previous = l10n.getLocale();
  try {
    await l10n.setLocale(locale);
  } catch (error) {
    // @lit/localize keeps a locale whose load failed as the one loading, and answers each later
    // request for it with the same failure: switching back to the locale in effect clears that,
    // so the next request loads it again (browsers fetch a failed module anew, whatwg/html#10327).
    await l10n.setLocale(previous).catch(() => undefined);
    throw error;
  }
}

/** The locale strings are shown in now. */
export function getDevRegLocale(): string {
  return configured ? configured.getLocale() : sourceLocale;
}
