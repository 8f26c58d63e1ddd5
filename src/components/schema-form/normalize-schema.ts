/**
 * Turns an untrusted JSON Schema (served by a microservice) into a small, typed
 * tree of fields that the form renders and validates. Never throws: anything it
 * does not understand is dropped and reported as a {@link SchemaWarning}.
 *
 * The supported subset is `$ref`-free: objects (nested), strings (formats
 * `password`, `email`, `uri`, `date`), numbers, integers, booleans, `enum` and
 * `oneOf`/`anyOf` of `const`, `const`, arrays of values and of objects, with
 * `required`, `default`, `title`, `description`, `examples`, `pattern`,
 * `minLength`, `maxLength`, `minimum`, `maximum`, `exclusiveMinimum`,
 * `exclusiveMaximum`, `multipleOf`, `minItems`, `maxItems`.
 */

import { cloneJson, isPlainObject, own, text } from './json.js';

/** The `format`s rendered with a dedicated input; any other format is a plain text field. */
export const STRING_FORMATS = ['password', 'email', 'uri', 'date'] as const;
export type StringFormat = (typeof STRING_FORMATS)[number];

/** Objects and arrays nested deeper than this are dropped (guards against huge or cyclic schemas). */
export const MAX_DEPTH = 8;
/** At most this many fields in one schema; the rest are dropped. */
export const MAX_FIELDS = 1000;
/** At most this many options in one choice. */
export const MAX_OPTIONS = 500;

interface FieldBase {
  /** The property name in the parent object ('' for the root and for array items). */
  readonly key: string;
  /** JSON pointer into the schema, for warnings. */
  readonly pointer: string;
  /** `title`, when it is a string. */
  readonly title?: string;
  /** `description`, when it is a string. */
  readonly description?: string;
  /** `examples[0]` as text (the input's placeholder). */
  readonly placeholder?: string;
  /** Listed in the parent's `required` (or `required: true`, draft 3). */
  readonly required: boolean;
  /** Whether `default` was given and fits the field. */
  readonly hasDefault: boolean;
  readonly default?: unknown;
}

export interface ObjectField extends FieldBase {
  readonly kind: 'object';
  readonly properties: readonly Field[];
}
export interface StringField extends FieldBase {
  readonly kind: 'string';
  readonly format?: StringFormat;
  /** The compiled `pattern` (unicode mode); invalid patterns are dropped with a warning. */
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface NumberField extends FieldBase {
  readonly kind: 'number';
  /** `type: integer`. */
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}
export interface BooleanField extends FieldBase {
  readonly kind: 'boolean';
}
export interface ChoiceOption {
  readonly value: unknown;
  /** The option's `title`, else its value as text. */
  readonly label: string;
}
export interface ChoiceField extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOption[];
}
/** `const` outside a choice: a fixed value that is not shown. */
export interface ConstField extends FieldBase {
  readonly kind: 'const';
  readonly value: unknown;
}
export interface ArrayField extends FieldBase {
  readonly kind: 'array';
  readonly items: Field;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export type Field = ObjectField | StringField | NumberField | BooleanField | ChoiceField | ConstField | ArrayField;

export interface SchemaWarning {
  /** The keyword ignored (`$ref`, `allOf`, `format`…) or the limit hit. */
  readonly keyword: string;
  /** JSON pointer of the schema where it was found (`#/properties/address`). */
  readonly pointer: string;
}

export interface NormalizedSchema {
  readonly root: Field;
  readonly warnings: readonly SchemaWarning[];
}

/** Keywords the form understands (some only in certain places). */
const HANDLED = new Set([
  'type', 'properties', 'required', 'title', 'description', 'default', 'examples',
  'enum', 'const', 'oneOf', 'anyOf', 'items', 'minItems', 'maxItems', 'format', 'pattern',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
]);
/** Keywords that change nothing about the form and are ignored silently. */
const HARMLESS = new Set([
  '$schema', '$id', 'id', '$comment', 'additionalProperties', 'definitions', '$defs',
]);

type Json = Record<string, unknown>;

function pointerTo(parent: string, ...parts: (string | number)[]): string {
  return parts.reduce<string>((p, part) => `${p}/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`, parent);
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function count(value: unknown): number | undefined {
  const n = finite(value);
  return n !== undefined && n >= 0 && Number.isInteger(n) ? n : undefined;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || finite(value) !== undefined;
}

class Normalizer {
  readonly warnings: SchemaWarning[] = [];
  #fields = 0;

  warn(keyword: string, pointer: string): void {
    if (this.warnings.length < 50) this.warnings.push({ keyword, pointer });
  }

  field(schema: unknown, key: string, pointer: string, required: boolean, depth: number): Field | undefined {
    if (!isPlainObject(schema)) {
      // `true` means "anything": nothing to render. Other garbage is worth a warning.
      if (schema !== true) this.warn('schema', pointer);
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      this.warn('maxDepth', pointer);
      return undefined;
    }
    if (++this.#fields > MAX_FIELDS) {
      if (this.#fields === MAX_FIELDS + 1) this.warn('maxFields', pointer);
      return undefined;
    }
    const kind = this.kindOf(schema, pointer);
    if (!kind) return undefined;
    this.unsupported(schema, kind, pointer);

    const examples = own(schema, 'examples');
    const example = Array.isArray(examples) && isPrimitive(examples[0]) ? examples[0] : undefined;
    const base = {
      key,
      pointer,
      title: text(own(schema, 'title')),
      description: text(own(schema, 'description')),
      placeholder: example === undefined || example === null ? undefined : String(example),
      required: required || own(schema, 'required') === true,
      hasDefault: false,
    };

    let field: Field;
    switch (kind) {
      case 'object':
        field = { ...base, kind, properties: this.properties(schema, pointer, depth) };
        break;
      case 'array': {
        const items = this.field(own(schema, 'items'), '', pointerTo(pointer, 'items'), true, depth + 1);
        if (!items) {
          this.warn('items', pointer);
          return undefined;
        }
        field = { ...base, kind, items, minItems: count(own(schema, 'minItems')), maxItems: count(own(schema, 'maxItems')) };
        break;
      }
      case 'string': {
        const format = own(schema, 'format');
        let supportedFormat: StringFormat | undefined;
        if ((STRING_FORMATS as readonly unknown[]).includes(format)) supportedFormat = format as StringFormat;
        else if (format !== undefined) this.warn('format', pointer);
        field = {
          ...base,
          kind,
          format: supportedFormat,
          pattern: this.pattern(own(schema, 'pattern'), pointer),
          minLength: count(own(schema, 'minLength')),
          maxLength: count(own(schema, 'maxLength')),
        };
        break;
      }
      case 'number':
      case 'integer': {
        let minimum = finite(own(schema, 'minimum'));
        let maximum = finite(own(schema, 'maximum'));
        let exclusiveMinimum = finite(own(schema, 'exclusiveMinimum'));
        let exclusiveMaximum = finite(own(schema, 'exclusiveMaximum'));
        // draft 4: `exclusiveMinimum: true` turns `minimum` exclusive
        if (own(schema, 'exclusiveMinimum') === true && minimum !== undefined) [exclusiveMinimum, minimum] = [minimum, undefined];
        if (own(schema, 'exclusiveMaximum') === true && maximum !== undefined) [exclusiveMaximum, maximum] = [maximum, undefined];
        const multipleOf = finite(own(schema, 'multipleOf'));
        field = {
          ...base,
          kind: 'number',
          integer: kind === 'integer',
          minimum,
          maximum,
          exclusiveMinimum,
          exclusiveMaximum,
          multipleOf: multipleOf !== undefined && multipleOf > 0 ? multipleOf : undefined,
        };
        break;
      }
      case 'boolean':
        field = { ...base, kind };
        break;
      case 'choice': {
        const options = this.options(schema, pointer);
        if (!options.length) return undefined;
        field = { ...base, kind, options };
        break;
      }
      case 'const':
        field = { ...base, kind, value: cloneJson(own(schema, 'const')) };
        break;
    }
    return this.withDefault(field, schema);
  }

  kindOf(schema: Json, pointer: string): Field['kind'] | 'integer' | undefined {
    if (Array.isArray(own(schema, 'enum')) || this.constAlternatives(schema)) return 'choice';
    if (own(schema, 'const') !== undefined && isPrimitive(own(schema, 'const'))) return 'const';
    let type = own(schema, 'type');
    // ["string", "null"]: the form gives the first non-null type
    if (Array.isArray(type)) type = type.find((t) => t !== 'null');
    switch (type) {
      case 'object':
      case 'array':
      case 'string':
      case 'number':
      case 'integer':
      case 'boolean':
        return type;
      case undefined:
        if (isPlainObject(own(schema, 'properties'))) return 'object';
        if (own(schema, 'items') !== undefined) return 'array';
        if (own(schema, '$ref') !== undefined || own(schema, 'allOf') !== undefined) {
          this.unsupported(schema, 'string', pointer);
          return undefined;
        }
        return 'string';
      default:
        this.warn('type', pointer);
        return undefined;
    }
  }

  /** `oneOf`/`anyOf` whose every entry has a primitive `const`. */
  constAlternatives(schema: Json): unknown[] | undefined {
    for (const keyword of ['oneOf', 'anyOf']) {
      const list = own(schema, keyword);
      if (Array.isArray(list) && list.length && list.every((s) => isPlainObject(s) && isPrimitive(own(s, 'const')))) {
        return list as unknown[];
      }
    }
    return undefined;
  }

  options(schema: Json, pointer: string): ChoiceOption[] {
    const options: ChoiceOption[] = [];
    const alternatives = this.constAlternatives(schema);
    if (alternatives) {
      for (const alt of alternatives) {
        const value = own(alt, 'const');
        options.push({ value, label: text(own(alt, 'title')) ?? String(value) });
      }
    } else {
      const values = own(schema, 'enum') as unknown[];
      for (const value of values) {
        if (isPrimitive(value)) options.push({ value, label: String(value) });
        else this.warn('enum', pointer);
      }
    }
    if (options.length > MAX_OPTIONS) {
      this.warn('maxOptions', pointer);
      options.length = MAX_OPTIONS;
    }
    return options.filter((o, i) => options.findIndex((p) => Object.is(p.value, o.value)) === i);
  }

  properties(schema: Json, pointer: string, depth: number): Field[] {
    const props = own(schema, 'properties');
    if (props !== undefined && !isPlainObject(props)) this.warn('properties', pointer);
    if (!isPlainObject(props)) return [];
    const requiredList = own(schema, 'required');
    const required = new Set(Array.isArray(requiredList) ? requiredList.filter((r) => typeof r === 'string') : []);
    const fields: Field[] = [];
    for (const key of Object.keys(props)) {
      const at = pointerTo(pointer, 'properties', key);
      if (key === '__proto__') {
        this.warn('properties', at);
        continue;
      }
      const field = this.field(props[key], key, at, required.has(key), depth + 1);
      if (field) fields.push(field);
    }
    return fields;
  }

  pattern(value: unknown, pointer: string): RegExp | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.warn('pattern', pointer);
      return undefined;
    }
    try {
      return new RegExp(value, 'u');
    } catch {
      this.warn('pattern', pointer);
      return undefined;
    }
  }

  /** Warns about each keyword of this schema the form ignores. */
  unsupported(schema: Json, kind: Field['kind'] | 'integer', pointer: string): void {
    for (const keyword of Object.keys(schema)) {
      if (HARMLESS.has(keyword)) continue;
      if (!HANDLED.has(keyword)) {
        this.warn(keyword, pointer);
        continue;
      }
      // oneOf/anyOf are only understood as a list of consts
      if ((keyword === 'oneOf' || keyword === 'anyOf') && kind !== 'choice') this.warn(keyword, pointer);
    }
  }

  withDefault(field: Field, schema: Json): Field {
    if (!Object.prototype.hasOwnProperty.call(schema, 'default')) return field;
    const value = cloneJson(own(schema, 'default'));
    if (value !== undefined && fits(field, value)) return { ...field, hasDefault: true, default: value };
    this.warn('default', field.pointer);
    return field;
  }
}

/** Whether a (default) value has the field's shape. */
function fits(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && (!field.integer || Number.isInteger(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return field.options.some((o) => Object.is(o.value, value));
    case 'const':
      return Object.is(field.value, value);
  }
}

const cache = new WeakMap<object, NormalizedSchema>();
const empty: NormalizedSchema = {
  root: { kind: 'object', key: '', pointer: '#', required: false, hasDefault: false, properties: [] },
  warnings: [],
};

/**
 * Normalizes a schema (cached per schema object, so each is normalized and
 * warned about once). Garbage (null, arrays, strings…) gives an empty form.
 */
export function normalizeSchema(schema: unknown): NormalizedSchema {
  if (schema === null || typeof schema !== 'object') {
    if (schema !== undefined) warnInDev([{ keyword: 'schema', pointer: '#' }]);
    return empty;
  }
  const cached = cache.get(schema);
  if (cached) return cached;
  const normalizer = new Normalizer();
  let root: Field | undefined;
  try {
    root = normalizer.field(schema, '', '#', false, 0);
  } catch {
    // e.g. a getter that throws in a hand-made object: never break the page
    normalizer.warn('schema', '#');
  }
  const result: NormalizedSchema = { root: root ?? empty.root, warnings: normalizer.warnings };
  cache.set(schema, result);
  warnInDev(result.warnings);
  return result;
}

/**
 * Whether two fields hold the same value paths, each of the same kind: the same form, though
 * perhaps worded otherwise (titles, descriptions and option titles in another language).
 */
export function sameFields(a: Field, b: Field): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'array') return sameFields(a.items, (b as ArrayField).items);
  if (a.kind !== 'object') return true;
  const others = new Map((b as ObjectField).properties.map((p) => [p.key, p]));
  return a.properties.length === others.size && a.properties.every((p) => {
    const other = others.get(p.key);
    return other !== undefined && sameFields(p, other);
  });
}

/**
 * Development mode: true when Lit's development build runs (it creates
 * `globalThis.litIssuedWarnings`; the production build, which bundlers pick
 * through the `production` export condition, does not). This keeps schema
 * warnings out of production consoles without relying on a bundler-specific
 * `import.meta.env` or `process.env`.
 */
export function isDevMode(): boolean {
  return !!(globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings;
}

function warnInDev(warnings: readonly SchemaWarning[]): void {
  if (!warnings.length || !isDevMode()) return;
  const list = warnings.map((w) => `"${w.keyword}" at ${w.pointer}`).join(', ');
  console.warn(
    `devreg-schema-form: ignored unsupported or invalid JSON Schema keyword(s): ${list}. ` +
      'The form renders the supported subset only (see the README, "schema-form").',
  );
}
