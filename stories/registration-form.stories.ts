import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import { errorText } from '../src/i18n/error-text.js';
import { DevRegRegistrationForm } from '../src/forms/registration-form.js';
import '../src/define/provider.js';
import '../src/define/device-registration.js';
// the README's plain-JavaScript form (no Lit)
import '../examples/plain-js-form.js';

/**
 * A sample client-side form built on DevRegRegistrationForm: registers a gateway and its
 * sensors in one go, through the adapter it receives from context.
 */
class DemoGatewayForm extends DevRegRegistrationForm {
  @state() private message = '';

  override render() {
    return html`<h2>${this.heading}</h2>
      <form
        style="display: grid; gap: 0.75rem; max-width: 28rem"
        @input=${() => (this.hasUnsavedInput = true)}
        @submit=${(e: SubmitEvent) => void this.handleSubmit(e)}
      >
        <label style="display: grid; gap: 0.25rem">Gateway ID <input name="gateway" required /></label>
        <label style="display: grid; gap: 0.25rem">
          Number of sensors <input name="sensors" type="number" min="0" max="20" value="2" />
        </label>
        <p role="status">${this.message}</p>
        <div style="display: flex; gap: 0.5rem">
          <button type="submit" ?disabled=${this.busy}>Register</button>
          <button type="button" @click=${() => this.close()}>Close</button>
        </div>
      </form>`;
  }

  private async handleSubmit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const raw = data.get('gateway');
    const gateway = typeof raw === 'string' ? raw.trim() : '';
    if (!gateway) {
      this.message = 'Enter the gateway ID.';
      return;
    }
    const ids = [gateway, ...Array.from({ length: Number(data.get('sensors') ?? 0) }, (_, i) => `${gateway}-s${i + 1}`)];
    const adapter = this.registrationAdapter;
    if (!adapter) return;
    this.busy = true;
    const done: string[] = [];
    const failed: { id: string; message: string }[] = [];
    for (const id of ids) {
      try {
        await adapter.create({ id, type: 'demo_Gateway' });
        done.push(id);
      } catch (error) {
        failed.push({ id, message: errorText(error) });
      }
    }
    this.busy = false;
    this.message = failed.length
      ? `Registered ${done.length}; failed: ${failed.map((f) => `${f.id} (${f.message})`).join(', ')}`
      : `Registered ${done.join(', ')}.`;
    this.complete(done, failed);
  }
}
if (!customElements.get('demo-gateway-form')) customElements.define('demo-gateway-form', DemoGatewayForm);

const meta: Meta = {
  title: 'Forms/Custom registration form',
  parameters: {
    docs: {
      description: {
        component:
          "Host apps contribute their own forms through `<devreg-device-registration>`'s `registration-form` slot: a subclass of `DevRegRegistrationForm` (Lit) or any custom element (plain JavaScript) that gets the adapter through the `context-request` protocol and ends with `devreg-registered` or `devreg-close`.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const adapter = () => new MemoryAdapter({ requests: [{ id: 'gw-1', status: 'PENDING_ACCEPTANCE' }] });

/** A `DevRegRegistrationForm` subclass on its own, inside `<devreg-provider>`. */
export const LitSubclass: Story = {
  render: () => html`<devreg-provider .adapter=${adapter()}><demo-gateway-form label="Gateway with sensors"></demo-gateway-form></devreg-provider>`,
};

/** The plain-JavaScript form of `examples/plain-js-form.js`, inside `<devreg-provider>`. */
export const PlainJavaScript: Story = {
  render: () => html`<devreg-provider .adapter=${adapter()}><demo-serial-form label="Acme meter (plain JS)"></demo-serial-form></devreg-provider>`,
};

/** Both slotted into the page: pick them in "Register device". */
export const InThePage: Story = {
  render: () => html`<devreg-provider .adapter=${adapter()}>
    <devreg-device-registration>
      <demo-gateway-form slot="registration-form" label="Gateway with sensors"></demo-gateway-form>
      <demo-serial-form slot="registration-form" label="Acme meter (plain JS)"></demo-serial-form>
    </devreg-device-registration>
  </devreg-provider>`,
};
