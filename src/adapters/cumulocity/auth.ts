/**
 * How the Cumulocity adapter authenticates (SPEC 2.3): HTTP Basic, a bearer token, or the
 * browser's session cookie with the `X-XSRF-TOKEN` header. The request layer loads this module
 * when the adapter is created, and every request waits for it.
 *
 * Secrets stay inside a closure: the auth object built here keeps no enumerable copy of the
 * password or token, nothing is logged, and nothing is put into URLs or browser storage.
 */

export interface BasicAuth {
  type: 'basic';
  /** The tenant ID; the user name becomes `<tenant>/<user>`. */
  tenant?: string;
  user: string;
  password: string;
}

export interface BearerAuth {
  type: 'bearer';
  /** The token, or a function asked for it before every request (so it can be refreshed). */
  token: string | (() => string | Promise<string>);
}

export interface CookieAuth {
  type: 'cookie';
  /**
   * Supplies the XSRF token when the page cannot read the `XSRF-TOKEN` cookie itself (e.g. the
   * cookie's Path is the API's mount point, not the page's). Default: read it from `document.cookie`.
   */
  xsrfToken?: () => string | undefined | Promise<string | undefined>;
}

export type CumulocityAuth = BasicAuth | BearerAuth | CookieAuth;

/**
 * What the request layer needs from an auth mode: the headers to add to a request with this
 * method (cookies travel only in cookie mode: `http.ts`).
 */
export type AuthHeaders = (method: string) => Promise<Record<string, string>>;

/** UTF-8-safe base64 (user names and passwords may hold any character). */
function base64Utf8(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}

/** Reads the `XSRF-TOKEN` cookie from `document.cookie` (undefined outside a browser). */
function readXsrfCookie(): string | undefined {
  const raw = /(?:^|;)\s*XSRF-TOKEN\s*=([^;]*)/.exec(globalThis.document?.cookie ?? '')?.[1].trim();
  try {
    return raw && decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function authHeaders(auth: CumulocityAuth): AuthHeaders {
  if (auth.type === 'cookie') {
    const xsrfToken = auth.xsrfToken ?? readXsrfCookie;
    // reads need no XSRF header; writes do
    return async (method): Promise<Record<string, string>> => {
      const xsrf = /^(GET|HEAD|OPTIONS)$/i.test(method) ? undefined : await xsrfToken();
      return xsrf ? { 'X-XSRF-TOKEN': xsrf } : {};
    };
  }
  if (auth.type === 'basic') {
    const header = { Authorization: `Basic ${base64Utf8(`${auth.tenant ? `${auth.tenant}/` : ''}${auth.user}:${auth.password}`)}` };
    return () => Promise.resolve(header);
  }
  if (auth.type === 'bearer') {
    const { token } = auth;
    return async (): Promise<Record<string, string>> => {
      const value = typeof token === 'function' ? await token() : token;
      return value ? { Authorization: `Bearer ${value}` } : {};
    };
  }
  throw new TypeError(`Unknown auth type: ${String((auth as { type?: unknown }).type)}`);
}
