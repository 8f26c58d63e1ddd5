import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type {
  RegistrationAdapter,
  RegistrationChange,
  RegistrationRequest,
  SecurityTokenPolicy,
} from '../../adapters/registration-adapter.js';
import { DEFAULT_SECURITY_TOKEN_POLICY } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { DevRegAcceptedEvent } from '../../events/devreg-accepted.js';
import type { DevRegOperation } from '../../events/devreg-error.js';
import { errorText } from '../../i18n/error-text.js';
import { focusLost } from '../../internal/deep-active-element.js';
import { exportParts, STATUS_BADGE_PARTS } from '../../internal/exported-parts.js';

/** A device's badge is the wizard's part `connect-status`, and its parts are the wizard's `connect-status-<part>`. */
const badgeParts = exportParts('connect-status', STATUS_BADGE_PARTS);

/** One just-registered device in the "Connect your device" panel. */
export interface ConnectEntry {
  /** Stable key for element IDs. */
  key: number;
  id: string;
  status: string;
  /** The request left the list: after acceptance the device now has its credentials. */
  gone?: 'connected' | 'removed';
  /** Typed by the user; a secret: kept in memory only, masked unless revealed, cleared after acceptance. */
  token: string;
  /** The user chose to see the typed token. */
  revealed?: boolean;
  accepting: boolean;
  // messages as functions: they say it in the language of the moment (the locale can change while they show)
  error?: () => string;
  copyMessage?: { text: () => string; failed: boolean };
}

export interface ConnectPanelOptions {
  adapter: () => RegistrationAdapter | undefined;
  /** Where the panel is rendered (the wizard's shadow root): the focus is kept in a device's entry there. */
  root: ShadowRoot;
  reportError: (operation: DevRegOperation, error: unknown) => RegistrationError;
  announce: (text: string) => void;
  /** The element that dispatches `devreg-accepted`. */
  eventTarget: EventTarget;
}

/** Shell-quotes a string in single quotes. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The `curl` command a device (or its developer) runs to fetch credentials. Never contains a password: curl asks for it. */
export function curlCommand(baseUrl: string, bootstrapUser: string, id: string): string {
  const url = `${baseUrl.replace(/\/+$/, '')}/devicecontrol/deviceCredentials`;
  return [
    `curl -u ${shellQuote(bootstrapUser)} \\`,
    `  -H 'Content-Type: application/json' -H 'Accept: application/json' \\`,
    `  -X POST ${shellQuote(url)} \\`,
    `  -d ${shellQuote(JSON.stringify({ id }))}`,
  ].join('\n');
}

/**
 * The live "Connect your device" panel: follows the just-registered devices
 * through `adapter.subscribe` (or a manual check through `adapter.get`) and
 * lets the user accept them as they call in.
 */
export class ConnectPanelController implements ReactiveController {
  readonly entries = new Map<string, ConnectEntry>();
  policy: SecurityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;

  readonly #host: ReactiveControllerHost;
  readonly #options: ConnectPanelOptions;
  #unsubscribe?: () => void;
  #subscribedTo?: RegistrationAdapter;
  /** Changes seen before their create() answered. */
  readonly #seen = new Map<string, RegistrationChange>();
  #policyFor?: RegistrationAdapter;
  #connected = false;
  #nextKey = 1;
  #buffering = false;

  constructor(host: ReactiveControllerHost, options: ConnectPanelOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.entries.size) this.listen();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopListening();
  }

  /** Starts following the adapter's changes (idempotent). Call before creating, so no change is missed. */
  listen(): void {
    this.#buffering = true;
    const adapter = this.#options.adapter();
    if (!this.#connected || !adapter?.subscribe || this.#subscribedTo === adapter) return;
    this.#stopListening();
    this.#subscribedTo = adapter;
    this.#unsubscribe = adapter.subscribe((change) => this.#handleChange(change));
  }

  /** Adds devices that were just registered. */
  add(requests: readonly RegistrationRequest[]): void {
    for (const request of requests) {
      const entry: ConnectEntry = { key: this.#nextKey++, id: request.id, status: request.status, token: '', accepting: false };
      this.entries.set(request.id, entry);
      const seen = this.#seen.get(request.id);
      if (seen) this.#apply(entry, seen);
    }
    this.#seen.clear();
    this.listen();
    this.#buffering = false;
    void this.#loadPolicy();
    this.#host.requestUpdate();
  }

  get live(): boolean {
    return this.#unsubscribe !== undefined;
  }

  #stopListening(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  async #loadPolicy(): Promise<void> {
    const adapter = this.#options.adapter();
    if (!adapter?.getSecurityTokenPolicy || this.#policyFor === adapter) return;
    this.#policyFor = adapter;
    try {
      this.policy = await adapter.getSecurityTokenPolicy();
    } catch (error) {
      // cannot be read: OPTIONAL, as the platform does
      this.#options.reportError('getSecurityTokenPolicy', error);
      this.policy = DEFAULT_SECURITY_TOKEN_POLICY;
    }
    this.#host.requestUpdate();
  }

  #handleChange(change: RegistrationChange): void {
    const id = change.type === 'removed' ? change.id : change.request.id;
    const entry = this.entries.get(id);
    if (!entry) {
      // a create may still be on its way: remember the change until its answer arrives
      if (this.#buffering) this.#seen.set(id, change);
      return;
    }
    const before = entry.status;
    this.#apply(entry, change);
    if (entry.status !== before && entry.status === 'PENDING_ACCEPTANCE') {
      this.#options.announce(msg(str`${id} is pending acceptance.`, { id: 'single-wizard.connect.pendingAnnounce' }));
    }
    if (change.type === 'removed' && entry.gone === 'connected') {
      this.#options.announce(msg(str`${id} has received its credentials.`, { id: 'single-wizard.connect.connectedAnnounce' }));
    }
    this.#host.requestUpdate();
  }

  #apply(entry: ConnectEntry, change: RegistrationChange): void {
    if (change.type === 'removed') {
      entry.gone = entry.status === 'ACCEPTED' ? 'connected' : 'removed';
    } else {
      entry.status = change.request.status;
      entry.gone = undefined;
    }
  }

  /** Asks the adapter for the current status of every device (when it cannot push changes). */
  async refresh(): Promise<void> {
    const adapter = this.#options.adapter();
    if (!adapter?.get) return;
    await Promise.all(
      [...this.entries.values()].map(async (entry) => {
        try {
          const request = await adapter.get!(entry.id);
          this.#apply(entry, request ? { type: 'updated', request } : { type: 'removed', id: entry.id });
          entry.error = undefined;
        } catch (error) {
          entry.error = () => errorText(error);
        }
      }),
    );
    this.#host.requestUpdate();
  }

  setToken(id: string, token: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.token = token;
  }

  /** Shows or masks the typed security token. */
  toggleReveal(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.revealed = !entry.revealed;
    this.#host.requestUpdate();
  }

  async accept(id: string): Promise<void> {
    const entry = this.entries.get(id);
    const adapter = this.#options.adapter();
    if (!entry || !adapter || entry.accepting) return;
    const token = entry.token.trim();
    if (this.policy === 'REQUIRED' && !token) {
      entry.error = () => msg('Enter the security token the device sent.', { id: 'single-wizard.connect.tokenRequired' });
      this.#host.requestUpdate();
      return;
    }
    // "Accept" keeps the focus while busy (aria-disabled); where it goes afterwards, see #focusEntry
    const from = this.#item(id)?.contains(this.#options.root.activeElement);
    let focusTo: string | undefined;
    entry.accepting = true;
    entry.error = undefined;
    this.#host.requestUpdate();
    try {
      const request = await adapter.accept(id, this.policy === 'IGNORED' || !token ? {} : { securityToken: token });
      entry.status = request.status || 'ACCEPTED';
      entry.token = '';
      entry.revealed = false;
      this.#options.eventTarget.dispatchEvent(new DevRegAcceptedEvent(id));
      this.#options.announce(msg(str`${id} accepted.`, { id: 'single-wizard.connect.acceptedAnnounce' }));
      focusTo = 'copy-button'; // "Accept" and the token input go with the pending state
    } catch (error) {
      const reported = this.#options.reportError('accept', error);
      entry.error = () => errorText(reported);
      // a wrong token: to the field to correct it, which the error describes; else the focus stays
      focusTo = reported.code === 'token-mismatch' ? 'token-input' : '';
    } finally {
      entry.accepting = false;
      this.#host.requestUpdate();
    }
    if (from) {
      await this.#host.updateComplete;
      this.#focusEntry(id, focusTo);
    }
  }

  /** A device's entry in the panel, if rendered. */
  #item(id: string): HTMLElement | undefined {
    return [...this.#options.root.querySelectorAll<HTMLElement>('[part~=connect-device]')].find((li) => li.dataset.id === id);
  }

  /**
   * After an accept begun from a device's entry: the focus goes to its control `part` (if it has it
   * now), else stays where it is in the entry; if it was lost (its control went away: accepted,
   * blocked), the entry's "Copy" gets it. Never left on `<body>`.
   */
  #focusEntry(id: string, part: string): void {
    const item = this.#item(id);
    const active = this.#options.root.activeElement;
    const inItem = !!active && !!item?.contains(active);
    if (!inItem && !focusLost(this.#options.root)) return;
    const target = (part && item?.querySelector<HTMLElement>(`[part~=${part}]`)) || (!inItem && item?.querySelector<HTMLElement>('[part~=copy-button]'));
    if (target) target.focus();
  }

  async copy(id: string, command: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(command);
      entry.copyMessage = { text: () => msg('Copied.', { id: 'single-wizard.connect.copied' }), failed: false };
    } catch {
      entry.copyMessage = {
        text: () => msg('Could not copy. Select the command and copy it yourself.', { id: 'single-wizard.connect.copyFailed' }),
        failed: true,
      };
    }
    this.#host.requestUpdate();
  }
}

export interface ConnectPanelView {
  baseUrl: string;
  bootstrapUser: string;
  canRefresh: boolean;
}

function renderStatus(entry: ConnectEntry): TemplateResult {
  if (entry.gone === 'connected')
    return html`<span part="connect-status">${msg('Connected: the device has received its credentials.', {
      id: 'single-wizard.connect.connected',
    })}</span>`;
  if (entry.gone === 'removed')
    return html`<span part="connect-status">${msg('The registration request was removed.', {
      id: 'single-wizard.connect.removed',
    })}</span>`;
  return html`<devreg-status-badge part="connect-status" exportparts=${badgeParts} status=${entry.status}></devreg-status-badge>`;
}

function renderAccept(c: ConnectPanelController, entry: ConnectEntry): TemplateResult | typeof nothing {
  if (entry.gone || entry.status !== 'PENDING_ACCEPTANCE') return nothing;
  const tokenId = `connect-token-${entry.key}`;
  return html`<div class="accept" part="connect-accept">
    ${c.policy === 'IGNORED'
      ? nothing
      : html`<label for=${tokenId}>${msg('Security token', { id: 'single-wizard.connect.token' })}</label>
          <input
            id=${tokenId}
            type=${entry.revealed ? 'text' : 'password'}
            part="token-input"
            autocomplete="off"
            spellcheck="false"
            ?required=${c.policy === 'REQUIRED'}
            .value=${live(entry.token)}
            aria-invalid=${entry.error ? 'true' : 'false'}
            aria-describedby=${entry.error ? `${tokenId}-error` : nothing}
            @input=${(e: InputEvent) => c.setToken(entry.id, (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void c.accept(entry.id);
              }
            }}
          />
          <button
            type="button"
            part="token-toggle"
            aria-label=${msg('Show security token', { id: 'single-wizard.connect.tokenShow' })}
            aria-pressed=${entry.revealed ? 'true' : 'false'}
            @click=${() => c.toggleReveal(entry.id)}
          >
            ${msg('Show', { id: 'single-wizard.connect.tokenShowShort' })}
          </button>`}
    <button
      type="button"
      class="primary"
      part="accept-button"
      aria-label=${msg(str`Accept ${entry.id}`, { id: 'single-wizard.connect.accept' })}
      aria-disabled=${entry.accepting}
      @click=${() => void c.accept(entry.id)}
    >
      ${msg('Accept', { id: 'single-wizard.connect.acceptShort' })}
    </button>
  </div>`;
}

/** The "Connect your device" panel. */
export function renderConnectPanel(c: ConnectPanelController, view: ConnectPanelView): TemplateResult {
  const url = `${view.baseUrl.replace(/\/+$/, '')}/devicecontrol/deviceCredentials`;
  return html`
    <section part="connect" class="connect" aria-labelledby="connect-heading">
      <h3 id="connect-heading">${msg('Connect your device', { id: 'single-wizard.connect.heading' })}</h3>
      <p>
        ${msg(
          'Each device fetches its credentials with the request below. It gets 404 until you accept it here; its next call then receives its credentials.',
          { id: 'single-wizard.connect.intro' },
        )}
      </p>
      <dl part="connect-request" class="connect-request">
        <dt>${msg('Request', { id: 'single-wizard.connect.request' })}</dt>
        <dd><code>POST ${url}</code></dd>
        <dt>${msg('Authentication', { id: 'single-wizard.connect.auth' })}</dt>
        <dd>
          ${msg('HTTP Basic as the bootstrap user', { id: 'single-wizard.connect.authUser' })}
          <code>${view.bootstrapUser}</code>
          (${msg('ask your administrator for its password; it is never shown here', { id: 'single-wizard.connect.authPassword' })})
        </dd>
        <dt>${msg('Body', { id: 'single-wizard.connect.body' })}</dt>
        <dd><code>{"id": "${msg('<device ID>', { id: 'single-wizard.connect.idPlaceholder' })}"}</code></dd>
      </dl>
      ${c.live
        ? html`<p class="hint">${msg('The status below updates as devices call in.', { id: 'single-wizard.connect.live' })}</p>`
        : view.canRefresh
          ? html`<p>
              <button type="button" part="refresh-button" @click=${() => void c.refresh()}>
                ${msg('Check status', { id: 'single-wizard.connect.refresh' })}
              </button>
            </p>`
          : nothing}
      <ul part="connect-list" class="connect-list" aria-labelledby="connect-heading">
        ${[...c.entries.values()].map((entry) => {
          const command = curlCommand(view.baseUrl, view.bootstrapUser, entry.id);
          const errorId = `connect-token-${entry.key}-error`;
          return html`<li part="connect-device" data-id=${entry.id}>
            <div class="connect-head">
              <strong part="connect-id">${entry.id}</strong>
              ${renderStatus(entry)}
            </div>
            <pre part="curl"><code>${command}</code></pre>
            <div class="copy">
              <button
                type="button"
                part="copy-button"
                aria-label=${msg(str`Copy curl command for ${entry.id}`, { id: 'single-wizard.connect.copy' })}
                @click=${() => void c.copy(entry.id, command)}
              >
                ${msg('Copy', { id: 'single-wizard.connect.copyShort' })}
              </button>
              <span role="status" class=${entry.copyMessage?.failed ? 'error-text' : 'hint'}
                >${entry.copyMessage?.text() ?? nothing}</span
              >
            </div>
            ${renderAccept(c, entry)}
            ${entry.error ? html`<p id=${errorId} part="connect-error" class="error-text" role="alert">${entry.error()}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>
  `;
}
