import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, provide } from '@lit/context';
import type { RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { adapterContext } from '../../context/adapter-context.js';
import { localeContext } from '../../context/locale-context.js';
import { setDevRegLocale } from '../../i18n/localization.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { providerStyles } from './provider.styles.js';

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
   */
  @property({ reflect: true })
  locale?: string;

  @consume({ context: localeContext, subscribe: true })
  @state()
  private outerLocale?: string;

  @provide({ context: adapterContext })
  @state()
  private providedAdapter?: RegistrationAdapter;

  @provide({ context: localeContext })
  @state()
  private providedLocale?: string;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Set before the first render so consumers see the adapter as early as possible.
    if (this.providedAdapter !== this.effectiveAdapter) this.providedAdapter = this.effectiveAdapter;
    const locale = this.locale || this.outerLocale;
    if (this.providedLocale !== locale) this.providedLocale = locale;
    if (changed.has('locale') && this.locale) {
      setDevRegLocale(this.locale).catch((error: unknown) => {
        // A missing translation bundle must not break the page; strings stay as they are.
        console.warn('devreg-provider: could not switch locale', error);
      });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
