/**
 * The form's value: defaults, reading and immutable writing by path.
 * Values come from hosts and microservices: only own properties are read and
 * `__proto__` is never written.
 */
import { cloneJson, isPlainObject, own } from './json.js';
import type { Field } from './normalize-schema.js';

/** `minItems` fills an empty array with at most this many fresh items. */
export const MAX_DEFAULT_ITEMS = 100;

/** A property name or an array index. */
export type PathSegment = string | number;

/** `address.street`, `contacts[1].email`; '' for the root. */
export function pathToString(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/**
 * The value with the schema's defaults filled in where it has none: nested
 * objects are always present, booleans default to false, arrays to their
 * `default` or to `minItems` fresh items. Values the schema does not know are kept.
 */
export function applyDefaults(field: Field, value: unknown): unknown {
  switch (field.kind) {
    case 'object': {
      const source = isPlainObject(value) ? value : field.hasDefault ? field.default : {};
      const out = (cloneJson(source) ?? {}) as Record<string, unknown>;
      for (const property of field.properties) {
        const next = applyDefaults(property, own(out, property.key));
        if (next === undefined) delete out[property.key];
        else out[property.key] = next;
      }
      return out;
    }
    case 'array': {
      const source = Array.isArray(value) ? value : field.hasDefault ? (field.default as unknown[]) : [];
      const out = source.map((item) => applyDefaults(field.items, item));
      // an untrusted service may ask for 1e308 items: fill at most MAX_DEFAULT_ITEMS (validation still asks for more)
      const fill = Math.min(field.minItems ?? 0, MAX_DEFAULT_ITEMS);
      while (out.length < fill) out.push(applyDefaults(field.items, undefined));
      return out;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return field.hasDefault ? field.default : false;
    case 'const':
      return field.value;
    default:
      if (value !== undefined && value !== null && value !== '') return cloneJson(value);
      return field.hasDefault ? cloneJson(field.default) : undefined;
  }
}

export function getIn(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? (current[segment] as unknown) : undefined;
    else current = own(current, segment);
  }
  return current;
}

/** A copy of `value` with `path` set; `undefined` removes an object key. */
export function setIn(value: unknown, path: readonly PathSegment[], next: unknown): unknown {
  if (!path.length) return next;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...(value as unknown[])] : [];
    array[head] = setIn(array[head], rest, next);
    return array;
  }
  if (head === '__proto__') return value;
  const object: Record<string, unknown> = isPlainObject(value) ? { ...value } : {};
  const child = setIn(own(object, head), rest, next);
  if (child === undefined) delete object[head];
  else object[head] = child;
  return object;
}

/** Deep-merges the values of several pages into the one model sent to the microservice. */
export function mergeModels(values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const value of values) {
    if (isPlainObject(value)) mergeInto(out, value, 0);
  }
  return out;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, depth: number): void {
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue;
    const value = source[key];
    const existing = own(target, key);
    if (depth < 32 && isPlainObject(existing) && isPlainObject(value)) {
      const copy = { ...existing };
      mergeInto(copy, value, depth + 1);
      target[key] = copy;
    } else {
      target[key] = cloneJson(value);
    }
  }
}
