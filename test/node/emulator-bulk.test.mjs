// @ts-check
/** Bulk registration (`POST /devicecontrol/bulkNewDeviceRequests`) over real HTTP: both CSV formats. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ERROR_TYPE, emulator } from '../../emulator/testing.mjs';

/** @param {string} text */
const win1252 = (text) => Uint8Array.from([...text].map((ch) => ({ ä: 0xe4, ö: 0xf6, ü: 0xfc, ß: 0xdf, '€': 0x80 })[ch] ?? ch.charCodeAt(0)));

describe('bulk registration: simple format', () => {
  it('creates requests and missing groups from PATH', async (t) => {
    const api = await emulator(t);
    const res = await api.upload('ID;PATH\nb-1;Plant/Line 1\nb-2;Plant/Line 2\nb-3;\nb-4;Building A\n');
    assert.equal(res.status, 201);
    assert.match(String(res.headers.get('content-type')), /^application\/vnd\.com\.nsn\.cumulocity\.bulkNewDeviceRequest\+json/);
    assert.deepEqual(res.body, {
      numberOfAll: 4,
      numberOfCreated: 4,
      numberOfFailed: 0,
      numberOfSuccessful: 4,
      credentialUpdatedList: [],
      failedCreationList: [],
    });
    const b1 = await api.get('b-1');
    assert.equal(b1.body.status, 'WAITING_FOR_CONNECTION');
    const group = await api.call(`/inventory/managedObjects/${b1.body.groupId}`);
    assert.equal(group.body.name, 'Line 1');
    const plant = await api.call('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&text=Plant');
    assert.equal(plant.body.managedObjects.length, 1, 'the Plant group is created once');
    assert.equal(plant.body.managedObjects[0].childAssets.references.length, 2);
    assert.equal((await api.get('b-3')).body.groupId, undefined);
    const existing = await api.call('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&text=Building A');
    assert.equal((await api.get('b-4')).body.groupId, existing.body.managedObjects[0].id);
  });

  it('reports failed lines in Cumulocity shape', async (t) => {
    const api = await emulator(t);
    await api.create('taken');
    const res = await api.upload(`ID,PATH\r\nok-1,G\r\ntaken,G\r\n,G\r\n${'x'.repeat(1001)},G\r\nok-1,G\r\nextra,G,oops\r\n`);
    assert.equal(res.status, 201);
    assert.equal(res.body.numberOfAll, 6);
    assert.equal(res.body.numberOfCreated, 1);
    assert.equal(res.body.numberOfSuccessful, 1);
    assert.equal(res.body.numberOfFailed, 5);
    const [dup, missing, long, again, extra] = res.body.failedCreationList;
    assert.deepEqual(Object.keys(dup).sort(), ['bulkNewDeviceStatus', 'deviceId', 'failureReason', 'line']);
    assert.equal(dup.bulkNewDeviceStatus, 'FAILED');
    assert.equal(dup.deviceId, 'taken');
    assert.equal(dup.line, 'taken,G');
    assert.match(dup.failureReason, /already exists/);
    assert.equal(missing.deviceId, undefined);
    assert.match(missing.failureReason, /ID is missing/);
    assert.equal(missing.line, ',G');
    assert.match(long.failureReason, /1000/);
    assert.match(again.failureReason, /already exists/);
    assert.match(extra.failureReason, /columns/);
  });

  it('detects separators, reads BOM and Windows-1252, ignores header case and quotes', async (t) => {
    const api = await emulator(t);
    const bom = await api.upload(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('"id";"path"\n"bom-ü";"Größe/Ä"\n')]));
    assert.equal(bom.body.numberOfCreated, 1);
    assert.equal((await api.get('bom-ü')).status, 200);
    const ansi = await api.upload(win1252('ID;PATH\nansi-ä€;Straße\n'));
    assert.equal(ansi.body.numberOfCreated, 1);
    assert.equal((await api.get('ansi-ä€')).status, 200);
    const groups = await api.call(`/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&text=${encodeURIComponent('Straße')}`);
    assert.equal(groups.body.managedObjects.length, 1);
    const tab = await api.upload(' Id \t Path \ntab-1\tT\n"tab;2"\tT\n');
    assert.equal(tab.body.numberOfCreated, 2);
    assert.equal((await api.get('tab;2')).status, 200);
    const comma = await api.upload('ID,PATH\n"comma,1",C\n');
    assert.equal(comma.body.numberOfCreated, 1);
    assert.equal((await api.get('comma,1')).status, 200);
  });
});

describe('bulk registration: full format', () => {
  it('creates devices with credentials, fragments, groups and extra external ids', async (t) => {
    const api = await emulator(t);
    await api.create('pending-full');
    const csv = [
      'ID;CREDENTIALS;TYPE;NAME;ICCID;IDTYPE;PATH;SHELL;AUTH_TYPE;external-c8y_IMEI;c8y_Hardware.model;note',
      'full-1;password-1;c8y_Meter;Meter 1;8949;;Plant/Line 1;1;BASIC;3567;M-100;hello',
      'full-2;;c8y_Cam;Cam;;my_Type;;0;CERTIFICATES;;;',
      'pending-full;password-3;;;;;;;;;;',
    ].join('\n');
    const res = await api.upload(csv);
    assert.equal(res.status, 201);
    assert.equal(res.body.numberOfCreated, 3, JSON.stringify(res.body.failedCreationList));
    assert.equal(res.body.numberOfFailed, 0);
    const id1 = await api.call('/identity/externalIds/c8y_Serial/full-1');
    const device = await api.call(`/inventory/managedObjects/${id1.body.managedObject.id}`);
    assert.equal(device.body.name, 'Meter 1');
    assert.equal(device.body.type, 'c8y_Meter');
    assert.deepEqual(device.body.c8y_Mobile, { iccid: '8949' });
    assert.deepEqual(device.body.c8y_Hardware, { model: 'M-100' });
    assert.equal(device.body.note, 'hello');
    assert.deepEqual(device.body.com_cumulocity_model_Agent, {});
    assert.equal((await api.call('/identity/externalIds/c8y_IMEI/3567')).body.managedObject.id, id1.body.managedObject.id);
    assert.equal((await api.call('/identity/externalIds/my_Type/full-2')).status, 200);
    // the device logs in with the password from the file; no request is left to accept
    const login = await api.call('/user/currentUser', { auth: `Basic ${Buffer.from('t100/device_full-1:password-1').toString('base64')}` });
    assert.equal(login.status, 200);
    assert.equal((await api.get('pending-full')).status, 404);
  });

  it('updates credentials of existing devices and reports each failure', async (t) => {
    const api = await emulator(t);
    await api.upload('ID;CREDENTIALS\nexisting;password-old\n');
    const csv = [
      'ID;CREDENTIALS;AUTH_TYPE;TENANT;TYPE;NAME;ICCID;SHELL',
      'existing;password-new;;;;;;',
      ';password-x;;;;;;',
      'no-creds;;;;;;;',
      'short;abc;;;;;;',
      'bad-auth;password-x;TOKEN;;;;;',
      'bad-tenant;password-x;;t999;;;;',
      'needs-name;password-x;;;;;8949;',
      'bad-shell;password-x;;;T;N;;2',
    ].join('\r\n');
    const res = await api.upload(csv);
    assert.equal(res.body.numberOfAll, 8);
    assert.equal(res.body.numberOfCreated, 0);
    assert.equal(res.body.numberOfSuccessful, 1);
    assert.equal(res.body.numberOfFailed, 7);
    assert.deepEqual(res.body.credentialUpdatedList, [{ bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: 'existing' }]);
    const reasons = res.body.failedCreationList.map((/** @type {{failureReason: string}} */ f) => f.failureReason);
    assert.match(reasons[0], /ID is missing/);
    assert.match(reasons[1], /CREDENTIALS is missing/);
    assert.match(reasons[2], /8 to 32/);
    assert.match(reasons[3], /AUTH_TYPE/);
    assert.match(reasons[4], /management tenant/);
    assert.match(reasons[5], /TYPE and NAME/);
    assert.match(reasons[6], /SHELL/);
    assert.equal(res.body.failedCreationList[1].line, 'no-creds;;;;;;;');
    const login = await api.call('/user/currentUser', { auth: `Basic ${Buffer.from('t100/device_existing:password-new').toString('base64')}` });
    assert.equal(login.status, 200);
  });

  it('fails lines beyond the device limit', async (t) => {
    const api = await emulator(t, { deviceLimit: 2 });
    const res = await api.upload('ID;CREDENTIALS\nl-1;password-1\nl-2;password-2\nl-3;password-3\n');
    assert.equal(res.body.numberOfCreated, 2);
    assert.match(res.body.failedCreationList[0].failureReason, /limit reached/i);
  });
});

describe('bulk registration: bad uploads', () => {
  it('refuses files without ID column, empty files, non-multipart bodies and missing parts', async (t) => {
    const api = await emulator(t);
    /** @param {{status: number, headers: Headers, body: any}} res @param {number} status */
    const check = (res, status) => {
      assert.equal(res.status, status);
      assert.match(String(res.headers.get('content-type')), ERROR_TYPE);
      assert.equal(typeof res.body.message, 'string');
    };
    check(await api.upload('NAME;PATH\nx;y\n'), 422);
    check(await api.upload(''), 422);
    check(await api.upload('\n\n'), 422);
    check(await api.upload('ID;PATH\nx;y\n', { field: 'other' }), 422);
    check(await api.call('/devicecontrol/bulkNewDeviceRequests', { method: 'POST', json: { id: 'x' } }), 415);
    check(
      await api.call('/devicecontrol/bulkNewDeviceRequests', {
        method: 'POST',
        body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nID\nx',
        headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' },
      }),
      400,
    );
    const headerOnly = await api.upload('"ID";"PATH"\n');
    assert.equal(headerOnly.status, 201);
    assert.equal(headerOnly.body.numberOfAll, 0);
  });

  it('imports 100,000 rows within a few seconds', async (t) => {
    const api = await emulator(t);
    const rows = ['ID;CREDENTIALS;TYPE;NAME;PATH'];
    for (let i = 0; i < 100_000; i++) rows.push(`big-${i};password-${i};c8y_Sensor;Sensor ${i};Fleet/Batch ${i % 10}`);
    const started = Date.now();
    const res = await api.upload(rows.join('\n'));
    const elapsed = Date.now() - started;
    assert.equal(res.status, 201);
    assert.equal(res.body.numberOfAll, 100_000);
    assert.equal(res.body.numberOfCreated, 100_000);
    assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
    const simple = ['ID;PATH'];
    for (let i = 0; i < 100_000; i++) simple.push(`req-${i};Fleet/Batch ${i % 10}`);
    const s = await api.upload(simple.join('\n'));
    assert.equal(s.body.numberOfCreated, 100_000);
    const page = await api.call('/devicecontrol/newDeviceRequests?pageSize=2000&currentPage=50&withTotalPages=true');
    assert.equal(page.body.newDeviceRequests.length, 2000);
    assert.equal(page.body.statistics.totalPages, 50);
  });
});
