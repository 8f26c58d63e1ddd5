// The page's parts loaded on first use (the register menu's drop-down, the dialog, a wizard), over a
// connection that drops: the test server drops their module fetch, then lets it through, and doing
// the same thing again works (browsers fetch a failed module anew, whatwg/html#10327).
// Each test drops a part no earlier test in this file loads (a page loads a module once): choices are
// made with the menu's event, and the menu test comes last, as its open menu loads the dialog.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { DevRegDeviceRegistration } from '../../src/components/device-registration/device-registration.js';
import { DevRegRegisterSelectedEvent } from '../../src/events/devreg-register-selected.js';
import '../../src/define/device-registration.js';

const menu = (page: DevRegDeviceRegistration) => root(page).querySelector('devreg-register-menu')!;
const menuButton = (page: DevRegDeviceRegistration) => root(menu(page)).querySelector<HTMLButtonElement>('[part~=button]')!;
const dialog = (page: DevRegDeviceRegistration) => root(page).querySelector('dialog')!;
const alerts = (scope: ParentNode) => [...scope.querySelectorAll('[role=alert]')].map(text).filter(Boolean);
const choose = (page: DevRegDeviceRegistration, kind: 'single' | 'bulk') => menu(page).dispatchEvent(new DevRegRegisterSelectedEvent({ kind }));

async function mount(): Promise<DevRegDeviceRegistration> {
  const page = await fixture<DevRegDeviceRegistration>(html`<devreg-device-registration .adapter=${new MemoryAdapter()}></devreg-device-registration>`);
  await waitUntil(() => root(page).querySelector('devreg-register-menu'), 'the register menu');
  return page;
}

describe('the page after a dropped connection', () => {
  restoreFetchesAfterEach();

  it('dialog: choosing again opens the registration', async () => {
    const page = await mount();
    await failFetches('/device-registration/page-dialog.');
    choose(page, 'single');
    await waitUntil(() => alerts(root(page)).length, 'the message');
    expect(alerts(root(page))).to.deep.equal(['This registration form could not be loaded. Check the connection, then try again.']);
    expect(dialog(page).open).to.equal(false);

    await restoreFetches();
    choose(page, 'single');
    await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
    expect(dialog(page).open).to.equal(true);
    expect(alerts(root(page))).to.deep.equal([]);
  });

  it('wizard: "Try again" in the dialog loads it, and the focus goes into it', async () => {
    const page = await mount();
    await failFetches('/define/bulk-wizard.');
    choose(page, 'bulk');
    await waitUntil(() => alerts(dialog(page)).length, 'the message in the dialog');
    expect(alerts(dialog(page))).to.deep.equal(['This registration form could not be loaded. Check the connection, then try again.']);
    const retry = () => dialog(page).querySelector<HTMLButtonElement>('[part~=dialog-retry]');
    expect(text(retry())).to.equal('Try again');
    await waitUntil(() => root(page).activeElement === retry(), 'the focus on Try again');

    retry()!.click(); // still dropped: the message and the button come back, with the focus
    await page.updateComplete;
    expect(retry(), 'loading').to.equal(null);
    await waitUntil(() => retry() && root(page).activeElement === retry(), 'the button focused again');
    expect(alerts(dialog(page))).to.deep.equal(['This registration form could not be loaded. Check the connection, then try again.']);

    await restoreFetches();
    retry()!.click();
    await waitUntil(() => dialog(page).querySelector('devreg-bulk-wizard'), 'the wizard');
    const wizard = dialog(page).querySelector('devreg-bulk-wizard')!;
    await waitUntil(() => wizard.contains(root(page).activeElement) || root(page).activeElement === wizard, 'the focus in the wizard');
    expect(alerts(dialog(page))).to.deep.equal([]);
    expect(dialog(page).open).to.equal(true);
  });

  it('register menu: the next click opens the drop-down', async () => {
    const page = await mount();
    await failFetches('/register-menu/register-menu-popup.');
    menuButton(page).click();
    await waitUntil(() => alerts(root(menu(page))).length, 'the message');
    expect(alerts(root(menu(page)))).to.deep.equal(['The registration forms could not be loaded. Check the connection, then try again.']);

    await restoreFetches();
    menuButton(page).click();
    await waitUntil(() => root(menu(page)).querySelector('[role=menu]')?.checkVisibility(), 'the menu open');
    expect(alerts(root(menu(page)))).to.deep.equal([]);
  });
});
