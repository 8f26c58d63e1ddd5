import './helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { RegistrationExtension } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { DevRegRegisterSelectedEvent } from '../src/events/devreg-register-selected.js';
import type { DevRegErrorEvent } from '../src/events/devreg-error.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import { menuPopupLoader, type DevRegRegisterMenu } from '../src/components/register-menu/register-menu.js';
import '../src/define/register-menu.js';

const demoProtocol: RegistrationExtension = {
  name: 'Demo protocol',
  type: 'extensibleDeviceRegistration',
  contextPath: 'demo-protocol',
};
const demoBulk: RegistrationExtension = {
  name: 'Demo protocol bulk',
  type: 'extensibleBulkDeviceRegistration',
  contextPath: 'demo-protocol',
};

function withExtensions(): MemoryAdapter {
  return new MemoryAdapter({
    extensions: [
      { extension: demoProtocol, metadata: { title: 'Demo protocol' } },
      { extension: demoBulk, metadata: { title: 'Demo bulk', bulk: { title: 'Demo bulk' } } },
    ],
  });
}

function button(menu: DevRegRegisterMenu): HTMLButtonElement {
  return menu.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
}

function menuElement(menu: DevRegRegisterMenu): HTMLElement {
  return menu.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
}

function items(menu: DevRegRegisterMenu): HTMLElement[] {
  return [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

function itemNames(menu: DevRegRegisterMenu): string[] {
  return items(menu).map((i) => i.textContent.trim());
}

function groupOf(menu: DevRegRegisterMenu, name: string): string[] {
  const group = [...menu.shadowRoot!.querySelectorAll('[role="group"]')].find((g) => {
    const label = menu.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!);
    return label?.textContent?.trim() === name;
  });
  expect(group, `group ${name}`).to.exist;
  return [...group!.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent.trim());
}

function focused(menu: DevRegRegisterMenu): string | undefined {
  return menu.shadowRoot!.activeElement?.textContent?.trim();
}

function isOpen(menu: DevRegRegisterMenu): boolean {
  return button(menu).getAttribute('aria-expanded') === 'true' && menuElement(menu).checkVisibility();
}

function nextSelection(menu: DevRegRegisterMenu): Promise<DevRegRegisterSelectedEvent> {
  return new Promise((resolve) => menu.addEventListener('devreg-register-selected', resolve, { once: true }));
}

async function settle(menu: DevRegRegisterMenu): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await menu.updateComplete;
  }
}

describe('devreg-register-menu', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('is a menu button labelled "Register device", closed by default, and accessible', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    const trigger = button(menu);
    expect(trigger.textContent.trim()).to.equal('Register device');
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(isOpen(menu)).to.be.false;
    await expect(menu).to.be.accessible();
  });

  it('opens on click with the built-in items in their sections, and is accessible open', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    button(menu).click();
    await settle(menu);
    expect(isOpen(menu)).to.be.true;
    expect(groupOf(menu, 'Single registration')).to.deep.equal(['Single device registration']);
    expect(groupOf(menu, 'Bulk registration')).to.deep.equal(['Bulk device registration']);
    expect(focused(menu)).to.equal('Single device registration');
    await expect(menu).to.be.accessible();
  });

  it('lists server-declared extensions by name in the section of their type', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${withExtensions()}></devreg-register-menu>`);
    await settle(menu);
    button(menu).click();
    await settle(menu);
    expect(groupOf(menu, 'Single registration')).to.deep.equal(['Single device registration', 'Demo protocol']);
    expect(groupOf(menu, 'Bulk registration')).to.deep.equal(['Bulk device registration', 'Demo protocol bulk']);
  });

  it('lists slotted forms after extensions, ordered by priority (higher first, ties in order)', async () => {
    const forms = [
      { id: 'a', label: 'Form A', category: 'single' as const },
      { id: 'b', label: 'Form B', category: 'single' as const, priority: 10 },
      { id: 'c', label: 'LoRa bulk', category: 'bulk' as const },
      { id: 'd', label: 'Form D', category: 'single' as const },
    ];
    const menu = await fixture<DevRegRegisterMenu>(
      html`<devreg-register-menu .adapter=${withExtensions()} .forms=${forms}></devreg-register-menu>`,
    );
    await settle(menu);
    button(menu).click();
    await settle(menu);
    expect(groupOf(menu, 'Single registration')).to.deep.equal([
      'Single device registration',
      'Demo protocol',
      'Form B',
      'Form A',
      'Form D',
    ]);
    expect(groupOf(menu, 'Bulk registration')).to.deep.equal(['Bulk device registration', 'Demo protocol bulk', 'LoRa bulk']);
  });

  it('dispatches devreg-register-selected with the chosen option', async () => {
    const forms = [{ id: 'f1', label: 'My form', category: 'bulk' as const }];
    const menu = await fixture<DevRegRegisterMenu>(
      html`<devreg-register-menu .adapter=${withExtensions()} .forms=${forms}></devreg-register-menu>`,
    );
    await settle(menu);
    const choose = async (name: string) => {
      button(menu).click();
      await settle(menu);
      const item = items(menu).find((i) => i.textContent.trim() === name)!;
      setTimeout(() => item.click());
      const event = await nextSelection(menu);
      expect(event).to.be.instanceOf(DevRegRegisterSelectedEvent);
      expect(event.bubbles && event.composed).to.be.true;
      await settle(menu);
      expect(isOpen(menu)).to.be.false;
      return event.option;
    };
    expect(await choose('Single device registration')).to.deep.equal({ kind: 'single' });
    expect(await choose('Bulk device registration')).to.deep.equal({ kind: 'bulk' });
    expect(await choose('Demo protocol')).to.deep.equal({ kind: 'extension', extension: demoProtocol });
    expect(await choose('My form')).to.deep.equal({ kind: 'form', formId: 'f1' });
  });

  it('supports the keyboard: arrows, Home/End, letters, Enter, Escape returns focus to the button', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${withExtensions()}></devreg-register-menu>`);
    await settle(menu);
    button(menu).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(menu);
    expect(isOpen(menu)).to.be.true;
    expect(focused(menu)).to.equal('Single device registration');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(menu)).to.equal('Demo protocol');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(menu)).to.equal('Bulk device registration');
    await sendKeys({ press: 'End' });
    expect(focused(menu)).to.equal('Demo protocol bulk');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(menu), 'wraps to the first').to.equal('Single device registration');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(menu), 'wraps to the last').to.equal('Demo protocol bulk');
    await sendKeys({ press: 'Home' });
    expect(focused(menu)).to.equal('Single device registration');
    await sendKeys({ press: 'b' });
    expect(focused(menu), 'type-ahead').to.equal('Bulk device registration');

    await sendKeys({ press: 'Escape' });
    await settle(menu);
    expect(isOpen(menu)).to.be.false;
    expect(menu.shadowRoot!.activeElement).to.equal(button(menu));

    await sendKeys({ press: 'ArrowUp' });
    await settle(menu);
    expect(focused(menu), 'ArrowUp opens on the last item').to.equal('Demo protocol bulk');
    const selected = nextSelection(menu);
    await sendKeys({ press: 'Enter' });
    expect((await selected).option.kind).to.equal('extension');
    await settle(menu);
    expect(isOpen(menu)).to.be.false;
    expect(menu.shadowRoot!.activeElement).to.equal(button(menu));

    await sendKeys({ press: 'Enter' });
    await settle(menu);
    expect(isOpen(menu), 'Enter on the button opens').to.be.true;
    const bySpace = nextSelection(menu);
    await sendKeys({ press: 'Space' });
    expect((await bySpace).option.kind).to.equal('single');
  });

  it('closes on a click outside without taking focus', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    button(menu).click();
    await settle(menu);
    expect(isOpen(menu)).to.be.true;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(menu);
    expect(isOpen(menu)).to.be.false;
  });

  it('closes when Tab moves focus away', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    button(menu).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(menu);
    await sendKeys({ press: 'Tab' });
    await settle(menu);
    expect(isOpen(menu)).to.be.false;
  });

  it('is disabled with its reason shown and used as the description', async () => {
    const menu = await fixture<DevRegRegisterMenu>(
      html`<devreg-register-menu .adapter=${new MemoryAdapter()} disabled-reason="The device limit is reached."></devreg-register-menu>`,
    );
    const trigger = button(menu);
    expect(trigger.disabled).to.be.true;
    const reason = menu.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
    expect(reason.textContent.trim()).to.equal('The device limit is reached.');
    expect(reason.checkVisibility()).to.be.true;
    trigger.click();
    await settle(menu);
    expect(isOpen(menu)).to.be.false;
    await expect(menu).to.be.accessible();

    menu.disabledReason = undefined;
    await settle(menu);
    expect(button(menu).disabled).to.be.false;
    expect(button(menu).hasAttribute('aria-describedby')).to.be.false;
  });

  it('keeps the built-in items when listExtensions fails, reports it and shows a note', async () => {
    const adapter = withExtensions();
    adapter.setFailure('listExtensions', new RegistrationError({ status: 500, code: 'server', message: 'boom' }));
    const errors: DevRegErrorEvent[] = [];
    const container = await fixture<HTMLDivElement>(html`<div @devreg-error=${(e: DevRegErrorEvent) => errors.push(e)}>
      <devreg-register-menu .adapter=${adapter}></devreg-register-menu>
    </div>`);
    const menu = container.querySelector('devreg-register-menu')!;
    await settle(menu);
    expect(errors.map((e) => e.operation)).to.deep.equal(['listExtensions']);
    expect(errors[0].error.code).to.equal('server');
    button(menu).click();
    await settle(menu);
    expect(itemNames(menu)).to.deep.equal(['Single device registration', 'Bulk device registration']);
    const note = menu.shadowRoot!.querySelector('[part~="note"]')!;
    expect(note.textContent).to.contain('could not be loaded');
    await expect(menu).to.be.accessible();
    const selected = nextSelection(menu);
    items(menu)[1].click();
    expect((await selected).option.kind).to.equal('bulk');
  });

  it('asks for the extensions again when the menu opens after they failed', async () => {
    const adapter = withExtensions();
    adapter.setFailure('listExtensions', new RegistrationError({ status: 0, code: 'network', message: 'offline' }));
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${adapter}></devreg-register-menu>`);
    await settle(menu);
    button(menu).click();
    await settle(menu);
    expect(menu.shadowRoot!.querySelector('[part~="note"]')!.textContent).to.contain(
      'Registration forms provided by services could not be loaded. Open the menu again to try again.',
    );
    button(menu).click(); // closes
    await settle(menu);
    adapter.setFailure('listExtensions', undefined);
    button(menu).click();
    await waitUntil(() => itemNames(menu).length > 2, 'the extensions');
    expect(menu.shadowRoot!.querySelector('[part~="note"]'), 'no note').to.equal(null);
  });

  it('works with an adapter lacking listExtensions', async () => {
    const menu = await fixture<DevRegRegisterMenu>(
      html`<devreg-register-menu .adapter=${new MemoryAdapter({ without: ['listExtensions'] })}></devreg-register-menu>`,
    );
    button(menu).click();
    await settle(menu);
    expect(itemNames(menu)).to.deep.equal(['Single device registration', 'Bulk device registration']);
    expect(menu.shadowRoot!.querySelector('[part~="note"]')).to.be.null;
  });

  it('loads its drop-down on the first hover or focus of the button, so a click does not wait for it', async () => {
    const hovered = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    expect(menuElement(hovered), 'not rendered before any sign of use').to.be.null;
    expect(button(hovered).hasAttribute('aria-controls')).to.be.false;
    button(hovered).dispatchEvent(new PointerEvent('pointerenter'));
    await hovered.updateComplete;
    expect(menuElement(hovered).checkVisibility(), 'loaded, still closed').to.be.false;
    expect(button(hovered).getAttribute('aria-controls')).to.equal('menu');

    const focused = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    focused.focus();
    await focused.updateComplete;
    expect(menuElement(focused)).to.exist;
    expect(isOpen(focused)).to.be.false;
    await expect(focused).to.be.accessible();
  });

  it('styles its drop-down with a constructable sheet, which a strict CSP allows (no <style> element)', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    button(menu).click();
    await settle(menu);
    expect(isOpen(menu)).to.be.true;
    const popup = menu.shadowRoot!.querySelector<HTMLElement>('[part~="popup"]')!;
    expect(['absolute', 'fixed']).to.include(getComputedStyle(popup).position);
    expect(menu.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });

  it('says so when its drop-down cannot be loaded, and tries again on the next click', async () => {
    const original = menuPopupLoader.load;
    menuPopupLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
      button(menu).click();
      await settle(menu);
      const alert = menu.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('The registration forms could not be loaded. Check the connection, then try again.');
      expect(alert.checkVisibility()).to.be.true;
      expect(button(menu).getAttribute('aria-expanded')).to.equal('false');
      await expect(menu).to.be.accessible();

      menuPopupLoader.load = original;
      button(menu).click();
      await settle(menu);
      expect(isOpen(menu)).to.be.true;
      expect(menu.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    } finally {
      menuPopupLoader.load = original;
    }
  });

  it('does not open, nor take the focus back, when the user moved on while the drop-down loaded', async () => {
    const original = menuPopupLoader.load;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    menuPopupLoader.load = () => held.then(original);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu><input aria-label="Elsewhere" /></div>`,
      );
      const menu = wrapper.querySelector<DevRegRegisterMenu>('devreg-register-menu')!;
      const elsewhere = wrapper.querySelector('input')!;
      button(menu).focus();
      button(menu).click();
      elsewhere.focus();
      release();
      await settle(menu);
      expect(isOpen(menu)).to.be.false;
      expect(document.activeElement).to.equal(elsewhere);
    } finally {
      menuPopupLoader.load = original;
    }
  });

  it('focus() focuses the button', async () => {
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    menu.focus();
    expect(menu.shadowRoot!.activeElement).to.equal(button(menu));
  });

  it('speaks German', async () => {
    await setDevRegLocale('de');
    const menu = await fixture<DevRegRegisterMenu>(html`<devreg-register-menu .adapter=${new MemoryAdapter()}></devreg-register-menu>`);
    button(menu).click();
    await settle(menu);
    expect(button(menu).textContent.trim()).to.equal('Gerät registrieren');
    expect(groupOf(menu, 'Einzelregistrierung')).to.deep.equal(['Einzelgeräteregistrierung']);
    expect(groupOf(menu, 'Massenregistrierung')).to.deep.equal(['Massenregistrierung von Geräten']);
  });
});
