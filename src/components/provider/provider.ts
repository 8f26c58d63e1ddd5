import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { adapterContext } from '../../context/adapter-context.js';
import { localeContext } from '../../context/locale-context.js';
import { setDevRegLocale } from '../../i18n/localization.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { providerStyles } from './provider.styles.js';

/** Waits before each new attempt at a locale whose strings could not be loaded (then it gives up until `locale` changes). */
export const LOCALE_RETRY_DELAYS_MS = [1000, 3000, 10000, 30000];

/**
 * Hands an adapter (and a locale) to every devreg element inside it, through `@lit/context`.
 * It renders nothing of its own (`display: contents`). Providers nest: an inner one without
 * an `.adapter` or `locale` passes on the outer one's. An element's own `.adapter` always wins.
 *
 * ```html
 * <devreg-provider locale="de" .adapter=${adapter}>
 *   <devreg-registration-table></devreg-registration-table>
 * </devreg-provider>
 * ```
 *
 * @summary Provides the adapter and locale to descendants.
 * @slot - The devreg elements (and anything else) that use the adapter.
 */
export class DevRegProvider extends DevRegElement {
  static override styles = providerStyles;

  /**
   * BCP 47 locale for strings, dates and numbers (e.g. `de`, `en-GB`). Setting it also switches
   * the strings of every devreg element on the page (`setDevRegLocale`); unsupported languages
   * fall back to English. Unset: the outer provider's locale, else the strings' current locale.
   * If the strings cannot be loaded (a dropped connection), they stay as they are and the provider
   * tries again after 1, 3, 10 and 30 seconds.
   */
  @property({ reflect: true })
  locale?: string;

  // Controllers rather than the @consume/@provide decorators: the same behaviour, less code to load.
  #outerLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });
  #adapterProvider = new ContextProvider(this, { context: adapterContext });
  #localeProvider = new ContextProvider(this, { context: localeContext });
  #localeRetry?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#localeRetry);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Set before the first render so consumers see the adapter as early as possible (consumers are told only of changes).
    this.#adapterProvider.setValue(this.effectiveAdapter);
    this.#localeProvider.setValue(this.locale || this.#outerLocale.value);
    if (changed.has('locale') && this.locale) this.#switchLocale(this.locale, 0);
  }

  /** Switches the strings to `locale`; when they cannot be loaded, tries again later while `locale` stays. */
  #switchLocale(locale: string, attempt: number): void {
    clearTimeout(this.#localeRetry);
    setDevRegLocale(locale).catch((error: unknown) => {
      // A missing translation bundle must not break the page; strings stay as they are.
      console.warn('devreg-provider: could not switch locale', error);
      const delay = LOCALE_RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !this.isConnected || this.locale !== locale) return;
      // (a new locale or leaving the page clears this timer)
      this.#localeRetry = setTimeout(() => this.#switchLocale(locale, attempt + 1), delay);
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
