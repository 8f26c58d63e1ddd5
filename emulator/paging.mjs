// @ts-check
/** Cumulocity paging: `currentPage`, `pageSize` (default 5, max 2000), `withTotalPages`. */
import { unprocessable } from './errors.mjs';

export const DEFAULT_PAGE_SIZE = 5;
export const MAX_PAGE_SIZE = 2000;

/**
 * @typedef {object} Paging
 * @property {number} currentPage
 * @property {number} pageSize
 * @property {boolean} withTotalPages
 * @property {boolean} withTotalElements
 */

/**
 * @param {URLSearchParams} query
 * @param {string} name
 * @param {number} fallback
 */
function positiveInt(query, name, fallback) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < 1) {
    throw unprocessable(`${name}: must be a positive integer, got '${raw.slice(0, 50)}'`);
  }
  return Number(raw);
}

/** @param {URLSearchParams} query @returns {Paging} */
export function parsePaging(query) {
  return {
    currentPage: positiveInt(query, 'currentPage', 1),
    pageSize: Math.min(positiveInt(query, 'pageSize', DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE),
    withTotalPages: query.get('withTotalPages') === 'true',
    withTotalElements: query.get('withTotalElements') === 'true',
  };
}

/**
 * Builds a collection answer: the page of items, statistics, self/next/prev links.
 * @template T
 * @param {{base: string, path: string, query: URLSearchParams}} where  `path` without query
 * @param {string} property e.g. `newDeviceRequests`
 * @param {T[]} all
 * @param {Paging} paging
 * @param {(item: T) => unknown} present
 */
export function collection(where, property, all, paging, present) {
  const { currentPage, pageSize } = paging;
  const start = (currentPage - 1) * pageSize;
  const items = all.slice(start, start + pageSize).map(present);
  const totalPages = Math.max(1, Math.ceil(all.length / pageSize));
  /** @param {number} page */
  const link = (page) => {
    const q = new URLSearchParams(where.query);
    q.set('pageSize', String(pageSize));
    q.set('currentPage', String(page));
    return `${where.base}${where.path}?${q.toString()}`;
  };
  /** @type {Record<string, unknown>} */
  const statistics = { currentPage, pageSize };
  if (paging.withTotalPages) statistics.totalPages = totalPages;
  if (paging.withTotalElements) statistics.totalElements = all.length;
  /** @type {Record<string, unknown>} */
  const body = { self: link(currentPage), [property]: items, statistics };
  if (start + pageSize < all.length) body.next = link(currentPage + 1);
  if (currentPage > 1) body.prev = link(currentPage - 1);
  return body;
}
