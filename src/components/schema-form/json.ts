/**
 * Reading untrusted JSON (schemas, metadata, values from microservices): own properties
 * only, never `__proto__`, depth-capped copies.
 */

type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `value` when it is a string with something other than whitespace. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads an own property only (never `constructor`, `__proto__` & co. from the prototype). */
export function own(object: unknown, key: string): unknown {
  return isPlainObject(object) && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** A deep copy of JSON-like data; anything else becomes undefined. Depth-capped. */
export function cloneJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth > 32) return undefined;
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, depth + 1));
  if (isPlainObject(value) || (typeof value === 'object' && value !== null)) {
    const out: Json = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') continue;
      const v = cloneJson((value as Json)[key], depth + 1);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}
