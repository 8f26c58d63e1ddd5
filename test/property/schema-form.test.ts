// Issue 8.8: the schema form under generated input (fast-check). A microservice's JSON Schema and a
// host's value are untrusted: whatever they are, normalizing, applying defaults, validating, merging
// and rendering never throw, every problem is reported as plain strings, and nothing pollutes
// Object.prototype.
import '../helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeSchema, type Field } from '../../src/components/schema-form/normalize-schema.js';
import { applyDefaults, getIn, mergeModels, setIn } from '../../src/components/schema-form/model.js';
import { validateValue } from '../../src/components/schema-form/validate.js';
import type { DevRegSchemaForm } from '../../src/components/schema-form/schema-form.js';
import '../../src/define/schema-form.js';

const KEYWORDS = [
  'type', 'properties', 'required', 'title', 'description', 'default', 'examples', 'enum', 'const', 'oneOf', 'anyOf',
  'items', 'minItems', 'maxItems', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', '$ref', 'allOf', 'not', 'if', 'then', 'additionalProperties',
] as const;
const TYPES = ['object', 'string', 'number', 'integer', 'boolean', 'array', 'null', 'bogus'];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const key = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS, 'a', 'b', 'id', 'name'), fc.string({ maxLength: 6 }));

/** Values a keyword may hold: sensible ones most of the time, anything JSON can hold otherwise. */
const keywordValue = (depth: number, schema: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 2, arbitrary: fc.constantFrom(...TYPES) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...TYPES), { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom('password', 'email', 'uri', 'date', 'time', '^[a-z]+$', '(', '[', '\\', '(?<x>a)\\k<x>', '.*'.repeat(20)) },
    { weight: depth > 0 ? 3 : 0, arbitrary: fc.dictionary(key, schema, { maxKeys: 4 }) },
    { weight: depth > 0 ? 2 : 0, arbitrary: fc.array(schema, { maxLength: 4 }) },
  );

/** A schema-like object: keywords with good and bad values, nested. */
/** Drops `minItems` above 50 anywhere in a schema (those are checked apart, in a worker). */
function tameMinItems(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => tameMinItems(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'minItems' && typeof v === 'number' && v > 50) continue;
    Object.defineProperty(out, k, { value: tameMinItems(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const wildSchema: fc.Arbitrary<unknown> = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYWORDS), key), keywordValue(1, tie('schema')), { maxKeys: 8 }),
  ),
})).schema;
const schemaArb = wildSchema.map((s) => tameMinItems(s));

const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('<img src=x onerror="window.__pwned=1">', '\u202Eabc', ''));
const num = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.constantFrom(0, -0, 1e308, Number.MAX_SAFE_INTEGER));
const common = { title: text, description: text, default: fc.jsonValue({ maxDepth: 1 }), examples: fc.array(fc.jsonValue({ maxDepth: 0 }), { maxLength: 2 }) };

/** Mostly well-formed schemas (so the interesting paths run), each with some garbage mixed in. */
const plausibleSchema: fc.Arbitrary<unknown> = fc.letrec<{ field: unknown }>((tie) => ({
  field: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('string'), format: fc.constantFrom('password', 'email', 'uri', 'date', 'hostname'), pattern: fc.constantFrom('^[a-z]*$', '(', '\\d+', 'a{2,}'), minLength: num, maxLength: num, ...common }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constantFrom('number', 'integer'), minimum: num, maximum: num, exclusiveMinimum: fc.oneof(num, fc.boolean()), exclusiveMaximum: fc.oneof(num, fc.boolean()), multipleOf: num, ...common }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('boolean'), ...common }, { requiredKeys: ['type'] }),
    fc.record({ enum: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 8 }), ...common }, { requiredKeys: ['enum'] }),
    fc.record({ oneOf: fc.array(fc.record({ const: fc.jsonValue({ maxDepth: 0 }), title: text }, { requiredKeys: [] }), { maxLength: 7 }), ...common }, { requiredKeys: ['oneOf'] }),
    fc.record({ const: fc.jsonValue({ maxDepth: 1 }), ...common }, { requiredKeys: ['const'] }),
    // huge minItems are checked apart (in a worker, below): here they would take the page down
    fc.record({ type: fc.constant('array'), items: tie('field'), minItems: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double()), maxItems: num, ...common }, { requiredKeys: ['type'] }),
    fc.record(
      { type: fc.constant('object'), properties: fc.dictionary(key, tie('field'), { maxKeys: 5 }), required: fc.oneof(fc.array(key, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })), ...common },
      { requiredKeys: ['type', 'properties'] },
    ),
  ),
})).field.chain((field) =>
  // some garbage on top: an unsupported or ill-typed keyword
  fc.option(fc.tuple(fc.constantFrom(...KEYWORDS), keywordValue(0, fc.constant({}))), { freq: 3 }).map((extra) =>
    extra && field && typeof field === 'object' ? { ...(field), [extra[0]]: extra[1] } : field,
  ),
);

const plausibleTamed = plausibleSchema.map((s) => tameMinItems(s));
/** A root object with plausible fields. */
const formSchema = fc.dictionary(key, plausibleTamed, { minKeys: 1, maxKeys: 6 }).map((properties) => ({ type: 'object', properties }));

/** Schemas through JSON text too: `__proto__` then becomes an own key, as in a parsed HTTP answer. */
const parsedSchema = fc.oneof(schemaArb, plausibleTamed).map((s) => {
  try {
    return JSON.parse(JSON.stringify(s).replace(/"(constructor|prototype)":/g, '"__proto__":')) as unknown;
  } catch {
    return s;
  }
});

const anyValue = fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }), fc.jsonValue());

function snapshotPrototype(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).concat(Object.getOwnPropertyNames(Array.prototype)).sort();
}

function checkErrors(errors: unknown): void {
  expect(errors).to.be.an('array');
  for (const e of errors as { path: unknown; label: unknown; message: unknown }[]) {
    expect(e.path).to.be.a('string');
    expect(e.label).to.be.a('string');
    expect(e.message).to.be.a('string').and.not.equal('');
  }
}

function fieldCount(field: Field): number {
  if (field.kind === 'object') return 1 + field.properties.reduce((n, p) => n + fieldCount(p), 0);
  if (field.kind === 'array') return 1 + fieldCount(field.items);
  return 1;
}

describe('property: schema form normalizer and validator', function () {
  this.timeout(120_000);
  let before: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    before = snapshotPrototype();
    // in development builds the normalizer warns once per odd schema: expected here, thousands of times
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
    expect(snapshotPrototype(), 'Object/Array prototypes unchanged').to.deep.equal(before);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('normalizeSchema, applyDefaults and validateValue never throw on arbitrary schemas and values', () => {
    let withFields = 0;
    let withErrors = 0;
    fc.assert(
      fc.property(fc.oneof(schemaArb, parsedSchema, formSchema, plausibleTamed), fc.oneof(anyValue, fc.dictionary(key, anyValue)), (schema, value) => {
        const normalized = normalizeSchema(schema);
        expect(normalized.root).to.be.an('object');
        expect(normalized.warnings).to.be.an('array');
        expect(fieldCount(normalized.root)).to.be.at.most(1001 + 1);
        if (fieldCount(normalized.root) > 1) withFields++;
        const withDefaults = applyDefaults(normalized.root, value);
        const errors = validateValue(normalized.root, value);
        if (errors.length) withErrors++;
        checkErrors(errors);
        checkErrors(validateValue(normalized.root, withDefaults));
        checkErrors(validateValue(normalized.root, value, { badInput: new Set(['', 'a', 'a.b']) }));
        // the defaults of a schema hold only JSON data
        expect(() => JSON.stringify(withDefaults)).to.not.throw();
      }),
      { numRuns: 1500 },
    );
    // the generator reaches the interesting cases: forms with fields, values with problems
    expect(withFields, 'schemas with fields').to.be.greaterThan(150);
    expect(withErrors, 'values with problems').to.be.greaterThan(50);
  });

  it('getIn, setIn and mergeModels never throw and never write through __proto__', () => {
    const path = fc.array(fc.oneof(key, fc.nat(5)), { maxLength: 4 });
    fc.assert(
      fc.property(anyValue, path, anyValue, fc.array(anyValue, { maxLength: 4 }), (value, p, next, pages) => {
        getIn(value, p);
        const written = setIn(value, p, next);
        if (!p.includes('__proto__') && typeof next !== 'undefined' && p.length) {
          expect(getIn(written, p) === next || Number.isNaN(next)).to.equal(true);
        }
        const merged = mergeModels([...pages, JSON.parse('{"__proto__": {"polluted": 1}, "a": {"__proto__": {"polluted": 2}}}')]);
        expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
        expect((merged).polluted).to.equal(undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('a schema with a huge minItems (from an untrusted service) neither hangs nor exhausts memory', async () => {
    // run where a hang cannot take the test page down: a worker, stopped after a deadline
    const source = `
      import { normalizeSchema } from '${location.origin}/src/components/schema-form/normalize-schema.js';
      import { applyDefaults } from '${location.origin}/src/components/schema-form/model.js';
      import { validateValue } from '${location.origin}/src/components/schema-form/validate.js';
      const out = [];
      for (const minItems of [1e6, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308]) {
        const root = normalizeSchema({ type: 'object', properties: { list: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } }, minItems } } }).root;
        const value = applyDefaults(root, undefined);
        validateValue(root, value);
        out.push(JSON.stringify(value).length);
      }
      postMessage(out);`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { type: 'module' });
    try {
      const answer = await new Promise<unknown>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), 3000);
        worker.onmessage = (e) => {
          clearTimeout(timer);
          resolve(e.data);
        };
        worker.onerror = (e) => {
          clearTimeout(timer);
          resolve(`error: ${e.message}`);
        };
      });
      expect(answer, 'normalize + defaults + validate finished within 3 s').to.be.an('array');
      for (const length of answer as number[]) expect(length, 'the default value stays small').to.be.below(1_000_000);
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  });

  it('the element renders any schema and value without throwing, and validity is a boolean', async () => {
    const form = await fixture<DevRegSchemaForm>(html`<devreg-schema-form></devreg-schema-form>`);
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(schemaArb, parsedSchema, formSchema), fc.oneof(anyValue, fc.dictionary(key, anyValue)), async (schema, value) => {
          form.schema = schema;
          form.value = value;
          await form.updateComplete;
          expect(form.checkValidity()).to.be.a('boolean');
          checkErrors(form.errors);
          expect(form.reportValidity()).to.be.a('boolean');
          await form.updateComplete;
          expect(() => JSON.stringify(form.value)).to.not.throw();
          // what is shown is text and form controls only
          expect(form.shadowRoot!.querySelector('script, iframe, img, object, embed')).to.equal(null);
        }),
        { numRuns: 300 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});
