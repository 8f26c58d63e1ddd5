// @ts-check
/**
 * Fault injection for tests and demos: rules match a method and a path regex and then delay,
 * fail with a status (optionally with Retry-After and a body), drop the connection before the
 * request is handled (`drop`), or handle it and then drop the connection instead of answering
 * (`dropAfter`: the change is made, the client never learns it — a lost answer), or handle it and
 * answer late (`answerAfterMs`: a slow service that has made its change before the client gives up).
 */
import { HttpError, errorNameForStatus, unprocessable } from './errors.mjs';

/**
 * @typedef {object} FaultRule
 * @property {string} [method]
 * @property {RegExp} path
 * @property {number} [status]
 * @property {number} [delayMs]
 * @property {boolean} [drop]       destroy the socket before the request is handled
 * @property {boolean} [dropAfter]  handle the request, then destroy the socket instead of answering
 * @property {number} [answerAfterMs]  handle the request, then hold the answer that long
 * @property {number} [retryAfter]
 * @property {number} [times]   remaining matches; undefined = forever
 * @property {unknown} [body]
 */

const MAX_DELAY_MS = 120_000;

/**
 * Validates rules from the control API.
 * @param {unknown} input
 * @returns {FaultRule[]}
 */
export function parseRules(input) {
  const rules = input && typeof input === 'object' && 'rules' in input ? /** @type {{rules: unknown}} */ (input).rules : undefined;
  if (!Array.isArray(rules)) throw unprocessable('rules: must be an array');
  return rules.map((raw, i) => {
    if (!raw || typeof raw !== 'object') throw unprocessable(`rules[${i}]: must be an object`);
    const r = /** @type {Record<string, unknown>} */ (raw);
    if (typeof r.path !== 'string') throw unprocessable(`rules[${i}].path: must be a regular expression string`);
    /** @type {RegExp} */
    let path;
    try {
      path = new RegExp(r.path);
    } catch (error) {
      throw unprocessable(`rules[${i}].path: ${/** @type {Error} */ (error).message}`);
    }
    /** @type {FaultRule} */
    const rule = { path };
    if (r.method !== undefined) {
      if (typeof r.method !== 'string') throw unprocessable(`rules[${i}].method: must be a string`);
      rule.method = r.method.toUpperCase();
    }
    if (r.status !== undefined) {
      if (!Number.isInteger(r.status) || Number(r.status) < 100 || Number(r.status) > 599) {
        throw unprocessable(`rules[${i}].status: must be an HTTP status code`);
      }
      rule.status = Number(r.status);
    }
    for (const key of /** @type {const} */ (['delayMs', 'answerAfterMs', 'retryAfter', 'times'])) {
      if (r[key] === undefined) continue;
      if (!Number.isInteger(r[key]) || Number(r[key]) < 0) throw unprocessable(`rules[${i}].${key}: must be a non-negative integer`);
      rule[key] = key === 'delayMs' || key === 'answerAfterMs' ? Math.min(Number(r[key]), MAX_DELAY_MS) : Number(r[key]);
    }
    if (r.drop !== undefined) rule.drop = r.drop === true;
    if (r.dropAfter !== undefined) rule.dropAfter = r.dropAfter === true;
    if (r.body !== undefined) rule.body = r.body;
    return rule;
  });
}

export class Faults {
  constructor() {
    /** @type {FaultRule[]} */
    this.rules = [];
  }

  /** @param {FaultRule[]} rules */
  add(rules) {
    this.rules.push(...rules);
  }

  clear() {
    this.rules = [];
  }

  /**
   * The first live rule matching this request (its `times` is used up by one).
   * @param {string} method
   * @param {string} path
   * @returns {FaultRule | undefined}
   */
  take(method, path) {
    const index = this.rules.findIndex(
      (r) => (r.method === undefined || r.method === method.toUpperCase()) && r.path.test(path) && r.times !== 0,
    );
    if (index < 0) return undefined;
    const rule = this.rules[index];
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) this.rules.splice(index, 1);
    }
    return rule;
  }

  describe() {
    return this.rules.map((r) => ({ ...r, path: r.path.source }));
  }
}

/**
 * The error answer of a status rule (the rule's own body, or a Cumulocity error body).
 * @param {FaultRule & {status: number}} rule
 */
export function faultError(rule) {
  /** @type {Record<string, string>} */
  const headers = rule.retryAfter !== undefined ? { 'Retry-After': String(rule.retryAfter) } : {};
  return new HttpError(rule.status, errorNameForStatus(rule.status), `Injected fault: HTTP ${rule.status}`, headers);
}
