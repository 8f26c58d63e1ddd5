/**
 * Validation of a form value against a normalized schema: one clear, localized
 * message per field (the first problem found), in document order.
 */
import { msg, str } from '@lit/localize';
import type { ArrayField, Field, NumberField, StringField } from './normalize-schema.js';
import { own } from './json.js';
import { type PathSegment, pathToString } from './model.js';

/** A problem with one field. */
export interface SchemaFormError {
  /** Where the value is: `address.street`, `contacts[1].email` ('' for the root). */
  readonly path: string;
  /** The field's label as shown (its `title`, else its property name). */
  readonly label: string;
  /** What is wrong, as a sentence for the user. */
  readonly message: string;
}

export interface ValidateOptions {
  /** Paths whose input holds text that is not a number (the browser keeps it from the value). */
  readonly badInput?: ReadonlySet<string>;
}

/** The label a field shows: its title, else its property name; array items add their position. */
export function fieldLabel(field: Field, fallback: string): string {
  return field.title ?? (field.key || fallback);
}

/** Every problem of `value`, in the order the fields are shown. */
export function validateValue(root: Field, value: unknown, options: ValidateOptions = {}): SchemaFormError[] {
  const errors: SchemaFormError[] = [];
  visit(root, value, [], fieldLabel(root, msg('Value', { id: 'schema-form.value' })), errors, options);
  return errors;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function visit(
  field: Field,
  value: unknown,
  path: PathSegment[],
  label: string,
  errors: SchemaFormError[],
  options: ValidateOptions,
): void {
  const at = pathToString(path);
  const add = (message: string): void => {
    errors.push({ path: at, label, message });
  };
  switch (field.kind) {
    case 'object':
      for (const property of field.properties) {
        visit(property, own(value, property.key), [...path, property.key], fieldLabel(property, property.key), errors, options);
      }
      return;
    case 'array':
      return visitArray(field, value, path, label, errors, options);
    case 'const':
      return;
    case 'boolean':
      if (value !== undefined && typeof value !== 'boolean') add(msg('Choose yes or no.', { id: 'schema-form.invalid-boolean' }));
      return;
    case 'choice':
      if (isEmpty(value)) {
        if (field.required) add(msg('Choose an option.', { id: 'schema-form.required-choice' }));
      } else if (!field.options.some((o) => Object.is(o.value, value))) {
        add(msg('Choose one of the options.', { id: 'schema-form.invalid-choice' }));
      }
      return;
    case 'number':
    case 'string': {
      if (field.kind === 'number' && options.badInput?.has(at)) {
        add(numberMessage(field));
        return;
      }
      if (isEmpty(value)) {
        if (field.required) add(msg('Enter a value.', { id: 'schema-form.required' }));
        return;
      }
      const problem = field.kind === 'number' ? numberProblem(field, value) : stringProblem(field, value);
      if (problem) add(problem);
      return;
    }
  }
}

function visitArray(
  field: ArrayField,
  value: unknown,
  path: PathSegment[],
  label: string,
  errors: SchemaFormError[],
  options: ValidateOptions,
): void {
  const at = pathToString(path);
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  if (value !== undefined && !Array.isArray(value)) {
    errors.push({ path: at, label, message: msg('Expected a list.', { id: 'schema-form.invalid-array' }) });
    return;
  }
  if (field.minItems !== undefined && items.length < field.minItems) {
    const n = field.minItems;
    errors.push({
      path: at,
      label,
      message: n === 1 ? msg('Add at least one item.', { id: 'schema-form.min-items-one' }) : msg(str`Add at least ${n} items.`, { id: 'schema-form.min-items' }),
    });
  }
  if (field.maxItems !== undefined && items.length > field.maxItems) {
    const n = field.maxItems;
    errors.push({ path: at, label, message: msg(str`Remove items: at most ${n} are allowed.`, { id: 'schema-form.max-items' }) });
  }
  items.forEach((item, index) => {
    // array items are always required: an empty entry is a mistake, not an omission
    const itemField: Field = { ...field.items, required: true };
    visit(itemField, item, [...path, index], itemLabel(field, label, index), errors, options);
  });
}

/** "Tags 2": the label of the item at `index` (its own title, else the array's). */
export function itemLabel(field: ArrayField, arrayLabel: string, index: number): string {
  const base = field.items.title ?? arrayLabel;
  const position = index + 1;
  return msg(str`${base} ${position}`, { id: 'schema-form.item-label' });
}

function numberMessage(field: NumberField): string {
  return field.integer
    ? msg('Enter a whole number.', { id: 'schema-form.invalid-integer' })
    : msg('Enter a number.', { id: 'schema-form.invalid-number' });
}

function numberProblem(field: NumberField, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return numberMessage(field);
  if (field.integer && !Number.isInteger(value)) return numberMessage(field);
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = field;
  if (minimum !== undefined && value < minimum) return msg(str`Enter ${minimum} or more.`, { id: 'schema-form.minimum' });
  if (maximum !== undefined && value > maximum) return msg(str`Enter ${maximum} or less.`, { id: 'schema-form.maximum' });
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) {
    return msg(str`Enter more than ${exclusiveMinimum}.`, { id: 'schema-form.exclusive-minimum' });
  }
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) {
    return msg(str`Enter less than ${exclusiveMaximum}.`, { id: 'schema-form.exclusive-maximum' });
  }
  if (multipleOf !== undefined) {
    const quotient = value / multipleOf;
    if (Math.abs(quotient - Math.round(quotient)) > 1e-9) {
      return msg(str`Enter a multiple of ${multipleOf}.`, { id: 'schema-form.multiple-of' });
    }
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function validUri(value: string): boolean {
  try {
    new URL(value);
    return !/\s/.test(value);
  } catch {
    return false;
  }
}

function stringProblem(field: StringField, value: unknown): string | undefined {
  if (typeof value !== 'string') return msg('Enter text.', { id: 'schema-form.invalid-string' });
  const length = [...value].length;
  if (field.minLength !== undefined && length < field.minLength) {
    const n = field.minLength;
    return n === 1
      ? msg('Enter a value.', { id: 'schema-form.required' })
      : msg(str`Enter at least ${n} characters.`, { id: 'schema-form.min-length' });
  }
  if (field.maxLength !== undefined && length > field.maxLength) {
    const n = field.maxLength;
    return msg(str`Enter at most ${n} characters (now ${length}).`, { id: 'schema-form.max-length' });
  }
  switch (field.format) {
    case 'email':
      if (!EMAIL.test(value)) return msg('Enter an email address, like name@example.com.', { id: 'schema-form.invalid-email' });
      break;
    case 'uri':
      if (!validUri(value)) return msg('Enter a full URL, like https://example.com.', { id: 'schema-form.invalid-uri' });
      break;
    case 'date':
      if (!validDate(value)) return msg('Enter a date as YYYY-MM-DD.', { id: 'schema-form.invalid-date' });
      break;
    default:
      break;
  }
  if (field.pattern) {
    field.pattern.lastIndex = 0;
    if (!field.pattern.test(value)) {
      // the rule as a user can read it: an example, else the field's help, else the pattern itself
      const example = field.placeholder;
      if (example) return msg(str`Use the expected format, like ${example}.`, { id: 'schema-form.pattern.example' });
      const help = field.description;
      if (help) return msg(str`Use the expected format: ${help}`, { id: 'schema-form.pattern.help' });
      const pattern = field.pattern.source;
      return msg(str`Use the expected format (pattern ${pattern}).`, { id: 'schema-form.pattern' });
    }
  }
  return undefined;
}
