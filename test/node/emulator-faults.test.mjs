// The emulator's `dropAfter` fault: the request is handled (its change is made), then the
// connection is destroyed instead of answering — the client sees a lost answer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emulator } from '../../emulator/testing.mjs';
import { parseRules } from '../../emulator/faults.mjs';

describe('emulator faults: dropAfter', () => {
  it('parses dropAfter and reports it back', () => {
    const [rule] = parseRules({ rules: [{ method: 'post', path: 'x$', dropAfter: true, times: 1 }] });
    assert.equal(rule.dropAfter, true);
    assert.equal(rule.method, 'POST');
    assert.equal(parseRules({ rules: [{ path: 'x', dropAfter: 'yes' }] })[0].dropAfter, false);
  });

  it('creates the request, then loses the answer; the next attempt is a duplicate', async (t) => {
    const api = await emulator(t, { control: true });
    const added = await api.call('/__emulator/faults', {
      method: 'POST',
      auth: null,
      json: { rules: [{ method: 'POST', path: '^/devicecontrol/newDeviceRequests$', dropAfter: true, times: 1 }] },
    });
    assert.equal(added.status, 200);
    assert.equal(added.body.rules[0].dropAfter, true);

    await assert.rejects(api.create('lost-answer'), TypeError); // fetch: the socket was closed
    const stored = await api.get('lost-answer');
    assert.equal(stored.status, 200);
    assert.equal(stored.body.status, 'WAITING_FOR_CONNECTION');
    assert.equal((await api.create('lost-answer')).status, 409); // the rule expired: a normal answer
    assert.equal((await api.call('/__emulator/faults', { auth: null })).body.rules.length, 0);
  });

  it('loses error answers too, and leaves other routes answering', async (t) => {
    const api = await emulator(t, { control: true });
    await api.create('exists');
    await api.call('/__emulator/faults', {
      method: 'POST',
      auth: null,
      json: { rules: [{ method: 'POST', path: '^/devicecontrol/newDeviceRequests$', dropAfter: true }] },
    });
    await assert.rejects(api.create('exists')); // a 409 that never arrives
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);
  });

  it('processes a bulk upload whose answer is lost', async (t) => {
    const api = await emulator(t, { control: true });
    await api.call('/__emulator/faults', {
      method: 'POST',
      auth: null,
      json: { rules: [{ path: 'bulkNewDeviceRequests', dropAfter: true, times: 1 }] },
    });
    await assert.rejects(api.upload('ID;PATH\nbulk-a;\nbulk-b;\n'));
    assert.equal((await api.get('bulk-a')).status, 200);
    assert.equal((await api.get('bulk-b')).status, 200);
  });
});

describe('emulator faults: answerAfterMs', () => {
  it('makes the change at once and answers late: a client that waits less gave up on a change that was made', async (t) => {
    const api = await emulator(t, { control: true });
    await api.call('/__emulator/faults', {
      method: 'POST',
      auth: null,
      json: { rules: [{ method: 'POST', path: '^/devicecontrol/newDeviceRequests$', answerAfterMs: 600, times: 1 }] },
    });
    const started = Date.now();
    const answer = api.create('slow-answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await api.get('slow-answer')).status, 200, 'stored before the answer');
    assert.equal((await answer).status, 201);
    assert.ok(Date.now() - started >= 550, 'answered late');
  });
});
