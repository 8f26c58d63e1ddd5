/**
 * The one request layer every Cumulocity call goes through: URL building, headers (auth,
 * media types, XSRF), response parsing and error normalisation. What only a failure needs (the
 * mapping of error answers, the retries) is loaded with the first failure; the upload with the first upload.
 */
import { RegistrationError } from '../registration-error.js';
import { authHeaders, type AuthHeaders, type CumulocityAuth } from './auth.js';
import { JSON_TYPE, isJsonContentType } from './media-types.js';
import { statusCode } from './status-code.js';
import type { RetryPolicy } from './retry.js';

export type { RetryPolicy } from './retry.js';

export function abortError(cause?: unknown): RegistrationError {
  return new RegistrationError({ status: 0, code: 'aborted', message: 'The operation was aborted.', cause });
}

export function networkError(cause?: unknown): RegistrationError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new RegistrationError({ status: 0, code: 'network', message: `The server could not be reached${detail}.`, cause });
}

/** The mapping of error answers (`errors.ts`), loaded with the first failed answer: most pages never need it. An object, so a test can make the load fail. */
export const errorMappingLoader = {
  load: () => import('./errors.js'),
};

/** The error for a failed answer; by its status alone when the mapping cannot be loaded. */
export async function answerError(status: number, body: unknown, retryAfter: string | null): Promise<RegistrationError> {
  try {
    const { errorFromResponse } = await errorMappingLoader.load();
    return errorFromResponse(status, body, retryAfter);
  } catch {
    return new RegistrationError({ status, code: statusCode(status), message: `The server answered with HTTP ${status}.` });
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

export interface HttpResponse<T = unknown> {
  status: number;
  body: T | undefined;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Default `{type: 'cookie'}`. */
  auth?: CumulocityAuth;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /**
   * Milliseconds a request (not an upload) may take until its answer has arrived, else it fails
   * with code `timeout` (default 30 000; 0 = never). A timed-out read is retried like a network error.
   */
  timeout?: number;
}

/** Joins a base URL ('' for same origin, '/prefix', or 'https://host/prefix') and a path. */
export function joinUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const params = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}${params ? `?${params}` : ''}`;
}

/** Parses a response body: JSON when it says so (or looks like it), else its text; undefined when empty. */
export function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  const json = isJsonContentType(contentType);
  if (json || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      if (json) throw new RegistrationError({ status: 0, code: 'unknown', message: 'The server sent malformed JSON.', cause: error });
    }
  }
  return text;
}

export class HttpClient {
  readonly baseUrl: string;
  /** `fetch`'s `credentials` for the auth mode: cookies travel only in cookie mode. */
  readonly credentials: RequestCredentials;
  /** The auth mode's headers (`auth.ts`; imported statically: every request needs it at once). */
  readonly #auth: AuthHeaders;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;
  readonly #timeout: number;

  constructor(options: HttpClientOptions) {
    this.baseUrl = options.baseUrl;
    const { auth = { type: 'cookie' } } = options;
    this.credentials = auth.type === 'cookie' ? 'include' : 'omit';
    // only the strategy keeps what it needs of the secrets (the header, not the password)
    this.#auth = authHeaders(auth);
    // bind: a bare `window.fetch` reference throws "Illegal invocation" when called as a method
    const f = options.fetch ?? globalThis.fetch;
    this.#fetch = (input, init) => f(input, init);
    this.#retry = { retries: 3, baseDelay: 300, maxDelay: 10_000, ...options.retry };
    this.#timeout = Math.max(0, options.timeout ?? 30_000);
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    return joinUrl(this.baseUrl, path, query);
  }

  /** The headers of a request: media types, auth, and `UseXBasic`. */
  async headers(method: string, accept = JSON_TYPE, contentType?: string): Promise<Record<string, string>> {
    return {
      Accept: accept,
      ...(contentType ? { 'Content-Type': contentType } : {}),
      // Cumulocity answers 401 with `WWW-Authenticate: XBasic`, so browsers show no login prompt
      UseXBasic: 'true',
      ...(await this.#auth(method)),
    };
  }

  /**
   * Sends one request; rejects with a RegistrationError on any failure. A read (GET) that failed
   * in a way that may pass is repeated per the retry policy (`retry.ts`, loaded then).
   */
  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    try {
      return await this.#send<T>(req);
    } catch (error) {
      const failure = RegistrationError.from(error);
      // writes are never repeated: their outcome is unknown after a failure
      if ((req.method ?? 'GET') !== 'GET' || !failure.retryable || !(this.#retry.retries > 0) || req.signal?.aborted) throw failure;
      const { retryRead } = await import('./retry.js').catch(() => Promise.reject(failure));
      return retryRead(failure, this.#retry, () => this.#send<T>(req), req.signal);
    }
  }

  async #send<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const { signal } = req;
    if (signal?.aborted) throw abortError(signal.reason);
    const method = req.method ?? 'GET';
    const hasBody = req.json !== undefined;
    const headers = await this.headers(method, req.accept, hasBody ? (req.contentType ?? JSON_TYPE) : undefined);
    if (signal?.aborted) throw abortError(signal.reason);
    // the caller's signal, plus a timer of our own (setTimeout, so fake clocks in tests drive it):
    // when the controller aborted but the caller's signal did not, the timer did
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = this.#timeout > 0 ? setTimeout(() => controller.abort(), this.#timeout) : undefined;
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(this.url(req.path, req.query), {
        method,
        headers,
        body: hasBody ? JSON.stringify(req.json) : undefined,
        credentials: this.credentials,
        signal: controller.signal,
        cache: 'no-store',
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw abortError(error);
      if (!controller.signal.aborted) throw networkError(error);
      throw new RegistrationError({
        status: 0,
        code: 'timeout',
        message: `The server did not answer within ${Math.round(this.#timeout / 1000)} s.`,
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const body = parseBody(text, response.headers.get('Content-Type'));
    if (!response.ok) throw await answerError(response.status, body, response.headers.get('Retry-After'));
    return { status: response.status, body: body as T | undefined };
  }
}
