/**
 * The one request layer every Cumulocity call goes through: URL building, headers (auth,
 * media types, XSRF), response parsing, error normalisation and the retry policy.
 *
 * Retry policy: only idempotent reads (GET) are repeated, on network failures, 5xx and 429, with
 * exponential backoff and full jitter (429/503 honour `Retry-After`), a bounded number of times,
 * and abortably. Writes are never repeated: their outcome is unknown after a failure.
 */
import { RegistrationError } from '../registration-error.js';
import type { AuthStrategy } from './auth.js';
import { MEDIA_TYPES, isJsonContentType } from './media-types.js';
import type { BulkProgress } from '../registration-adapter.js';

export function abortError(cause?: unknown): RegistrationError {
  return new RegistrationError({ status: 0, code: 'aborted', message: 'The operation was aborted.', cause });
}

export function networkError(cause?: unknown): RegistrationError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new RegistrationError({
    status: 0,
    code: 'network',
    message: `The server could not be reached${detail}.`,
    retryable: true,
    cause,
  });
}

/** The error for a failed answer. Its mapping (`errors.ts`) is loaded with the first failed answer: most pages never need it. */
async function answerError(status: number, body: unknown, retryAfter: string | null): Promise<RegistrationError> {
  try {
    const { errorFromResponse } = await import('./errors.js');
    return errorFromResponse(status, body, retryAfter);
  } catch {
    return new RegistrationError({ status, code: 'unknown', message: `The server answered with HTTP ${status}.` });
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method?: HttpMethod;
  /** The path below the base URL, starting with `/`, with every variable segment already encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body (serialised here). */
  json?: unknown;
  /** Content-Type of the JSON body (default `application/json`). */
  contentType?: string;
  /** The media type wanted back (default `application/json`). */
  accept?: string;
  signal?: AbortSignal;
}

export interface UploadRequest {
  path: string;
  file: Blob;
  /** The multipart field name (default `file`). */
  field?: string;
  accept?: string;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

export interface HttpResponse<T = unknown> {
  status: number;
  body: T | undefined;
}

export interface RetryPolicy {
  /** How many times a failed GET is repeated (default 3; 0 disables retries). */
  retries: number;
  /** The first backoff in ms (default 300); doubles each time, with jitter. */
  baseDelay: number;
  /** The longest backoff in ms (default 10 000). A `Retry-After` over 60 s is not waited for: the error is thrown. */
  maxDelay: number;
}

/** The default time a request may take before it fails with code `timeout` (ms). */
const DEFAULT_TIMEOUT = 30_000;

export interface HttpClientOptions {
  baseUrl: string;
  auth: AuthStrategy;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /**
   * Milliseconds a request (not an upload) may take until its answer has arrived, else it fails
   * with code `timeout` (default 30 000; 0 = never). A timed-out read is retried like a network error.
   */
  timeout?: number;
  /** Injectable for tests: a number in [0, 1). */
  random?: () => number;
}

const MAX_RETRY_AFTER_MS = 60_000;

/** Joins a base URL ('' for same origin, '/prefix', or 'https://host/prefix') and a path. */
export function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const base = baseUrl.replace(/\/+$/, '');
  const rel = path.startsWith('/') ? path : `/${path}`;
  const params = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${base}${rel}${params ? `?${params}` : ''}`;
}

/** Waits `ms`, rejecting with an `aborted` RegistrationError when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Parses a response body: JSON when it says so (or looks like it), else its text; undefined when empty. */
function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  const looksJson = /^\s*[[{]/.test(text);
  if (isJsonContentType(contentType) || looksJson) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      if (isJsonContentType(contentType)) {
        throw new RegistrationError({ status: 0, code: 'unknown', message: 'The server sent malformed JSON.', cause: error });
      }
    }
  }
  return text;
}

export class HttpClient {
  readonly baseUrl: string;
  readonly #auth: AuthStrategy;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;
  readonly #random: () => number;
  readonly #timeout: number;

  constructor(options: HttpClientOptions) {
    this.baseUrl = options.baseUrl;
    this.#auth = options.auth;
    // bind: a bare `window.fetch` reference throws "Illegal invocation" when called as a method
    const f = options.fetch ?? globalThis.fetch;
    this.#fetch = (input, init) => f(input, init);
    this.#retry = { retries: 3, baseDelay: 300, maxDelay: 10_000, ...options.retry };
    this.#random = options.random ?? Math.random;
    this.#timeout = Math.max(0, options.timeout ?? DEFAULT_TIMEOUT);
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    return joinUrl(this.baseUrl, path, query);
  }

  /** Sends one request (GETs retried per the policy); rejects with a RegistrationError on any failure. */
  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const method = req.method ?? 'GET';
    const retries = method === 'GET' ? Math.max(0, this.#retry.retries) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#send<T>(method, req);
      } catch (error) {
        const failure = RegistrationError.from(error);
        if (attempt >= retries || !isRetryable(failure) || req.signal?.aborted) throw failure;
        const delay = this.#delay(attempt, failure);
        // a server asking for a long pause gets it from the caller, not from a hidden wait
        if (delay > MAX_RETRY_AFTER_MS) throw failure;
        await sleep(delay, req.signal);
      }
    }
  }

  /** A multipart upload of `file` with upload progress (XMLHttpRequest); never retried. */
  async upload<T = unknown>(req: UploadRequest): Promise<HttpResponse<T>> {
    if (req.signal?.aborted) throw abortError(req.signal.reason);
    const headers = await this.#headers('POST', req.accept ?? MEDIA_TYPES.json);
    // loaded on the first upload: a page that only lists requests never needs it
    const { uploadWithProgress } = await import('./upload.js');
    if (req.signal?.aborted) throw abortError(req.signal.reason);
    const answer = await uploadWithProgress({
      url: this.url(req.path),
      headers,
      withCredentials: this.#auth.withCredentials,
      file: req.file,
      field: req.field ?? 'file',
      signal: req.signal,
      onProgress: req.onProgress,
    });
    const body = parseBody(answer.text, answer.contentType);
    if (answer.status < 200 || answer.status >= 300) throw await answerError(answer.status, body, answer.retryAfter);
    return { status: answer.status, body: body as T | undefined };
  }

  async #headers(method: string, accept: string, contentType?: string): Promise<Record<string, string>> {
    return {
      Accept: accept,
      ...(contentType ? { 'Content-Type': contentType } : {}),
      // Cumulocity answers 401 with `WWW-Authenticate: XBasic`, so browsers show no login prompt
      UseXBasic: 'true',
      ...(await this.#auth.headers(method)),
    };
  }

  async #send<T>(method: HttpMethod, req: HttpRequest): Promise<HttpResponse<T>> {
    if (req.signal?.aborted) throw abortError(req.signal.reason);
    const hasBody = req.json !== undefined;
    const headers = await this.#headers(method, req.accept ?? MEDIA_TYPES.json, hasBody ? (req.contentType ?? MEDIA_TYPES.json) : undefined);
    // the caller's signal, plus a timer of our own (setTimeout, so fake clocks in tests drive it)
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      this.#timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, this.#timeout)
        : undefined;
    const fail = (error: unknown): RegistrationError => {
      if (req.signal?.aborted) return abortError(error);
      if (timedOut) return timeoutError(this.#timeout, error);
      return networkError(error);
    };
    let response: Response;
    let text: string;
    try {
      try {
        response = await this.#fetch(this.url(req.path, req.query), {
          method,
          headers,
          body: hasBody ? JSON.stringify(req.json) : undefined,
          credentials: this.#auth.credentials,
          signal: controller.signal,
          cache: 'no-store',
        });
      } catch (error) {
        throw fail(error);
      }
      try {
        text = await response.text();
      } catch (error) {
        throw fail(error);
      }
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
    const body = parseBody(text, response.headers.get('Content-Type'));
    if (!response.ok) throw await answerError(response.status, body, response.headers.get('Retry-After'));
    return { status: response.status, body: body as T | undefined };
  }

  #delay(attempt: number, error: RegistrationError): number {
    if (error.retryAfter !== undefined) return error.retryAfter * 1000;
    const ceiling = Math.min(this.#retry.maxDelay, this.#retry.baseDelay * 2 ** attempt);
    // "equal jitter": half fixed, half random, so retries of many clients spread out
    return ceiling / 2 + this.#random() * (ceiling / 2);
  }
}

function timeoutError(ms: number, cause?: unknown): RegistrationError {
  return new RegistrationError({
    status: 0,
    code: 'timeout',
    message: `The server did not answer within ${Math.round(ms / 1000)} s.`,
    retryable: true,
    cause,
  });
}

function isRetryable(error: RegistrationError): boolean {
  return error.code === 'network' || error.code === 'server' || error.code === 'rate-limited' || error.code === 'timeout';
}
