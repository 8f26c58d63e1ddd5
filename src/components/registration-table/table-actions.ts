/**
 * What the table does when the user accepts, removes (after the confirmation) or chooses
 * "Register again": loaded with the first of them, not with the list. The table lends its state
 * through {@link TableHost}.
 */
import { msg, str } from '@lit/localize';
import type { RegistrationRequest } from '../../adapters/registration-adapter.js';
import { DevRegAcceptedEvent } from '../../events/devreg-accepted.js';
import { DevRegRegisteredEvent } from '../../events/devreg-registered.js';
import { DevRegRemovedEvent } from '../../events/devreg-removed.js';
import { errorText } from '../../i18n/error-text.js';
import { focusLost } from '../../internal/deep-active-element.js';
import { addStyles } from '../../internal/add-styles.js';
import { removeDialogStyles, renderRemoveDialog } from './remove-dialog.js';
import { firstAction, rootOf, rowControl, type TableHost } from './table-host.js';

/** The remove confirmation (a closed `<dialog>` until "Remove" opens it). */
export function renderDialog(host: TableHost): ReturnType<typeof renderRemoveDialog> {
  const { removal } = host;
  addStyles(rootOf(host), removeDialogStyles); // once, with the first dialog
  return renderRemoveDialog({
    id: removal.target?.id,
    busy: removal.busy,
    error: removal.error && errorText(removal.error),
    onCancel: () => dialogOf(host)?.close(),
    onConfirm: () => void confirmRemove(host),
  });
}

/**
 * A row's action button (or Enter in its token input) was used. Ignored while an action of the row
 * is under way: its controls then keep the focus but are `aria-disabled` (row.ts).
 */
export async function rowAction(host: TableHost, part: string, request: RegistrationRequest, control: HTMLElement): Promise<void> {
  if (host.busy.has(request.id)) return;
  if (part === 'remove-button') return openRemoveDialog(host, request, control);
  if (part === 'register-again-button') return registerAgain(host, request);
  return accept(host, request);
}

/** The remove confirmation's `<dialog>` ({@link renderDialog}), once rendered. */
function dialogOf(host: TableHost): HTMLDialogElement | undefined {
  return rootOf(host).querySelector('dialog') ?? undefined;
}

function setBusy(host: TableHost, id: string, busy: boolean): void {
  if (busy) host.busy.add(id);
  else host.busy.delete(id);
  host.table.requestUpdate();
}

/**
 * Whether the change an action of the user made (the request got `status`; none: it was removed)
 * is in the list already: an adapter that pushes its own changes (both shipped ones do) pushes it
 * before it answers, and the live view announces it ("Device X is now accepted."). The action's
 * own announcement would say it a second time, so it is left out then: said once.
 */
function saidLive(host: TableHost, id: string, status?: string): boolean {
  return host.list.get(id)?.status === status;
}

/** Accepts a pending request, with the typed security token when the tenant's policy asks for one. */
async function accept(host: TableHost, request: RegistrationRequest): Promise<void> {
  const { adapter, tokens, errors, table } = host;
  const { id } = request;
  if (!adapter || host.busy.has(id)) return;
  const policy = host.list.securityTokenPolicy;
  const token = policy === 'IGNORED' ? '' : (tokens.get(id) ?? '');
  if (policy === 'REQUIRED' && !token.trim()) {
    errors.set(id, 'token-required');
    table.requestUpdate();
    await table.updateComplete;
    rowControl(host, id, 'token-input')?.focus();
    return;
  }
  // the row's controls keep the focus while busy (aria-disabled); where it goes afterwards, see focusInRow
  const from = focusedRow(host, id);
  let focusTo: string | undefined;
  setBusy(host, id, true);
  errors.delete(id);
  try {
    const accepted = await adapter.accept(id, token ? { securityToken: token } : {});
    tokens.delete(id);
    host.revealed.delete(id);
    const said = saidLive(host, id, accepted.status);
    host.list.upsert(accepted);
    if (!said) host.announce(msg(str`Device ${id} accepted.`, { id: 'table.accepted' }));
    table.dispatchEvent(new DevRegAcceptedEvent(id));
    focusTo = 'remove-button'; // the Accept button and the token input go away with the pending state
  } catch (error) {
    const e = host.reportError('accept', error);
    if (e.code === 'aborted') return;
    if (e.code === 'not-found') rowGone(host, id);
    else {
      // the typed token stays for a correction; none typed, a mismatch means the device sent one
      // (the list cannot tell which did: the token is never read back), and the attempt counted
      errors.set(
        id,
        e.code === 'token-mismatch' && !token
          ? () =>
              `${msg('This device sent a security token: type it in the Security token field, then accept again.', {
                id: 'table.tokenSent',
              })} ${errorText(e)}`
          : e,
      );
      // a wrong token: to the field to correct it, which the error describes; else the focus stays
      focusTo = e.code === 'token-mismatch' ? 'token-input' : '';
    }
  } finally {
    setBusy(host, id, false);
  }
  if (from && focusTo !== undefined) {
    await rendered(host);
    focusInRow(host, id, focusTo);
  }
}

/** The table rendered its rows (the virtualizer renders a frame after the table). */
async function rendered(host: TableHost): Promise<void> {
  await host.table.updateComplete;
  if (host.virtualized) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Whether the focus is on one of a row's controls. */
function focusedRow(host: TableHost, id: string): boolean {
  const active = rootOf(host).activeElement;
  return !!active && active.closest<HTMLElement>('[part~=row]')?.dataset.id === id;
}

/**
 * After a row's own action, begun from the row: the focus goes to the row's control `part` (if it
 * has it now), else stays on the row's control it is on; if that control went away (the row
 * changed: accepted, blocked, moved), the row's first action gets it. Never left on `<body>`; not
 * taken back from where the user moved it meanwhile.
 */
function focusInRow(host: TableHost, id: string, part: string): void {
  const root = rootOf(host);
  const inRow = focusedRow(host, id);
  if (!inRow && !focusLost(root)) return;
  const target = (part && rowControl(host, id, part)) || (!inRow && firstAction(host, id));
  if (target) target.focus();
  else if (!inRow) focusAfterRowGone(host);
}

async function openRemoveDialog(host: TableHost, request: RegistrationRequest, trigger: HTMLElement): Promise<void> {
  const { removal, table } = host;
  removal.trigger = trigger;
  removal.focusHandled = false;
  removal.target = request;
  removal.error = undefined;
  removal.busy = false;
  table.requestUpdate();
  await table.updateComplete;
  const dialog = dialogOf(host);
  if (!dialog || dialog.open) return;
  dialog.onclose = () => handleDialogClose(host);
  // Escape closes the dialog, except while the removal is under way
  dialog.oncancel = (event) => {
    if (removal.busy) event.preventDefault();
  };
  dialog.showModal();
}

async function confirmRemove(host: TableHost): Promise<void> {
  const { adapter, removal, table } = host;
  const request = removal.target;
  if (!adapter || !request || removal.busy) return;
  const { id } = request;
  removal.busy = true;
  removal.error = undefined;
  setBusy(host, id, true);
  // taken now: a live 'removed' change may drop the row before remove() resolves
  const index = host.view().findIndex((row) => row.request.id === id);
  try {
    await adapter.remove(id);
    removal.removedIndex = Math.max(0, index);
    host.forgetRow(id);
    const said = saidLive(host, id);
    host.list.removeLocal(id);
    if (!said) host.announce(msg(str`Device ${id} removed.`, { id: 'table.removed' }));
    table.dispatchEvent(new DevRegRemovedEvent(id));
    removal.busy = false;
    table.requestUpdate();
    await table.updateComplete; // the row is gone
    dialogOf(host)?.close();
    // plain rows are in place already: focus the successor now, not after the close event
    if (!host.virtualized) {
      focusRemovedSuccessor(host, removal.removedIndex);
      removal.removedIndex = undefined;
      removal.trigger = undefined;
      removal.focusHandled = true;
    }
  } catch (error) {
    const e = host.reportError('remove', error);
    removal.busy = false;
    if (e.code === 'not-found') {
      dialogOf(host)?.close();
      rowGone(host, id);
    } else if (e.code !== 'aborted') {
      removal.error = e;
    }
  } finally {
    setBusy(host, id, false);
  }
}

function handleDialogClose(host: TableHost): void {
  const { removal, table } = host;
  // 'close' is delivered a task after close(): if "Remove" opened the dialog again meanwhile, this one is stale
  if (dialogOf(host)?.open) return;
  const { trigger, removedIndex } = removal;
  removal.trigger = removal.removedIndex = removal.target = removal.error = undefined;
  table.requestUpdate();
  if (removal.focusHandled) {
    removal.focusHandled = false;
    return;
  }
  if (removedIndex === undefined && trigger?.isConnected) {
    trigger.focus();
    return;
  }
  // the row is gone: focus the Remove button of the row that took its place (the virtualizer renders a frame later)
  void table.updateComplete
    .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    .then(() => focusRemovedSuccessor(host, removedIndex));
}

/** After a removal: the Remove button of the row that took the removed row's place gets the focus. */
function focusRemovedSuccessor(host: TableHost, removedIndex: number | undefined): void {
  const view = host.view();
  const next = view[Math.min(removedIndex ?? 0, view.length - 1)];
  const control = next ? rowControl(host, next.request.id, 'remove-button') : undefined;
  if (control) control.focus();
  else focusAfterRowGone(host);
}

/** The request vanished on the server (someone else removed or completed it): drop the row and say so. */
function rowGone(host: TableHost, id: string): void {
  host.forgetRow(id);
  host.list.removeLocal(id);
  host.notify(() =>
    msg(str`The registration request for ${id} no longer exists. Someone else may have removed it.`, { id: 'table.gone' }),
  );
  void host.table.updateComplete.then(() => {
    if (!dialogOf(host)?.open) focusAfterRowGone(host);
  });
}

/** Focus had been on a row that is gone: move it to the notice, else the table, never to `<body>`. */
function focusAfterRowGone(host: TableHost): void {
  const root = rootOf(host);
  if (root.activeElement && root.activeElement.isConnected) return;
  const target =
    root.querySelector<HTMLElement>('[part~=notice]') ??
    root.querySelector<HTMLElement>('[part~=table]') ??
    root.querySelector<HTMLElement>('[part~=search]');
  target?.focus();
}

/** Removes a blocked request and creates it again with the same ID, group, tenant and type. */
async function registerAgain(host: TableHost, request: RegistrationRequest): Promise<void> {
  const { adapter, list, table } = host;
  const { id, groupId, tenantId, type } = request;
  if (!adapter || host.busy.has(id)) return;
  const from = focusedRow(host, id);
  setBusy(host, id, true);
  host.errors.delete(id);
  list.hold(id); // the removal and re-creation must not make the row flicker
  try {
    // Registering again removes first: with the device limit reached the request would be removed
    // and not created again, its group and type lost. (A limit that cannot be read does not stop
    // it: the page reports that failure itself.)
    const limit = await adapter.getLimit?.().catch(() => undefined);
    if (limit?.isReached) {
      host.errors.set(id, () =>
        msg(str`${id} was not registered again: the tenant's device limit is reached. Nothing was removed.`, {
          id: 'table.registerAgainLimit',
        }),
      );
      return;
    }
    try {
      await adapter.remove(id);
    } catch (error) {
      const e = host.reportError('remove', error);
      if (e.code !== 'not-found') {
        if (e.code !== 'aborted') host.errors.set(id, e);
        return;
      }
    }
    try {
      const created = await adapter.create({ id, groupId, tenantId, type });
      list.upsert(created);
      host.announce(msg(str`Device ${id} registered again.`, { id: 'table.registeredAgain' }));
      table.dispatchEvent(new DevRegRegisteredEvent([id], []));
    } catch (error) {
      const e = host.reportError('create', error);
      const text = errorText(e);
      host.forgetRow(id);
      list.removeLocal(id);
      host.notify(() => msg(str`${id} was removed but could not be registered again: ${errorText(e)}`, { id: 'table.registerAgainFailed' }));
      table.dispatchEvent(new DevRegRegisteredEvent([], [{ id, message: text }]));
      await table.updateComplete;
      focusAfterRowGone(host);
    }
  } finally {
    list.release(id);
    setBusy(host, id, false);
  }
  // registered again, the row is no longer blocked and its "Register again" goes: its Remove button
  // gets the focus; after a failed removal the focus stays on "Register again" (and hears the error)
  if (from) {
    await rendered(host);
    focusInRow(host, id, '');
  }
}
