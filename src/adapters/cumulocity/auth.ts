/**
 * How the Cumulocity adapter authenticates (SPEC 2.3): HTTP Basic, a bearer token, or the
 * browser's session cookie with the `X-XSRF-TOKEN` header.
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

/** What the request layer needs from an auth mode. */
export interface AuthStrategy {
  readonly type: CumulocityAuth['type'];
  /** `fetch`'s `credentials`: cookies only travel in cookie mode. */
  readonly credentials: RequestCredentials;
  /** `XMLHttpRequest.withCredentials` for the upload. */
  readonly withCredentials: boolean;
  /** The headers to add to a request with this method. */
  headers(method: string): Promise<Record<string, string>>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** UTF-8-safe base64 (user names and passwords may hold any character). */
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Reads one cookie's value from `document.cookie` (undefined outside a browser). */
function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || typeof document.cookie !== 'string') return undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

export function createAuthStrategy(auth: CumulocityAuth = { type: 'cookie' }): AuthStrategy {
  switch (auth.type) {
    case 'basic': {
      const userName = auth.tenant ? `${auth.tenant}/${auth.user}` : auth.user;
      const header = `Basic ${base64Utf8(`${userName}:${auth.password}`)}`;
      return {
        type: 'basic',
        credentials: 'omit',
        withCredentials: false,
        headers: () => Promise.resolve({ Authorization: header }),
      };
    }
    case 'bearer': {
      const token = auth.token;
      return {
        type: 'bearer',
        credentials: 'omit',
        withCredentials: false,
        async headers(): Promise<Record<string, string>> {
          const value = typeof token === 'function' ? await token() : token;
          return value ? { Authorization: `Bearer ${value}` } : {};
        },
      };
    }
    case 'cookie': {
      const xsrfToken = auth.xsrfToken ?? (() => readCookie('XSRF-TOKEN'));
      return {
        type: 'cookie',
        credentials: 'include',
        withCredentials: true,
        async headers(method: string): Promise<Record<string, string>> {
          if (SAFE_METHODS.has(method.toUpperCase())) return {};
          const xsrf = await xsrfToken();
          return xsrf ? { 'X-XSRF-TOKEN': xsrf } : {};
        },
      };
    }
    default: {
      const unknown: never = auth;
      throw new TypeError(`Unknown auth type: ${String((unknown as { type?: unknown }).type)}`);
    }
  }
}
