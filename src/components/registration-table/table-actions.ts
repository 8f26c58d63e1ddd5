/**
 * What the table does after the user confirmed a removal or chose "Register again": loaded with
 * the first "Remove" or "Register again", not with the list. The table lends its state through
 * {@link TableHost}.
 */
import { msg, str } from '@lit/localize';
import type { RegistrationAdapter, RegistrationRequest } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import type { ListRow, RegistrationListController } from '../../controllers/registration-list-controller.js';
import type { DevRegOperation } from '../../events/devreg-error.js';
import { DevRegRegisteredEvent } from '../../events/devreg-registered.js';
import { DevRegRemovedEvent } from '../../events/devreg-removed.js';
import { errorText } from '../../i18n/error-text.js';

/** The state of the remove confirmation (the table re-renders after each change). */
export interface Removal {
  target?: RegistrationRequest;
  busy: boolean;
  error?: string;
  /** The Remove button that opened the dialog. */
  trigger?: HTMLElement;
  /** The focus was placed when the dialog closed after a removal; its close event has nothing left to do. */
  focusHandled: boolean;
  /** After a removal: the place of the removed row, whose successor gets the focus. */
  removedIndex?: number;
}

export interface TableHost {
  readonly adapter: RegistrationAdapter | undefined;
  readonly list: RegistrationListController;
  readonly removal: Removal;
  readonly rowErrors: Map<string, string>;
  readonly dialog: HTMLDialogElement | undefined;
  /** Whether the rows are handed to the virtualizer (else plain rows). */
  readonly virtualized: boolean;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  busy(id: string): boolean;
  setBusy(id: string, busy: boolean): void;
  view(): readonly ListRow[];
  rowControl(id: string, part: string): HTMLElement | undefined;
  forgetRow(id: string): void;
  rowGone(id: string): void;
  focusAfterRowGone(): void;
  announce(text: string): void;
  notify(text: string): void;
  emit(event: Event): void;
  reportError(operation: DevRegOperation, error: unknown): RegistrationError;
}

export async function confirmRemove(host: TableHost): Promise<void> {
  const { adapter, removal } = host;
  const request = removal.target;
  if (!adapter || !request || removal.busy) return;
  const { id } = request;
  removal.busy = true;
  removal.error = undefined;
  host.setBusy(id, true);
  // taken now: a live 'removed' change may drop the row before remove() resolves
  const index = host.view().findIndex((row) => row.request.id === id);
  try {
    await adapter.remove(id);
    removal.removedIndex = Math.max(0, index);
    host.forgetRow(id);
    host.list.removeLocal(id);
    host.announce(msg(str`Device ${id} removed.`, { id: 'table.removed' }));
    host.emit(new DevRegRemovedEvent(id));
    removal.busy = false;
    host.requestUpdate();
    await host.updateComplete; // the row is gone
    host.dialog?.close();
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
      host.dialog?.close();
      host.rowGone(id);
    } else if (e.code !== 'aborted') {
      removal.error = errorText(e);
    }
  } finally {
    host.setBusy(id, false);
  }
}

export function handleDialogClose(host: TableHost): void {
  const { removal } = host;
  // 'close' is delivered a task after close(): if "Remove" opened the dialog again meanwhile, this one is stale
  if (host.dialog?.open) return;
  const { trigger, removedIndex } = removal;
  removal.trigger = removal.removedIndex = removal.target = removal.error = undefined;
  host.requestUpdate();
  if (removal.focusHandled) {
    removal.focusHandled = false;
    return;
  }
  if (removedIndex === undefined && trigger?.isConnected) {
    trigger.focus();
    return;
  }
  // the row is gone: focus the Remove button of the row that took its place (the virtualizer renders a frame later)
  void host.updateComplete
    .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    .then(() => focusRemovedSuccessor(host, removedIndex));
}

/** After a removal: the Remove button of the row that took the removed row's place gets the focus. */
function focusRemovedSuccessor(host: TableHost, removedIndex: number | undefined): void {
  const view = host.view();
  const next = view[Math.min(removedIndex ?? 0, view.length - 1)];
  const control = next ? host.rowControl(next.request.id, 'remove-button') : undefined;
  if (control) control.focus();
  else host.focusAfterRowGone();
}

/** Removes a blocked request and creates it again with the same ID, group, tenant and type. */
export async function registerAgain(host: TableHost, request: RegistrationRequest): Promise<void> {
  const { adapter, list } = host;
  const { id, groupId, tenantId, type } = request;
  if (!adapter || host.busy(id)) return;
  host.setBusy(id, true);
  host.rowErrors.delete(id);
  list.hold(id); // the removal and re-creation must not make the row flicker
  try {
    try {
      await adapter.remove(id);
    } catch (error) {
      const e = host.reportError('remove', error);
      if (e.code !== 'not-found') {
        if (e.code !== 'aborted') host.rowErrors.set(id, errorText(e));
        return;
      }
    }
    try {
      const created = await adapter.create({ id, groupId, tenantId, type });
      list.upsert(created);
      host.announce(msg(str`Device ${id} registered again.`, { id: 'table.registeredAgain' }));
      host.emit(new DevRegRegisteredEvent([id], []));
    } catch (error) {
      const e = host.reportError('create', error);
      const text = errorText(e);
      host.forgetRow(id);
      list.removeLocal(id);
      host.notify(msg(str`${id} was removed but could not be registered again: ${text}`, { id: 'table.registerAgainFailed' }));
      host.emit(new DevRegRegisteredEvent([], [{ id, message: text }]));
      await host.updateComplete;
      host.focusAfterRowGone();
    }
  } finally {
    list.release(id);
    host.setBusy(id, false);
  }
}
export { renderRemoveDialog } from './remove-dialog.js';
