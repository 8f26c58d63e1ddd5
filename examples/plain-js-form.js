// A client-side registration form written in plain JavaScript: no Lit, no build step, and no
// import from devreg-elements. Place it in <devreg-device-registration>'s "registration-form"
// slot; the page lists it in its "Register device" menu by its `label` and shows it in its dialog.
//
// The contract (README, "Contribute a registration form"):
// - attributes `label` (menu entry and dialog name) and `category` ("single" or "bulk");
// - the adapter arrives through the community context protocol: dispatch a `context-request`
//   event for the context 'devreg-adapter', and `<devreg-provider>` answers through the callback;
// - end with `devreg-registered` ({ids, failed}: the page reloads its list) or `devreg-close`;
// - optionally the WizardState trio `heading`, `hasUnsavedInput`, `busy` plus a bubbling
//   `devreg-wizard-state` event when they change: the page names its dialog by `heading` and asks
//   before closing over input. A form that has `heading` renders its own visible heading;
// - `devreg-discard` (sent to the form, not bubbling) when the user closes the dialog with
//   "Discard": the form stays in the page, so it throws away what was typed itself.

/** `devreg-registered` with the same shape as the library's DevRegRegisteredEvent. */
class RegisteredEvent extends Event {
  constructor(ids, failed = []) {
    super('devreg-registered', { bubbles: true, composed: true });
    this.ids = ids;
    this.failed = failed;
  }
  get detail() {
    return { ids: this.ids, failed: this.failed };
  }
}

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; font: inherit; }
    form { display: grid; gap: 0.75rem; max-width: 28rem; }
    label { display: grid; gap: 0.25rem; font-weight: 600; }
    input, select, button { font: inherit; min-height: 2rem; }
    .actions { display: flex; gap: 0.5rem; }
    [role=alert]:empty { display: none; }
    [role=alert] { color: #a0180e; }
    [role=status]:empty { display: none; }
    h2 { font-size: 1.25em; margin: 0 0 0.75rem; }
  </style>
  <h2 id="heading"></h2>
  <form novalidate aria-labelledby="heading">
    <p>Registers one meter of the "Acme" family: its serial number becomes the device ID.</p>
    <label>Serial number <input name="serial" required autocomplete="off" pattern="[A-Z]{2}-[0-9]{4}" placeholder="AC-0001"></label>
    <label>Model
      <select name="model">
        <option value="acme_Meter">Meter</option>
        <option value="acme_Valve">Valve</option>
      </select>
    </label>
    <p role="alert"></p>
    <p role="status"></p>
    <div class="actions">
      <button type="submit">Register</button>
      <button type="button" data-action="cancel">Cancel</button>
    </div>
  </form>`;

export class DemoSerialForm extends HTMLElement {
  #adapter;
  #unsubscribe;
  #busy = false;
  #unsaved = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    const form = this.shadowRoot.querySelector('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#register();
    });
    form.addEventListener('input', () => this.#setState({ unsaved: true }));
    this.addEventListener('devreg-discard', () => {
      form.reset();
      this.#setState({ unsaved: false });
    });
    this.shadowRoot.querySelector('[data-action=cancel]').addEventListener('click', () => {
      this.dispatchEvent(new Event('devreg-close', { bubbles: true, composed: true }));
    });
  }

  static observedAttributes = ['label'];

  attributeChangedCallback() {
    // The page names its dialog after `heading` and leaves the visible heading to the form.
    this.shadowRoot.getElementById('heading').textContent = this.heading;
  }

  connectedCallback() {
    if (!this.hasAttribute('category')) this.setAttribute('category', 'single');
    this.attributeChangedCallback();
    // Ask the nearest <devreg-provider> (or any provider of 'devreg-adapter') for the adapter.
    // With subscribe: true, the callback runs again whenever the provider's adapter changes.
    const request = new Event('context-request', { bubbles: true, composed: true });
    Object.assign(request, {
      context: 'devreg-adapter',
      subscribe: true,
      callback: (adapter, unsubscribe) => {
        this.#adapter = adapter;
        if (unsubscribe && unsubscribe !== this.#unsubscribe) {
          this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
        }
      },
    });
    this.dispatchEvent(request);
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The adapter received through context (an explicit `.adapter` property wins). */
  get adapter() {
    return this.#explicitAdapter ?? this.#adapter;
  }
  set adapter(adapter) {
    this.#explicitAdapter = adapter;
  }
  #explicitAdapter;

  // WizardState: what the page's dialog needs.
  get heading() {
    return this.getAttribute('label') ?? 'Acme meter';
  }
  get hasUnsavedInput() {
    return this.#unsaved;
  }
  get busy() {
    return this.#busy;
  }

  #setState({ busy = this.#busy, unsaved = this.#unsaved }) {
    if (busy === this.#busy && unsaved === this.#unsaved) return;
    this.#busy = busy;
    this.#unsaved = unsaved;
    this.dispatchEvent(new Event('devreg-wizard-state', { bubbles: true }));
  }

  async #register() {
    const form = this.shadowRoot.querySelector('form');
    const input = form.elements.namedItem('serial');
    const alert = this.shadowRoot.querySelector('[role=alert]');
    const status = this.shadowRoot.querySelector('[role=status]');
    alert.textContent = '';
    status.textContent = '';
    if (!input.checkValidity()) {
      input.setAttribute('aria-invalid', 'true');
      alert.textContent = 'Enter a serial number like AC-0001 (two capital letters, "-", four digits).';
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    const adapter = this.adapter;
    if (!adapter) {
      alert.textContent = 'No adapter: place this form inside <devreg-provider>.';
      return;
    }
    const id = input.value;
    const type = form.elements.namedItem('model').value;
    this.#setState({ busy: true });
    form.querySelector('button[type=submit]').disabled = true;
    try {
      await adapter.create({ id, type });
      this.#setState({ busy: false, unsaved: false });
      // The page reloads its list and keeps the dialog open: say what happened, ready for the next one.
      form.reset();
      status.textContent = `${id} is registered: it waits for the device to connect. Register another one, or close.`;
      this.shadowRoot.querySelector('[data-action=cancel]').textContent = 'Close';
      this.dispatchEvent(new RegisteredEvent([id], []));
    } catch (error) {
      // RegistrationError: status, code ('duplicate', 'forbidden'…) and the server's message
      this.#setState({ busy: false });
      alert.textContent = error?.code === 'duplicate' ? `${id} is already registered.` : `Registration failed: ${error?.message ?? error}`;
    } finally {
      form.querySelector('button[type=submit]').disabled = false;
    }
  }
}

if (!customElements.get('demo-serial-form')) customElements.define('demo-serial-form', DemoSerialForm);
