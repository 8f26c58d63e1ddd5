// @ts-check
/** Serves a directory (the demo page) for every path that is not an API path. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const API_PREFIXES = [
  '/devicecontrol', '/tenant', '/user', '/inventory', '/identity', '/application', '/service',
  '/__emulator', '/measurement', '/alarm', '/event', '/notification2', '/cep', '/apps/public',
];

/**
 * The Content-Security-Policy sent with everything under `/strict/` (the demo page again, for a
 * strict policy with Trusted Types: `demo/strict/index.html`, test/e2e/strict-page.test.mjs).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/** Whether a path is served with `STRICT_CSP`. @param {string} path */
export function isStrictPath(path) {
  return path === '/strict' || path.startsWith('/strict/');
}

/** @param {string} path */
export function isApiPath(path) {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

export const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
});

/**
 * @param {string} root
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function serveStatic(root, req, res) {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0];
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
    return;
  }
  const base = resolve(root);
  let file = resolve(join(base, path));
  if (path.includes('\0') || (file !== base && !file.startsWith(base + sep))) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Forbidden');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    // paths without an extension fall back to the page (client-side routes)
    if (!extname(path)) {
      file = join(base, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      // browsers ask for /favicon.ico on their own: "no icon" rather than an error in the console
      if (path === '/favicon.ico') {
        res.writeHead(204, { 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    ...(isStrictPath(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
