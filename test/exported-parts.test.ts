import './helpers/lit-warnings.js';
import { root, text } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { JsonSchema, RegistrationExtension } from '../src/adapters/registration-adapter.js';
import type { DevRegDeviceRegistration } from '../src/components/device-registration/device-registration.js';
import type { DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/device-registration.js';
import '../src/define/extension-wizard.js';
import '../src/define/single-wizard.js';

// A host styles the parts of the elements nested in the page (and the badges in the table) through
// the names they are re-exported under: `<the nested element's part>-<its part>`.

const partsProtocol: RegistrationExtension = { name: 'Parts protocol', type: 'extensibleDeviceRegistration', contextPath: 'parts-protocol' };
/** A page with a field of each kind, so that the schema form renders (nearly) every part it has. */
const everyField: JsonSchema = {
  title: 'Device',
  description: 'The device to register.',
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', title: 'Device ID', description: 'As printed on the device.' },
    secret: { type: 'string', format: 'password', title: 'Secret' },
    enabled: { type: 'boolean', title: 'Enabled' },
    mode: { type: 'string', title: 'Mode', enum: ['push', 'pull'] },
    location: { type: 'object', title: 'Location', properties: { latitude: { type: 'number', title: 'Latitude' } } },
    tags: { type: 'array', title: 'Tags', items: { type: 'string', title: 'Tag' } },
    aliases: { type: 'array', title: 'Aliases', items: { type: 'string', title: 'Alias' }, default: ['a'] },
  },
};
const adapter = () =>
  new MemoryAdapter({
    requests: [{ id: 'parts-1', status: 'PENDING_ACCEPTANCE' }],
    extensions: [{ extension: partsProtocol, metadata: { title: 'Parts protocol', pages: [everyField] } }],
  });

/** The `exportparts` of an element as inner part → outer name. */
const exported = (element: Element): Map<string, string> =>
  new Map(
    (element.getAttribute('exportparts') ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split(':').map((s) => s.trim()) as [string, string]),
  );

/**
 * `element` is part `name` of its host and re-exports each of its `inner` parts as `name-<part>`,
 * which its host declares (`outer`), and nothing else.
 */
function expectReexported(element: Element, name: string, inner: string[], outer: string[]): void {
  const map = exported(element);
  expect(element.getAttribute('part'), element.localName).to.equal(name);
  for (const part of inner) {
    expect(map.get(part), `${element.localName} exports ${part}`).to.equal(`${name}-${part}`);
    expect(outer, `declared ${name}-${part}`).to.include(`${name}-${part}`);
  }
  expect([...map.keys()].filter((part) => !inner.includes(part)), `${element.localName} exports only declared parts`).to.deep.equal([]);
}

/** The part names custom-elements.json declares for a tag. */
async function declaredParts(tag: string): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
  };
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  expect(element, tag).to.exist;
  return (element!.cssParts ?? []).map((p) => p.name);
}

async function page(): Promise<DevRegDeviceRegistration> {
  const el = await fixture<DevRegDeviceRegistration>(html`<devreg-device-registration .adapter=${adapter()}></devreg-device-registration>`);
  await waitUntil(() => table(el).shadowRoot?.querySelector('[part~=row] devreg-status-badge'), 'a row with its badge', { timeout: 3000 });
  await waitUntil(() => root(el).querySelector('devreg-register-menu')?.shadowRoot?.querySelector('[part~=button]'), 'the menu button');
  return el;
}
const table = (el: DevRegDeviceRegistration) => root(el).querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
const menu = (el: DevRegDeviceRegistration) => root(el).querySelector('devreg-register-menu')!;
const badge = (t: Element) => root(t).querySelector('[part~=row] devreg-status-badge')!;
const WIZARD_TAGS = ['devreg-single-wizard', 'devreg-bulk-wizard', 'devreg-extension-wizard'];

/** Picks `item` in the page's register menu and resolves with the wizard shown in the dialog, rendered. */
async function openWizard(el: DevRegDeviceRegistration, item: string): Promise<LitElement> {
  root(menu(el)).querySelector<HTMLButtonElement>('[part~=button]')!.click();
  const find = () => [...root(menu(el)).querySelectorAll<HTMLElement>('[part~=item]')].find((i) => text(i) === item);
  await waitUntil(find, `the menu item ${item}`, { timeout: 3000 });
  find()!.click();
  await waitUntil(() => root(el).querySelector('dialog[open] [part~=wizard]'), `the ${item} wizard`, { timeout: 3000 });
  const wizard = root(el).querySelector<LitElement>('[part~=wizard]')!;
  await wizard.updateComplete;
  return wizard;
}
/** The extension wizard shown in the dialog, once its first page's schema form has rendered. */
async function openExtensionWizard(el: DevRegDeviceRegistration): Promise<{ wizard: LitElement; form: LitElement }> {
  return withForm(await openWizard(el, partsProtocol.name));
}
/** An extension wizard, once its first page's schema form has rendered. */
async function withForm(wizard: LitElement): Promise<{ wizard: LitElement; form: LitElement }> {
  const schemaForm = () => root(wizard).querySelector<LitElement>('devreg-schema-form');
  await waitUntil(() => schemaForm()?.shadowRoot?.querySelector('[part~=input]'), 'the schema form', { timeout: 3000 });
  const form = schemaForm()!;
  await form.updateComplete;
  return { wizard, form };
}
/** The single wizard shown in the dialog, after registering a device: its connect panel shows the device's badge. */
async function singleWizardWithBadge(el: DevRegDeviceRegistration): Promise<{ wizard: LitElement; badge: Element }> {
  return withBadge(await openWizard(el, 'Single device registration'));
}
/** A single wizard, after registering a device: its connect panel shows the device's badge. */
async function withBadge(wizard: LitElement): Promise<{ wizard: LitElement; badge: Element }> {
  const input = root(wizard).querySelector<HTMLInputElement>('input[part~=device-id]')!;
  input.value = 'parts-new';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await wizard.updateComplete;
  root(wizard).querySelector<HTMLButtonElement>('[part~=register-button]')!.click();
  const connectBadge = () => root(wizard).querySelector('devreg-status-badge[part~=connect-status]');
  await waitUntil(() => connectBadge()?.shadowRoot?.querySelector('[part~=label]'), 'the badge', { timeout: 3000 });
  return { wizard, badge: connectBadge()! };
}
/** The part names on the elements in `scope`. */
const rendered = (scope: ParentNode) =>
  [...scope.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/));

/** A style sheet in the light DOM, removed after the test. */
function hostStyles(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('exported parts', () => {
  it('a host styles the table, its badges and the menu inside the page through ::part()', async () => {
    const remove = hostStyles(`
      devreg-device-registration::part(table-row) { outline: 1px solid rgb(1, 2, 3); }
      devreg-device-registration::part(table-badge-label) { outline: 1px solid rgb(4, 5, 6); }
      devreg-device-registration::part(register-menu-button) { outline: 1px solid rgb(7, 8, 9); }
    `);
    try {
      const el = await page();
      const row = root(table(el)).querySelector('[part~=row]')!;
      const label = root(badge(table(el))).querySelector('[part~=label]')!;
      const button = root(menu(el)).querySelector('[part~=button]')!;
      expect(getComputedStyle(row).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(label).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(button).outlineColor).to.equal('rgb(7, 8, 9)');
    } finally {
      remove();
    }
  });

  it('a host styles the badges of a table of its own through ::part(badge-…)', async () => {
    const remove = hostStyles(`devreg-registration-table::part(badge-label) { outline: 1px solid rgb(10, 11, 12); }`);
    try {
      const t = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter()}></devreg-registration-table>`);
      await waitUntil(() => root(t).querySelector('[part~=row] devreg-status-badge'), 'a row with its badge', { timeout: 3000 });
      const label = root(badge(t)).querySelector('[part~=label]')!;
      expect(getComputedStyle(label).outlineColor).to.equal('rgb(10, 11, 12)');
    } finally {
      remove();
    }
  });

  it('re-exports every part the table, the badge and the menu declare, and declares each re-exported part', async () => {
    const el = await page();
    const [pageParts, tableParts, badgeParts, menuParts] = await Promise.all(
      ['devreg-device-registration', 'devreg-registration-table', 'devreg-status-badge', 'devreg-register-menu'].map(declaredParts),
    );
    const nested: [Element, string, string[], string[]][] = [
      [badge(table(el)), 'badge', badgeParts, tableParts],
      [table(el), 'table', tableParts, pageParts],
      [menu(el), 'register-menu', menuParts, pageParts],
    ];
    for (const [element, name, inner, outer] of nested) expectReexported(element, name, inner, outer);
    // no name is declared twice (an own part never begins with a nested element's part and a hyphen)
    for (const parts of [pageParts, tableParts]) expect(new Set(parts).size).to.equal(parts.length);
  });

  it('every part rendered in the table and its badges is declared', async () => {
    const el = await page();
    const tableParts = await declaredParts('devreg-registration-table');
    expect(rendered(root(table(el))).filter((p) => !tableParts.includes(p))).to.deep.equal([]);
    const badgeParts = await declaredParts('devreg-status-badge');
    expect(rendered(root(badge(table(el)))).filter((p) => !badgeParts.includes(p))).to.deep.equal([]);
  });

  it("a host styles the wizard in the page's dialog through ::part(wizard-…), its schema form and badges included", async () => {
    const remove = hostStyles(`
      devreg-device-registration::part(wizard-heading) { outline: 1px solid rgb(13, 14, 15); }
      devreg-device-registration::part(wizard-register-button) { outline: 1px solid rgb(16, 17, 18); }
      devreg-device-registration::part(wizard-drop-zone) { outline: 1px solid rgb(19, 20, 21); }
      devreg-device-registration::part(wizard-form-input) { outline: 1px solid rgb(22, 23, 24); }
      devreg-device-registration::part(wizard-connect-status-label) { outline: 1px solid rgb(25, 26, 27); }
    `);
    try {
      const outline = (scope: Element, part: string) => getComputedStyle(root(scope).querySelector(`[part~=${part}]`)!).outlineColor;
      const bulk = await openWizard(await page(), 'Bulk device registration');
      expect(outline(bulk, 'heading'), 'bulk heading').to.equal('rgb(13, 14, 15)');
      expect(outline(bulk, 'drop-zone')).to.equal('rgb(19, 20, 21)');

      const { wizard: extension, form } = await openExtensionWizard(await page());
      expect(outline(extension, 'heading'), 'extension heading').to.equal('rgb(13, 14, 15)');
      expect(outline(form, 'input')).to.equal('rgb(22, 23, 24)');

      const single = await openWizard(await page(), 'Single device registration');
      expect(outline(single, 'heading'), 'single heading').to.equal('rgb(13, 14, 15)');
      expect(outline(single, 'register-button')).to.equal('rgb(16, 17, 18)');
      const { badge: connectBadge } = await singleWizardWithBadge(await page());
      expect(outline(connectBadge, 'label')).to.equal('rgb(25, 26, 27)');
    } finally {
      remove();
    }
  });

  it('a host styles the schema form of an extension wizard and the badges of a single wizard of its own', async () => {
    const remove = hostStyles(`
      devreg-extension-wizard::part(form-input) { outline: 1px solid rgb(28, 29, 30); }
      devreg-single-wizard::part(connect-status-label) { outline: 1px solid rgb(31, 32, 33); }
    `);
    try {
      const extension = await fixture<LitElement>(
        html`<devreg-extension-wizard .adapter=${adapter()} .extension=${partsProtocol}></devreg-extension-wizard>`,
      );
      const { form } = await withForm(extension);
      expect(getComputedStyle(root(form).querySelector('[part~=input]')!).outlineColor).to.equal('rgb(28, 29, 30)');
      const single = await fixture<LitElement>(html`<devreg-single-wizard .adapter=${adapter()}></devreg-single-wizard>`);
      const { badge: connectBadge } = await withBadge(single);
      expect(getComputedStyle(root(connectBadge).querySelector('[part~=label]')!).outlineColor).to.equal('rgb(31, 32, 33)');
    } finally {
      remove();
    }
  });

  it('re-exports every part each wizard, its schema form and its badges declare, and declares each re-exported part', async () => {
    const [pageParts, single, bulk, extension, form, badgeParts] = await Promise.all(
      ['devreg-device-registration', ...WIZARD_TAGS, 'devreg-schema-form', 'devreg-status-badge'].map(declaredParts),
    );
    expectReexported(await openWizard(await page(), 'Bulk device registration'), 'wizard', bulk, pageParts);
    const { wizard: extensionWizard, form: schemaForm } = await openExtensionWizard(await page());
    expectReexported(extensionWizard, 'wizard', extension, pageParts);
    expectReexported(schemaForm, 'form', form, extension);
    const { wizard: singleWizard, badge: connectBadge } = await singleWizardWithBadge(await page());
    expectReexported(singleWizard, 'wizard', single, pageParts);
    expectReexported(connectBadge, 'connect-status', badgeParts, single);
    // the page declares a wizard part only if a wizard has it, and no name twice
    const wizardParts = new Set([...single, ...bulk, ...extension].map((p) => `wizard-${p}`));
    expect(pageParts.filter((p) => p.startsWith('wizard-') && !wizardParts.has(p))).to.deep.equal([]);
    for (const parts of [pageParts, single, extension]) expect(new Set(parts).size).to.equal(parts.length);
  });

  it("every part rendered in the wizards, the schema form and the connect panel's badges is declared", async () => {
    const [single, bulk, extension, form, badgeParts] = await Promise.all(
      [...WIZARD_TAGS, 'devreg-schema-form', 'devreg-status-badge'].map(declaredParts),
    );
    const undeclared = (scope: ParentNode, declared: string[]) => rendered(scope).filter((p) => !declared.includes(p));
    const bulkWizard = await openWizard(await page(), 'Bulk device registration');
    expect(undeclared(root(bulkWizard), bulk), 'bulk wizard').to.deep.equal([]);
    const { wizard: extensionWizard, form: schemaForm } = await openExtensionWizard(await page());
    expect(undeclared(root(extensionWizard), extension), 'extension wizard').to.deep.equal([]);
    expect(undeclared(root(schemaForm), form), 'schema form').to.deep.equal([]);
    // (the page of every field renders the schema form's rarer parts too)
    for (const part of ['object', 'array', 'radiogroup', 'checkbox', 'reveal', 'item', 'empty']) {
      expect(rendered(root(schemaForm)), part).to.include(part);
    }
    const singleWizard = await openWizard(await page(), 'Single device registration');
    expect(undeclared(root(singleWizard), single), 'single wizard, form').to.deep.equal([]);
    const { wizard: afterRegistering, badge: connectBadge } = await singleWizardWithBadge(await page());
    expect(undeclared(root(afterRegistering), single), 'single wizard, result').to.deep.equal([]);
    expect(undeclared(root(connectBadge), badgeParts), 'badge').to.deep.equal([]);
  });
});
