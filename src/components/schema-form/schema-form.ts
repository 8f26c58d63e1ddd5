import { html } from 'lit';
import { msg } from '@lit/localize';
import { sharedStyles } from '../../styles/shared.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { DevRegChangedEvent } from '../../events/devreg-changed.js';
import { getDevRegLocale } from '../../i18n/localization.js';
import { cloneJson } from './json.js';
import { type NormalizedSchema, normalizeSchema, sameFields } from './normalize-schema.js';
import { type PathSegment, applyDefaults, getIn, pathToString, setIn } from './model.js';
import { type SchemaFormError, fieldLabel, validateValue } from './validate.js';
import type { ArrayAction, RenderContext } from './render-context.js';
import { renderField } from './render-field.js';
import { schemaFormStyles } from './schema-form.styles.js';

export type { SchemaFormError } from './validate.js';

/**
 * Renders a JSON Schema (the `$ref`-free subset microservices use for device
 * registration) as an accessible form, and validates it.
 *
 * The schema is untrusted: unsupported keywords are ignored (with one console
 * warning in development builds), garbage never throws, and every title,
 * description and option is rendered as text.
 *
 * @summary JSON Schema → accessible form.
 *
 * @fires {DevRegChangedEvent} devreg-changed - The user changed a value: `value` (a copy) and `valid`.
 *
 * @csspart form - The `<form>` around every field.
 * @csspart field - One field: label, control, help and message.
 * @csspart label - A field's label (or a group's legend).
 * @csspart required - The visible "*" of a required field.
 * @csspart control - The input and its buttons (e.g. a password's "Show").
 * @csspart input - An input or select.
 * @csspart reveal - A password's "Show" toggle.
 * @csspart help - A field's `description`.
 * @csspart description - The root schema's `description`, above the fields.
 * @csspart error - A field's validation message.
 * @csspart fieldset - The group of a nested object, an array or a radio group.
 * @csspart object - A nested object's group (with `fieldset`).
 * @csspart array - An array's field (with `field` and `fieldset`).
 * @csspart radiogroup - A radio group's field (with `field` and `fieldset`).
 * @csspart checkbox - A checkbox's field (with `field`).
 * @csspart legend - A group's title.
 * @csspart option - One radio button with its label.
 * @csspart items - The list of an array's items.
 * @csspart item - One array item with its buttons.
 * @csspart item-actions - An item's "Move up", "Move down" and "Remove".
 * @csspart actions - An array's "Add" button.
 * @csspart empty - "No items yet." of an empty array.
 *
 * @cssprop --devreg-schema-form-gap - Space between fields (token `--devreg-space-m`).
 * @cssprop --devreg-schema-form-label-color - Label colour (token `--devreg-color-text`).
 * @cssprop --devreg-schema-form-label-weight - Label font weight (600).
 * @cssprop --devreg-schema-form-help-color - Help text colour (token `--devreg-color-text-muted`).
 * @cssprop --devreg-schema-form-error-color - Message colour (token `--devreg-color-danger-text`).
 * @cssprop --devreg-schema-form-fieldset-border - Border of groups (token `--devreg-color-border`).
 * @cssprop --devreg-schema-form-fieldset-padding - Padding of groups.
 * @cssprop --devreg-schema-form-input-max-width - Widest an input gets (32rem).
 */
export class DevRegSchemaForm extends DevRegElement {
  static override styles = [sharedStyles, schemaFormStyles];

  #schema: unknown = undefined;
  #normalized: NormalizedSchema = normalizeSchema(undefined);
  #value: unknown = applyDefaults(this.#normalized.root, undefined);
  /** Paths whose message may show (the user left them, or reportValidity() ran). */
  #touched = new Set<string>();
  #showAll = false;
  /** Paths of number inputs holding text that is not a number. */
  #badInput = new Set<string>();
  /** What number inputs hold, so "1." is not rewritten to "1" while typing. */
  #numberText = new Map<string, string>();
  #revealed = new Set<string>();
  #ids = new Map<string, string>();
  #pendingFocus?: string;
  /** The object the host last set as `value`. */
  #valueSet: unknown;
  /**
   * The errors of the current value, in the language they were worded in: a change is validated
   * once, not again by the render, by `checkValidity()` for `devreg-changed` and by the host
   * reading `errors`. Cleared on every change.
   */
  #errors?: { locale: string; list: SchemaFormError[] };

  /**
   * The JSON Schema to render (untrusted; anything not understood is ignored).
   * Setting it keeps the current value and fills in the new schema's defaults. A schema with
   * the same fields (the same property paths and types, e.g. translated) also keeps which
   * fields were left and whether `reportValidity()` showed every message; the messages follow
   * its titles. A schema with other fields hides the messages until fields are left again.
   */
  get schema(): unknown {
    return this.#schema;
  }
  set schema(schema: unknown) {
    const old = this.#schema;
    if (schema === old) return;
    const fields = this.#normalized.root;
    this.#schema = schema;
    this.#normalized = normalizeSchema(schema);
    this.#value = applyDefaults(this.#normalized.root, this.#value);
    // The same fields worded otherwise (the form again in another language) keep what the user
    // saw: the fields left, the messages after reportValidity() and the number inputs' text; the
    // messages are worded anew at the next render. Other fields make another form, none of whose
    // fields the user has visited: a path that merely exists in both would show a message unasked.
    if (!sameFields(fields, this.#normalized.root)) {
      this.#touched.clear();
      this.#showAll = false;
      this.#badInput.clear();
    }
    this.#errors = undefined;
    this.requestUpdate('schema', old);
  }

  /**
   * The form's value, with the schema's defaults applied. Reading gives a copy;
   * setting replaces it (defaults fill what it lacks). Empty inputs are left out.
   * Setting the object set last again is ignored (bindings re-set it on every render):
   * set a new object to replace the value.
   */
  get value(): unknown {
    return cloneJson(this.#value);
  }
  set value(value: unknown) {
    // Lit re-sets object bindings on every render: the same object again changes nothing
    if (value === this.#valueSet && value !== undefined) return;
    this.#valueSet = value;
    const old = this.#value;
    this.#value = applyDefaults(this.#normalized.root, cloneJson(value));
    this.#badInput.clear();
    this.#errors = undefined;
    this.requestUpdate('value', old);
  }

  /** Every problem of the current value, in the order the fields are shown. */
  get errors(): SchemaFormError[] {
    const locale = getDevRegLocale();
    if (this.#errors?.locale !== locale) {
      this.#errors = { locale, list: validateValue(this.#normalized.root, this.#value, { badInput: this.#badInput }) };
    }
    return [...this.#errors.list];
  }

  /** Whether the value is valid (no message is shown). */
  checkValidity(): boolean {
    return this.errors.length === 0;
  }

  /** Shows every message and focuses the first invalid field; returns whether the value is valid. */
  reportValidity(): boolean {
    const errors = this.errors;
    this.#showAll = true;
    this.requestUpdate();
    if (errors.length) this.#focusPath(errors[0].path);
    return errors.length === 0;
  }

  /** Forgets which fields were visited: messages hide until the user leaves a field again. */
  resetValidity(): void {
    this.#touched.clear();
    this.#showAll = false;
    this.requestUpdate();
  }

  #idFor(path: string): string {
    let id = this.#ids.get(path);
    if (!id) {
      id = `field-${this.#ids.size}`;
      this.#ids.set(path, id);
    }
    return id;
  }

  #focusPath(path: string): void {
    const id = this.#idFor(path);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) {
      this.#pendingFocus = id;
      return;
    }
    const focusable = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input:checked, input, select, button:not([disabled])');
    (focusable ?? target).focus();
  }

  #changed(next: unknown): void {
    this.#value = next;
    this.#errors = undefined;
    this.requestUpdate();
    const event = new DevRegChangedEvent(this.value, this.checkValidity());
    this.dispatchEvent(event);
  }

  #context: RenderContext = {
    idFor: (path) => this.#idFor(path),
    errorFor: (path) => (this.#showAll || this.#touched.has(path) ? this.#visibleErrors.get(path) : undefined),
    setValue: (path, value) => this.#changed(setIn(this.#value, path, value)),
    touch: (path) => {
      if (this.#touched.has(path)) return;
      this.#touched.add(path);
      this.requestUpdate();
    },
    numberText: (path, value) => {
      const text = this.#numberText.get(path);
      if (text !== undefined) {
        if (this.#badInput.has(path) && value === undefined) return text;
        if (text === '' ? value === undefined : Number(text) === value) return text;
      }
      return typeof value === 'number' ? String(value) : '';
    },
    numberInput: (path, input) => {
      const at = pathToString(path);
      this.#numberText.set(at, input.value);
      if (input.validity.badInput) this.#badInput.add(at);
      else this.#badInput.delete(at);
      this.#changed(setIn(this.#value, path, input.value === '' ? undefined : Number(input.value)));
    },
    isRevealed: (path) => this.#revealed.has(path),
    toggleReveal: (path) => {
      if (this.#revealed.has(path)) this.#revealed.delete(path);
      else this.#revealed.add(path);
      this.requestUpdate();
    },
    arrayAction: (path, action, index) => this.#arrayAction(path, action, index),
    renderField: (field, value, path, label) => renderField(field, value, path, label, this.#context),
  };

  /** The first message of each path, for the current render. */
  #visibleErrors = new Map<string, string>();

  #arrayAction(path: readonly PathSegment[], action: ArrayAction, index: number): void {
    const field = this.#fieldAt(path);
    if (field?.kind !== 'array') return;
    const current = getIn(this.#value, path);
    const items = Array.isArray(current) ? [...(current as unknown[])] : [];
    const at = pathToString(path);
    const itemId = (i: number) => this.#idFor(pathToString([...path, i]));
    switch (action) {
      case 'add':
        items.push(applyDefaults(field.items, undefined));
        this.#pendingFocus = this.#firstFocusableOfItem(itemId(items.length - 1));
        break;
      case 'remove':
        items.splice(index, 1);
        // focus moves to the item that took its place, else the previous one, else "Add"
        this.#pendingFocus = items.length ? `${itemId(Math.min(index, items.length - 1))}-remove` : `${this.#idFor(at)}-add`;
        break;
      case 'up':
      case 'down': {
        const to = action === 'up' ? index - 1 : index + 1;
        if (to < 0 || to >= items.length) return;
        [items[index], items[to]] = [items[to], items[index]];
        // keep focus on the moved item's button; at the edge that button is disabled, so take the other
        const edge = to === 0 || to === items.length - 1;
        const button = edge ? (action === 'up' ? 'down' : 'up') : action;
        this.#pendingFocus = items.length > 1 ? `${itemId(to)}-${button}` : undefined;
        break;
      }
    }
    this.#touched.add(at);
    this.#numberText.clear();
    this.#badInput.clear();
    this.#changed(setIn(this.#value, path, items));
  }

  /** Marker: focus the first focusable element inside the element with this id. */
  #firstFocusableOfItem(id: string): string {
    return `${id}::first`;
  }

  #fieldAt(path: readonly PathSegment[]) {
    let field = this.#normalized.root;
    for (const segment of path) {
      if (typeof segment === 'number') {
        if (field.kind !== 'array') return undefined;
        field = field.items;
      } else {
        if (field.kind !== 'object') return undefined;
        const next = field.properties.find((p) => p.key === segment);
        if (!next) return undefined;
        field = next;
      }
    }
    return field;
  }

  protected override render() {
    this.#visibleErrors = new Map();
    for (const error of this.errors) {
      if (!this.#visibleErrors.has(error.path)) this.#visibleErrors.set(error.path, error.message);
    }
    const root = this.#normalized.root;
    return html`<form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${renderField(root, this.#value, [], fieldLabel(root, msg('Value', { id: 'schema-form.value' })), this.#context)}
    </form>`;
  }

  protected override updated(): void {
    const pending = this.#pendingFocus;
    if (!pending) return;
    this.#pendingFocus = undefined;
    const [id, first] = pending.split('::');
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${id}"]`);
    if (!target) return;
    if (first !== undefined) {
      // a new item: its input (an object item's first input)
      const item = target.closest('[part~="item"]') ?? target;
      (item.querySelector<HTMLElement>('input, select, button') ?? target).focus();
    } else {
      target.focus();
    }
  }
}
