import './helpers/lit-warnings.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DevRegSchemaForm } from '../src/components/schema-form/schema-form.js';
import { MAX_DEPTH } from '../src/components/schema-form/normalize-schema.js';
import '../src/define/schema-form.js';
import type { DevRegChangedEvent } from '../src/events/devreg-changed.js';
import { setDevRegLocale } from '../src/i18n/localization.js';

// ---- helpers: by label, role and part, never by class ---------------------------------------

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();

function control<T extends HTMLElement = HTMLInputElement>(el: DevRegSchemaForm, label: string): T {
  const labels = [...root(el).querySelectorAll('label')].filter((l) => clean(l.textContent) === label && l.htmlFor);
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`);
  return root(el).getElementById(labels[0].htmlFor) as T;
}

function group(el: DevRegSchemaForm, legend: string): HTMLFieldSetElement {
  const found = [...root(el).querySelectorAll('fieldset')].find((f) => clean(f.querySelector(':scope > legend')?.textContent) === legend);
  if (!found) throw new Error(`no group "${legend}"`);
  return found;
}

function button(el: DevRegSchemaForm, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? clean(b.textContent)) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function messageOf(el: DevRegSchemaForm, input: Element): string | undefined {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => root(el).getElementById(id)).find((n) => n?.getAttribute('part')?.includes('error'));
  return error ? clean(error.textContent) : undefined;
}

async function type(el: DevRegSchemaForm, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function select(el: DevRegSchemaForm, sel: HTMLSelectElement, label: string) {
  const option = [...sel.options].find((o) => clean(o.textContent) === label)!;
  sel.value = option.value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function form(schema: unknown, value?: unknown) {
  return fixture<DevRegSchemaForm>(html`<devreg-schema-form .schema=${schema} .value=${value}></devreg-schema-form>`);
}

// ---- schemas ------------------------------------------------------------------------------------

const everyType = {
  type: 'object',
  title: 'Device',
  description: 'Describe the device.',
  required: ['serial', 'kind'],
  properties: {
    serial: { type: 'string', title: 'Serial number', description: 'Printed on the back.', examples: ['SN-0001'], pattern: '^SN-\\d{4}$' },
    secret: { type: 'string', title: 'Password', format: 'password' },
    mail: { type: 'string', title: 'E-mail', format: 'email' },
    site: { type: 'string', title: 'Website', format: 'uri' },
    installed: { type: 'string', title: 'Installed on', format: 'date' },
    interval: { type: 'number', title: 'Interval', minimum: 0.5, maximum: 60, multipleOf: 0.5, default: 5 },
    port: { type: 'integer', title: 'Port', exclusiveMinimum: 0, exclusiveMaximum: 65536 },
    active: { type: 'boolean', title: 'Active', default: true },
    kind: { title: 'Kind', oneOf: [{ const: 'meter', title: 'Meter' }, { const: 'valve', title: 'Valve' }] },
    region: { type: 'string', title: 'Region', enum: ['north', 'south', 'east', 'west', 'central'] },
    nameless: { type: 'string' },
    address: {
      type: 'object',
      title: 'Address',
      required: ['city'],
      properties: { city: { type: 'string', title: 'City', default: 'Düsseldorf' }, zip: { type: 'string', title: 'ZIP', minLength: 5, maxLength: 5 } },
    },
    tags: { type: 'array', title: 'Tags', items: { type: 'string', title: 'Tag' }, maxItems: 3 },
  },
};

describe('devreg-schema-form', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });

  afterEach(async () => {
    console.warn = warn;
    await setDevRegLocale('en');
  });

  it('is registered under its tag and renders an empty form without a schema', async () => {
    expect(customElements.get('devreg-schema-form')).to.equal(DevRegSchemaForm);
    const el = await form(undefined);
    expect(root(el).querySelector('[part~=form]')).to.exist;
    expect(el.value).to.deep.equal({});
    expect(el.checkValidity()).to.be.true;
    expect(el.errors).to.deep.equal([]);
  });

  it('renders every supported field type with its label, title fallback and help', async () => {
    const el = await form(everyType);
    expect(control(el, 'Serial number').type).to.equal('text');
    expect(control(el, 'Password').type).to.equal('password');
    expect(control(el, 'E-mail').type).to.equal('email');
    expect(control(el, 'Website').type).to.equal('url');
    expect(control(el, 'Installed on').type).to.equal('date');
    expect(control(el, 'Interval').type).to.equal('number');
    expect(control(el, 'Interval').step).to.equal('0.5');
    expect(control(el, 'Interval').min).to.equal('0.5');
    expect(control(el, 'Interval').max).to.equal('60');
    expect(control(el, 'Port').step).to.equal('1');
    expect(control(el, 'Active').type).to.equal('checkbox');
    // ≤ 4 options: radio group; more: select
    const kind = group(el, 'Kind');
    expect(kind.getAttribute('role')).to.equal('radiogroup');
    expect([...kind.querySelectorAll('label')].map((l) => clean(l.textContent))).to.deep.equal(['Meter', 'Valve']);
    expect(control<HTMLSelectElement>(el, 'Region').tagName).to.equal('SELECT');
    expect(control<HTMLSelectElement>(el, 'Region').options).to.have.length(6);
    // no title: the property name
    expect(control(el, 'nameless')).to.exist;
    // nested object: fieldset + legend
    expect(group(el, 'Address').querySelector('input')).to.equal(control(el, 'City'));
    expect(group(el, 'Tags')).to.exist;
    // the root description, and a field's description linked by aria-describedby
    expect(clean(root(el).querySelector('[part~=description]')?.textContent)).to.equal('Describe the device.');
    const serial = control(el, 'Serial number');
    const help = root(el).getElementById(serial.getAttribute('aria-describedby')!)!;
    expect(help.getAttribute('part')).to.contain('help');
    expect(clean(help.textContent)).to.equal('Printed on the back.');
    // examples[0] is the placeholder; required is marked and announced
    expect(serial.placeholder).to.equal('SN-0001');
    expect(serial.required).to.be.true;
    expect(control(el, 'Password').required).to.be.false;
    expect(kind.getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('applies defaults: given ones, booleans false, nested objects present, minItems filled', async () => {
    const el = await form({
      type: 'object',
      properties: {
        ...everyType.properties,
        flag: { type: 'boolean' },
        list: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer', default: 7 } } }, minItems: 2 },
        preset: { type: 'array', items: { type: 'string' }, default: ['a', 'b'] },
      },
    });
    expect(el.value).to.deep.equal({
      interval: 5,
      active: true,
      address: { city: 'Düsseldorf' },
      tags: [],
      flag: false,
      list: [{ n: 7 }, { n: 7 }],
      preset: ['a', 'b'],
    });
    expect(control(el, 'Interval').value).to.equal('5');
    expect(control(el, 'Active').checked).to.be.true;
    expect(control(el, 'City').value).to.equal('Düsseldorf');
  });

  it('keeps a value set by the host and fills in what it lacks; reading gives a copy', async () => {
    const el = await form(everyType, { serial: 'SN-1234', kind: 'valve', extra: 1 });
    expect(el.value).to.include({ serial: 'SN-1234', kind: 'valve', extra: 1, interval: 5 });
    expect(control(el, 'Serial number').value).to.equal('SN-1234');
    const kind = group(el, 'Kind');
    expect([...kind.querySelectorAll('input')].map((r) => r.checked)).to.deep.equal([false, true]);
    (el.value as { serial: string }).serial = 'changed';
    expect((el.value as { serial: string }).serial).to.equal('SN-1234');
    el.value = { serial: 'SN-9999' };
    await el.updateComplete;
    expect(control(el, 'Serial number').value).to.equal('SN-9999');
  });

  it('fires devreg-changed with the value and validity as the user types, and leaves empty inputs out', async () => {
    const el = await form(everyType);
    const serial = control(el, 'Serial number');
    setTimeout(() => void type(el, serial, 'SN-12'));
    const first: DevRegChangedEvent = await oneEvent(el, 'devreg-changed');
    expect(first).to.be.instanceOf(Event);
    expect(first.bubbles && first.composed).to.be.true;
    expect((first.value as { serial: string }).serial).to.equal('SN-12');
    expect(first.valid).to.be.false;
    expect(first.detail).to.deep.equal({ value: first.value, valid: false });
    setTimeout(() => void type(el, serial, ''));
    const cleared: DevRegChangedEvent = await oneEvent(el, 'devreg-changed');
    expect(cleared.value).to.not.have.property('serial');
  });

  it('types values: numbers as numbers, choices as their const, checkboxes as booleans', async () => {
    const el = await form({
      type: 'object',
      properties: {
        n: { type: 'number', title: 'N' },
        level: { title: 'Level', anyOf: [1, 2, 3, 4, 5].map((v) => ({ const: v, title: `Level ${v}` })) },
        on: { type: 'boolean', title: 'On' },
        mode: { title: 'Mode', enum: [true, false] },
      },
    });
    await type(el, control(el, 'N'), '2.5');
    await select(el, control<HTMLSelectElement>(el, 'Level'), 'Level 3');
    const on = control(el, 'On');
    on.click();
    await el.updateComplete;
    const radios = group(el, 'Mode').querySelectorAll('input');
    radios[1].click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ n: 2.5, level: 3, on: true, mode: false });
  });

  it('tells a pattern by its example, else by the field help, and only else by the pattern', async () => {
    const el = await form({
      type: 'object',
      properties: {
        described: { type: 'string', title: 'Described', description: 'Two upper-case letters.', pattern: '^[A-Z]{2}$' },
        bare: { type: 'string', title: 'Bare', pattern: '^[A-Z]{2}$' },
      },
    });
    for (const label of ['Described', 'Bare']) {
      await type(el, control(el, label), 'x');
      control(el, label).dispatchEvent(new Event('blur'));
    }
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Described'))).to.equal('Use the expected format: Two upper-case letters.');
    expect(messageOf(el, control(el, 'Bare'))).to.equal('Use the expected format (pattern ^[A-Z]{2}$).');
  });

  it('shows a message per field only after the field is left, with aria-invalid and aria-describedby', async () => {
    const el = await form(everyType);
    const serial = control(el, 'Serial number');
    expect(serial.getAttribute('aria-invalid')).to.equal('false');
    expect(messageOf(el, serial)).to.be.undefined;
    serial.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(serial.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, serial)).to.equal('Enter a value.');
    // the help text stays linked next to the message
    expect(serial.getAttribute('aria-describedby')!.split(' ')).to.have.length(2);
    await type(el, serial, 'nope');
    expect(messageOf(el, serial)).to.equal('Use the expected format, like SN-0001.');
    await type(el, serial, 'SN-0042');
    expect(messageOf(el, serial)).to.be.undefined;
    expect(serial.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('validates every keyword with a clear message', async () => {
    const el = await form(everyType);
    const cases: [string, string, string][] = [
      ['E-mail', 'not-an-address', 'Enter an email address, like name@example.com.'],
      ['Website', 'example.com', 'Enter a full URL, like https://example.com.'],
      ['Interval', '0.25', 'Enter 0.5 or more.'],
      ['Interval', '61', 'Enter 60 or less.'],
      ['Interval', '1.2', 'Enter a multiple of 0.5.'],
      ['Port', '0', 'Enter more than 0.'],
      ['Port', '65536', 'Enter less than 65536.'],
      ['Port', '1.5', 'Enter a whole number.'],
      ['ZIP', '123', 'Enter at least 5 characters.'],
      ['ZIP', '1234567', 'Enter at most 5 characters (now 7).'],
    ];
    for (const [label, value, message] of cases) {
      const input = control(el, label);
      await type(el, input, value);
      expect(messageOf(el, input), `${label} = ${value}`).to.equal(message);
    }
    await type(el, control(el, 'City'), '');
    expect(messageOf(el, control(el, 'City'))).to.equal('Enter a value.');
    // the errors API lists every problem in document order, with path and label
    const errors = el.errors;
    expect(errors.map((e) => e.path)).to.deep.equal(['serial', 'mail', 'site', 'interval', 'port', 'kind', 'address.city', 'address.zip']);
    expect(errors.find((e) => e.path === 'kind')).to.deep.equal({ path: 'kind', label: 'Kind', message: 'Choose an option.' });
    expect(errors.find((e) => e.path === 'address.city')!.label).to.equal('City');
  });

  it('validates dates, host values of the wrong type and choices outside the list', () => {
    const el = document.createElement('devreg-schema-form');
    el.schema = {
      type: 'object',
      properties: { d: { type: 'string', format: 'date' }, n: { type: 'number' }, c: { enum: ['a', 'b'] }, s: { type: 'string' } },
    };
    el.value = { d: '2024-02-30', n: 'seven', c: 'z', s: 42 };
    expect(el.errors.map((e) => e.message)).to.deep.equal([
      'Enter a date as YYYY-MM-DD.',
      'Enter a number.',
      'Choose one of the options.',
      'Enter text.',
    ]);
    el.value = { d: '2024-02-29', n: 7, c: 'a', s: 'x' };
    expect(el.checkValidity()).to.be.true;
  });

  it('reports a number input holding text that is not a number', async () => {
    const el = await form({ type: 'object', properties: { n: { type: 'number', title: 'Count' } } });
    const input = control(el, 'Count');
    input.focus();
    await sendKeys({ type: '1e' });
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(messageOf(el, input)).to.equal('Enter a number.');
    expect(el.checkValidity()).to.be.false;
  });

  it('reportValidity() shows every message and focuses the first invalid field', async () => {
    const el = await form(everyType);
    expect(el.reportValidity()).to.be.false;
    await el.updateComplete;
    const serial = control(el, 'Serial number');
    expect(el.shadowRoot!.activeElement).to.equal(serial);
    expect(messageOf(el, serial)).to.equal('Enter a value.');
    expect(group(el, 'Kind').getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, group(el, 'Kind'))).to.equal('Choose an option.');
    await expect(el).to.be.accessible();
    el.value = { serial: 'SN-0001', kind: 'meter' };
    expect(el.reportValidity()).to.be.true;
  });

  it('masks passwords with a reveal toggle', async () => {
    const el = await form(everyType);
    const input = control(el, 'Password');
    const reveal = button(el, 'Show Password');
    expect(reveal.getAttribute('aria-pressed')).to.equal('false');
    reveal.click();
    await el.updateComplete;
    expect(input.type).to.equal('text');
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
    reveal.click();
    await el.updateComplete;
    expect(input.type).to.equal('password');
    expect(input.autocomplete).to.equal('new-password');
  });

  it('adds, removes and reorders array items within minItems and maxItems', async () => {
    const el = await form(everyType);
    const tags = group(el, 'Tags');
    expect(clean(tags.querySelector('[part~=empty]')?.textContent)).to.equal('No items yet.');
    const add = button(el, 'Add Tag');
    add.click();
    await el.updateComplete;
    // focus moves into the new item
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'Tag 1'));
    await type(el, control(el, 'Tag 1'), 'red');
    add.click();
    await el.updateComplete;
    await type(el, control(el, 'Tag 2'), 'green');
    add.click();
    await el.updateComplete;
    await type(el, control(el, 'Tag 3'), 'blue');
    expect((el.value as { tags: string[] }).tags).to.deep.equal(['red', 'green', 'blue']);
    expect(add.disabled, 'maxItems reached').to.be.true;
    expect(button(el, 'Move up: Tag 1').disabled).to.be.true;
    expect(button(el, 'Move down: Tag 3').disabled).to.be.true;

    button(el, 'Move up: Tag 3').click();
    await el.updateComplete;
    expect((el.value as { tags: string[] }).tags).to.deep.equal(['red', 'blue', 'green']);
    expect(control(el, 'Tag 2').value).to.equal('blue');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Move up: Tag 2'));

    button(el, 'Move down: Tag 1').click();
    await el.updateComplete;
    expect((el.value as { tags: string[] }).tags).to.deep.equal(['blue', 'red', 'green']);

    button(el, 'Remove: Tag 2').click();
    await el.updateComplete;
    expect((el.value as { tags: string[] }).tags).to.deep.equal(['blue', 'green']);
    expect(add.disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps arrays of objects at minItems and explains a short list', async () => {
    const el = await form({
      type: 'object',
      properties: {
        contacts: {
          type: 'array',
          title: 'Contacts',
          minItems: 1,
          items: { type: 'object', title: 'Contact', required: ['mail'], properties: { mail: { type: 'string', title: 'Mail', format: 'email' } } },
        },
      },
    });
    expect(group(el, 'Contact 1')).to.exist;
    expect(button(el, 'Remove: Contact 1').disabled).to.be.true;
    button(el, 'Add Contact').click();
    await el.updateComplete;
    expect(group(el, 'Contact 2')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(group(el, 'Contact 2').querySelector('input'));
    await type(el, group(el, 'Contact 2').querySelector('input')!, 'a@b.io');
    button(el, 'Move up: Contact 2').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ contacts: [{ mail: 'a@b.io' }, {}] });
    expect(el.errors).to.deep.equal([{ path: 'contacts[1].mail', label: 'Mail', message: 'Enter a value.' }]);

    el.value = { contacts: [] };
    expect(el.value).to.deep.equal({ contacts: [{}] }, 'minItems refills');
    const short = document.createElement('devreg-schema-form');
    short.schema = { type: 'object', properties: { l: { type: 'array', title: 'L', items: { type: 'string' }, minItems: 2, maxItems: 2 } } };
    expect(short.errors).to.deep.equal([
      { path: 'l[0]', label: 'L 1', message: 'Enter a value.' },
      { path: 'l[1]', label: 'L 2', message: 'Enter a value.' },
    ]);
    short.value = { l: ['a', 'b', 'c'] };
    expect(short.errors[0]).to.deep.equal({ path: 'l', label: 'L', message: 'Remove items: at most 2 are allowed.' });
  });

  it('warns once in development about unsupported keywords, naming the keyword and where', async () => {
    const schema = {
      type: 'object',
      properties: {
        a: { $ref: '#/definitions/a' },
        b: { type: 'string', allOf: [{ minLength: 1 }], format: 'hostname' },
        c: { type: 'string', title: 'C' },
      },
    };
    const el = await form(schema);
    expect(warnings).to.have.length(1);
    const text = String(warnings[0][0]);
    expect(text).to.contain('"$ref" at #/properties/a');
    expect(text).to.contain('"allOf" at #/properties/b');
    expect(text).to.contain('"format" at #/properties/b');
    expect(control(el, 'C')).to.exist;
    // unknown format: a plain text field
    expect(control(el, 'b').type).to.equal('text');
    // the same schema again: no second warning
    await form(schema);
    expect(warnings).to.have.length(1);
  });

  it('never throws on garbage schemas', async () => {
    let deep: Record<string, unknown> = { type: 'string', title: 'Bottom' };
    for (let i = 0; i < 2000; i++) deep = { type: 'object', title: `L${i}`, properties: { x: deep } };
    const cyclic: Record<string, unknown> = { type: 'object', properties: {} };
    (cyclic.properties as Record<string, unknown>).self = cyclic;
    const throwing = { type: 'object', get properties(): unknown { throw new Error('boom'); } };
    const garbage: unknown[] = [
      null, [], 'string', 42, true, { type: 42 }, { type: 'object', properties: [] },
      { type: 'object', properties: { a: null, b: 'x', c: [], d: { type: 'array' }, e: { enum: [] } } },
      { type: 'object', required: 'all', properties: { n: { type: 'number', minimum: 'x', default: 'y' } } },
      { type: 'object', properties: { p: { type: 'string', pattern: '(' } } },
      { type: 'object', properties: { __proto__: { type: 'string' }, constructor: { type: 'string' } } },
      JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","title":"Proto"}}}'),
      deep, cyclic, throwing,
    ];
    for (const schema of garbage) {
      const el = await form(schema);
      expect(el.checkValidity !== undefined).to.be.true;
      expect(() => el.value).to.not.throw();
      expect(() => el.errors).to.not.throw();
    }
    // depth is capped
    const el = await form(deep);
    expect(root(el).querySelectorAll('fieldset').length).to.be.at.most(MAX_DEPTH);
    expect(warnings.length).to.be.greaterThan(0);
    // own keys only: "constructor" is a field, not Object's prototype
    const proto = await form({ type: 'object', properties: { constructor: { type: 'string', title: 'Ctor' } } });
    expect(control(proto, 'Ctor').value).to.equal('');
    expect(proto.value).to.deep.equal({});
  });

  it('renders a root that is not an object as one field labelled "Value"', async () => {
    const el = await form({ type: 'array', items: { type: 'integer' }, minItems: 1 });
    expect(group(el, 'Value')).to.exist;
    expect(el.value).to.deep.equal([undefined]);
    expect(el.errors).to.deep.equal([{ path: '[0]', label: 'Value 1', message: 'Enter a value.' }]);
    await type(el, control(el, 'Value 1'), '3');
    expect(el.value).to.deep.equal([3]);
    await expect(el).to.be.accessible();
  });

  it('renders hostile titles, descriptions, examples and option titles as text', async () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const el = await form({
      type: 'object',
      title: img,
      description: img,
      properties: {
        a: { type: 'string', title: img, description: `<b>${img}</b>`, examples: [img] },
        b: { title: 'B', oneOf: [{ const: 1, title: img }, { const: 2, title: '<script>alert(1)</script>' }] },
        c: { type: 'string', title: 'C', enum: [img, 'x', 'y', 'z', 'w'] },
        d: { type: 'array', title: img, items: { type: 'object', title: img, properties: {} }, minItems: 1 },
      },
    });
    expect(root(el).querySelector('img, script, b')).to.be.null;
    expect(root(el).textContent).to.contain(img);
    expect(control(el, img).placeholder).to.equal(img);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('is themable through parts', async () => {
    const el = await form(everyType);
    for (const part of ['form', 'field', 'label', 'help', 'fieldset', 'legend', 'input']) {
      expect(root(el).querySelector(`[part~=${part}]`), part).to.exist;
    }
    el.reportValidity();
    await el.updateComplete;
    expect(root(el).querySelector('[part~=error]')).to.exist;
  });

  it('speaks German', async () => {
    await setDevRegLocale('de');
    const el = await form(everyType);
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Serial number'))).to.equal('Geben Sie einen Wert ein.');
    expect(button(el, 'Tag hinzufügen')).to.exist;
    expect(button(el, 'Password anzeigen')).to.exist;
    expect(el.errors.find((e) => e.path === 'kind')!.message).to.equal('Wählen Sie eine Option.');
  });

  it('words its messages in the language switched to while they are shown', async () => {
    const el = await form(everyType);
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Serial number'))).to.equal('Enter a value.');
    await setDevRegLocale('de');
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Serial number'))).to.equal('Geben Sie einen Wert ein.');
    expect(el.errors.find((e) => e.path === 'kind')!.message).to.equal('Wählen Sie eine Option.');
  });

  /** A small form and the same form in German (as a microservice serves it for `lang=de`). */
  const station = {
    type: 'object',
    title: 'Station',
    required: ['serial', 'site'],
    properties: {
      serial: { type: 'string', title: 'Serial number', description: 'Two letters and four digits.', pattern: '^[A-Z]{2}\\d{4}$' },
      site: { type: 'string', title: 'Site' },
      interval: { type: 'number', title: 'Interval' },
      note: { type: 'string', title: 'Note', minLength: 3 },
    },
  };
  const stationInGerman = {
    ...station,
    properties: {
      serial: { ...station.properties.serial, title: 'Seriennummer', description: 'Zwei Buchstaben und vier Ziffern.' },
      site: { ...station.properties.site, title: 'Standort' },
      interval: { ...station.properties.interval, title: 'Intervall' },
      note: { ...station.properties.note, title: 'Notiz' },
    },
  };

  it('keeps the fields left, their values and messages when the schema is replaced by the same fields in another language', async () => {
    const el = await form(station);
    await type(el, control(el, 'Serial number'), 'x1');
    control(el, 'Site').dispatchEvent(new Event('blur'));
    const interval = control(el, 'Interval');
    interval.focus();
    await sendKeys({ type: '1e' });
    interval.dispatchEvent(new Event('blur'));
    await type(el, control(el, 'Note'), 'okay');
    expect(messageOf(el, control(el, 'Serial number'))).to.equal('Use the expected format: Two letters and four digits.');
    expect(messageOf(el, control(el, 'Site'))).to.equal('Enter a value.');
    expect(messageOf(el, interval)).to.equal('Enter a number.');

    await setDevRegLocale('de');
    el.schema = stationInGerman;
    await el.updateComplete;
    const serial = control(el, 'Seriennummer');
    expect(serial.value).to.equal('x1');
    expect(messageOf(el, serial)).to.equal('Verwenden Sie das erwartete Format: Zwei Buchstaben und vier Ziffern.');
    expect(serial.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, control(el, 'Standort'))).to.equal('Geben Sie einen Wert ein.');
    // the number input still holds text that is not a number, and still says so
    expect(messageOf(el, control(el, 'Intervall'))).to.equal('Geben Sie eine Zahl ein.');
    expect(el.checkValidity()).to.be.false;
    expect(messageOf(el, control(el, 'Notiz'))).to.be.undefined;
    expect(el.value).to.deep.equal({ serial: 'x1', note: 'okay' });
    expect(el.errors.map((e) => e.label)).to.deep.equal(['Seriennummer', 'Standort', 'Intervall']);
    await type(el, control(el, 'Notiz'), 'no');
    expect(messageOf(el, control(el, 'Notiz'))).to.equal('Geben Sie mindestens 3 Zeichen ein.');
    await expect(el).to.be.accessible();
  });

  it('keeps every message after reportValidity() for the same fields, and starts over for other fields', async () => {
    const el = await form(station, { note: 'okay' });
    el.reportValidity();
    await el.updateComplete;
    el.schema = stationInGerman;
    await el.updateComplete;
    // not left by the user, shown by reportValidity(): still shown
    expect(messageOf(el, control(el, 'Seriennummer'))).to.equal('Enter a value.');
    expect(messageOf(el, control(el, 'Standort'))).to.equal('Enter a value.');

    // another form (a field more): nothing of it was visited, so no message shows until a field is left
    el.schema = { ...station, properties: { ...station.properties, port: { type: 'integer', title: 'Port' } } };
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Serial number'))).to.be.undefined;
    expect(messageOf(el, control(el, 'Site'))).to.be.undefined;
    expect(control(el, 'Note').value).to.equal('okay');
    await type(el, control(el, 'Site'), '');
    expect(messageOf(el, control(el, 'Site'))).to.equal('Enter a value.');
    expect(messageOf(el, control(el, 'Serial number'))).to.be.undefined;
    // a field fewer is another form too
    el.schema = station;
    await el.updateComplete;
    expect(messageOf(el, control(el, 'Site'))).to.be.undefined;
  });
});
