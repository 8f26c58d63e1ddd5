// @ts-check
// The static server's strict pages: everything under /strict/ arrives with the strict
// Content-Security-Policy (with Trusted Types) as an HTTP header, nothing else does; a missing
// /favicon.ico is "no content", so a strict page (which cannot use a data: icon) logs no error.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STRICT_CSP, isStrictPath } from '../../emulator/static.mjs';
import { emulator } from '../../emulator/testing.mjs';

/** The policy the strict page must get, pinned here (test/e2e/strict-page.test.mjs compares the header with STRICT_CSP). */
const EXPECTED = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

describe('static files: the strict page', () => {
  it('sends the strict Content-Security-Policy for /strict/ and only there', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-strict-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'strict'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(dir, 'main.js'), 'export {};');
    await writeFile(join(dir, 'strict', 'index.html'), '<!doctype html><title>strict</title>');
    const api = await emulator(t, { staticDir: dir });

    assert.equal(STRICT_CSP, EXPECTED);
    for (const path of ['/strict/', '/strict/index.html', '/strict']) {
      const res = await fetch(api.url + path);
      assert.equal(res.status, 200, path);
      assert.match(String(res.headers.get('content-type')), /^text\/html/, path);
      assert.equal(res.headers.get('content-security-policy'), EXPECTED, path);
      assert.match(await res.text(), /<title>strict<\/title>/, path);
    }
    for (const path of ['/', '/index.html', '/main.js', '/strictly', '/some/route']) {
      const res = await fetch(api.url + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), null, path);
      await res.arrayBuffer();
    }
    // the icon browsers ask for on their own: no content, not an error (a console error on the strict page)
    const icon = await fetch(`${api.url}/favicon.ico`);
    assert.equal(icon.status, 204);
    assert.equal((await fetch(`${api.url}/other.ico`)).status, 404);
    // API paths are the emulator's, never the static server's
    const list = await api.call('/devicecontrol/newDeviceRequests');
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('content-security-policy'), null);
  });

  it('tells strict paths apart', () => {
    assert.equal(isStrictPath('/strict'), true);
    assert.equal(isStrictPath('/strict/'), true);
    assert.equal(isStrictPath('/strict/x/y.js'), true);
    assert.equal(isStrictPath('/strictly'), false);
    assert.equal(isStrictPath('/'), false);
    assert.equal(isStrictPath('/a/strict/'), false);
  });
});
