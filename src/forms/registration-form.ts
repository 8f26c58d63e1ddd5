import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { RegistrationAdapter } from '../adapters/registration-adapter.js';
import { DevRegCloseEvent } from '../events/devreg-close.js';
import { DevRegDiscardEvent } from '../events/devreg-discard.js';
import { DevRegRegisteredEvent, type RegistrationFailure } from '../events/devreg-registered.js';
import { DevRegElement } from '../internal/devreg-element.js';
import type { WizardState } from '../internal/wizard.js';
import { WizardStateNotifier } from '../internal/wizard-state.js';

/** Where a slotted form appears in the register menu (SPEC 3.4). */
export const REGISTRATION_FORM_CATEGORIES = ['single', 'bulk'] as const;
export type RegistrationFormCategory = (typeof REGISTRATION_FORM_CATEGORIES)[number];

/**
 * The base class for a host app's own registration form, placed in
 * `<devreg-device-registration>`'s `registration-form` slot (SPEC 3.4):
 *
 * ```ts
 * class AcmeForm extends DevRegRegistrationForm {
 *   async register(serial: string) {
 *     this.busy = true;
 *     try {
 *       await this.registrationAdapter?.create({ id: serial, type: 'acme_Meter' });
 *       this.complete([serial]);
 *     } catch (error) {
 *       this.complete([], [{ id: serial, message: String(error) }]);
 *     } finally {
 *       this.busy = false;
 *     }
 *   }
 *   render() { ... <h2>${this.heading}</h2>, the form, a button that calls this.close() ... }
 * }
 * customElements.define('acme-form', AcmeForm);
 * ```
 * ```html
 * <devreg-device-registration>
 *   <acme-form slot="registration-form" label="Acme meter"></acme-form>
 * </devreg-device-registration>
 * ```
 *
 * The page lists it in the register menu by its `label` (under `category`),
 * shows it in its dialog (named by `heading`, which defaults to the label; the
 * form renders that heading itself), asks before closing while `hasUnsavedInput`
 * or `busy` is true, and after `devreg-registered` reloads its list while the
 * dialog stays open on the form (show the outcome there). The adapter
 * arrives through context (`registrationAdapter`), like for every devreg
 * element; an explicit `.adapter` wins.
 *
 * @summary Base class for slotted, client-side registration forms.
 *
 * @fires {DevRegRegisteredEvent} devreg-registered - `complete(ids, failed)` was called: the page reloads its list.
 * @fires {DevRegCloseEvent} devreg-close - `close()` was called: the page closes its dialog.
 * @fires {Event} devreg-wizard-state - (internal, bubbles) `heading`, `hasUnsavedInput` or `busy` changed.
 */
export class DevRegRegistrationForm extends DevRegElement implements WizardState {
  /** The name of the form in the register menu (and the default dialog heading). */
  @property({ reflect: true })
  label = '';

  /** `single` (default) or `bulk`: the group of the register menu it appears in. */
  @property({ reflect: true })
  category: RegistrationFormCategory = 'single';

  /** Set while the form has input that closing would lose: the page asks before closing. */
  @property({ type: Boolean, attribute: false })
  hasUnsavedInput = false;

  /** Set while work is under way (a request): the page asks before closing. */
  @property({ type: Boolean, attribute: false })
  busy = false;

  /** The dialog's accessible name. Defaults to `label`; override to change it. */
  get heading(): string {
    return this.label;
  }

  /** The adapter in effect: the element's own `.adapter`, else the one `<devreg-provider>` provides. */
  get registrationAdapter(): RegistrationAdapter | undefined {
    return this.effectiveAdapter;
  }

  /** Tells the page when `heading`, `hasUnsavedInput` or `busy` change (not on the first render). */
  readonly #wizardState = new WizardStateNotifier(this, false);

  /**
   * Ends the registration: dispatches `devreg-registered` with the IDs registered and the
   * failures (`{id, message}`), clears `hasUnsavedInput`, and returns the event.
   */
  complete(ids: readonly string[], failed: readonly RegistrationFailure[] = []): DevRegRegisteredEvent {
    const event = new DevRegRegisteredEvent([...ids], [...failed]);
    this.hasUnsavedInput = false;
    this.dispatchEvent(event);
    return event;
  }

  constructor() {
    super();
    this.addEventListener(DevRegDiscardEvent.eventName, () => this.discard());
  }

  /**
   * The user closed the page's dialog with "Discard": what was typed is thrown away, as a built-in
   * wizard, made anew at each opening, forgets it. By default every `<form>` in the element's
   * shadow root is reset and `hasUnsavedInput` cleared; override it to clear state of your own
   * (call `super.discard()`).
   */
  protected discard(): void {
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    this.hasUnsavedInput = false;
  }

  /** Asks the page to close the form: dispatches `devreg-close`. */
  close(): void {
    const event = new DevRegCloseEvent();
    this.dispatchEvent(event);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#wizardState.check();
  }
}
