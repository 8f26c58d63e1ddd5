import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { localized } from '@lit/localize';
import type { RegistrationAdapter } from '../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../adapters/registration-error.js';
import { adapterContext } from '../context/adapter-context.js';
import { localeContext } from '../context/locale-context.js';
import { attachContextRoot } from './context-root.js';
import { DevRegErrorEvent, type DevRegOperation } from '../events/devreg-error.js';
import { getDevRegLocale } from '../i18n/localization.js';

/**
 * The base of every devreg element: the adapter (own property first, then
 * `<devreg-provider>`'s context), the locale, and error reporting.
 */
@localized()
export class DevRegElement extends LitElement {
  /** An explicit adapter; wins over the one provided by `<devreg-provider>`. */
  @property({ attribute: false })
  adapter?: RegistrationAdapter;

  // Controllers rather than the @consume decorator: the same behaviour (each new value re-renders
  // the element), less code to load.
  #contextAdapter = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  #contextLocale = new ContextConsumer(this, { context: localeContext, subscribe: true });

  override connectedCallback(): void {
    // A class imported from the library's entry and defined before any define module (a host's
    // DevRegRegistrationForm) asks for the adapter on connecting: the root must be there to hold
    // the request until the page or the provider is defined.
    attachContextRoot();
    super.connectedCallback();
  }

  /** The adapter in effect: the element's own, else the provider's. */
  protected get effectiveAdapter(): RegistrationAdapter | undefined {
    return this.adapter ?? this.#contextAdapter.value;
  }

  /** The locale for dates and numbers: the provider's, else the strings' locale. */
  protected get effectiveLocale(): string {
    return this.#contextLocale.value ?? getDevRegLocale();
  }

  /** Tells the host that an adapter call failed (aborts are not failures) and returns it as a RegistrationError. */
  protected reportError(operation: DevRegOperation, error: unknown): RegistrationError {
    const e = RegistrationError.from(error);
    if (!isAbort(e)) this.dispatchEvent(new DevRegErrorEvent(operation, e));
    return e;
  }
}
