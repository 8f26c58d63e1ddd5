import './helpers/lit-warnings.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { DevRegDeviceRegistration } from '../src/components/device-registration/device-registration.js';
import type { DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/device-registration.js';

// A host styles the parts of the elements nested in the page (and the badges in the table) through
// the names they are re-exported under: `<the nested element's part>-<its part>`.

const adapter = () => new MemoryAdapter({ requests: [{ id: 'parts-1', status: 'PENDING_ACCEPTANCE' }] });

/** The `exportparts` of an element as inner part → outer name. */
const exported = (element: Element): Map<string, string> =>
  new Map(
    (element.getAttribute('exportparts') ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split(':').map((s) => s.trim()) as [string, string]),
  );

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
    for (const [element, name, inner, outer] of nested) {
      const map = exported(element);
      expect(element.getAttribute('part'), element.localName).to.equal(name);
      for (const part of inner) {
        expect(map.get(part), `${element.localName} exports ${part}`).to.equal(`${name}-${part}`);
        expect(outer, `declared ${name}-${part}`).to.include(`${name}-${part}`);
      }
      // and exports nothing it does not declare
      expect([...map.keys()].filter((part) => !inner.includes(part)), `${element.localName} exports only declared parts`).to.deep.equal([]);
    }
    // no name is declared twice (an own part never begins with a nested element's part and a hyphen)
    for (const parts of [pageParts, tableParts]) expect(new Set(parts).size).to.equal(parts.length);
  });

  it('every part rendered in the table and its badges is declared', async () => {
    const el = await page();
    const rendered = (scope: ParentNode) => [...scope.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/));
    const tableParts = await declaredParts('devreg-registration-table');
    expect(rendered(root(table(el))).filter((p) => !tableParts.includes(p))).to.deep.equal([]);
    const badgeParts = await declaredParts('devreg-status-badge');
    expect(rendered(root(badge(table(el)))).filter((p) => !badgeParts.includes(p))).to.deep.equal([]);
  });
});
