/** Turns Cumulocity's HTTP answers into {@link RegistrationError}s (SPEC 2.3, 3.5). */
import { RegistrationError, type RegistrationErrorCode } from '../registration-error.js';
import { statusCode } from './status-code.js';

/** Cumulocity's error body: `{"error": "<domain>/<kind>", "message": "...", "info": "<url>"}`. */
export interface CumulocityErrorBody {
  error?: string;
  message?: string;
  info?: string;
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into seconds; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function asErrorBody(body: unknown): CumulocityErrorBody {
  if (!body || typeof body !== 'object') return {};
  const { error, message, info } = body as Record<string, unknown>;
  return {
    error: typeof error === 'string' ? error : undefined,
    message: typeof message === 'string' ? message : undefined,
    info: typeof info === 'string' ? info : undefined,
  };
}

const DEFAULT_MESSAGES: Partial<Record<RegistrationErrorCode, string>> = {
  unauthorized: 'Authentication is missing or has expired.',
  forbidden: 'You do not have permission to do this.',
  'not-found': 'Not found.',
  duplicate: 'This ID is already registered.',
  invalid: 'The server rejected the input.',
  'token-mismatch': 'The security token does not match.',
  blocked: 'The request is blocked.',
  'limit-reached': 'The device limit is reached.',
  'rate-limited': 'Too many requests.',
  server: 'The server failed.',
};

/** The specific kinds a 4xx answer can name, in order of precedence. */
const KINDS: [RegExp, RegistrationErrorCode][] = [
  [/duplicate|already (exists|registered)/i, 'duplicate'],
  [/\bblocked\b/i, 'blocked'],
  [/token.*(mismatch|match|invalid|wrong|incorrect|required|missing)|(mismatch|invalid|wrong|incorrect|required|missing).*token/i, 'token-mismatch'],
  [/limit.*(reach|exceed)/i, 'limit-reached'],
];

function kindOf(text: string | undefined): RegistrationErrorCode | undefined {
  if (!text) return undefined;
  // quoted parts of a message are usually the ID the user typed: never read meaning into them
  const plain = text.replace(/'[^']*'|"[^"]*"/g, '');
  return KINDS.find(([pattern]) => pattern.test(plain))?.[1];
}

/**
 * Picks the normalised code for an error answer: the server's `error` (e.g.
 * `devicecontrol/securityTokenMismatch`) first, then its `message`, then the status.
 */
export function errorCode(status: number, serverError: string | undefined, message: string | undefined): RegistrationErrorCode {
  const byStatus = statusCode(status);
  if (byStatus === 'duplicate' || byStatus === 'unauthorized' || byStatus === 'rate-limited') return byStatus;
  const kind = kindOf(serverError?.replace(/^[^/]*\//, '')) ?? kindOf(message);
  if (kind === 'duplicate') return kind;
  if (byStatus === 'server') return byStatus;
  if (kind && (status === 400 || status === 403 || status === 422)) return kind;
  return byStatus;
}

/** The RegistrationError for a non-2xx answer. `body` is the parsed JSON body, or its text. */
export function errorFromResponse(status: number, body: unknown, retryAfterHeader?: string | null): RegistrationError {
  const parsed = asErrorBody(body);
  const code = errorCode(status, parsed.error, parsed.message);
  const fallback = typeof body === 'string' && body.trim() && body.length < 300 && !/<[a-z]/i.test(body) ? body.trim() : undefined;
  const message = parsed.message ?? fallback ?? DEFAULT_MESSAGES[code] ?? `The server answered ${status}.`;
  return new RegistrationError({
    status,
    code,
    message,
    serverError: parsed.error,
    retryAfter: status === 429 || status === 503 ? parseRetryAfter(retryAfterHeader) : undefined,
  });
}

// abortError and networkError live in http.ts: every request needs them, while this mapping of
// the server's error answers is loaded with the first one.
