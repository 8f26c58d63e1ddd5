// The committed custom-elements.json is what IDEs, Storybook and framework wrappers read: each event
// an element fires must appear once, by name, with its type and what it means.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ name?: string, type?: { text: string }, description?: string }} ManifestEvent
 * @typedef {{ tagName?: string, events?: ManifestEvent[] }} Declaration
 * @type {{ modules: { declarations?: Declaration[] }[] }}
 */
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('every event of every element has a name, a type and a description, and is listed once', () => {
  assert.ok(elements.length >= 9, `elements found: ${elements.length}`);
  const faults = [];
  for (const element of elements) {
    const names = new Set();
    for (const event of element.events ?? []) {
      if (!event.name || !event.type?.text || !event.description) faults.push(`${element.tagName}: ${JSON.stringify(event)}`);
      else if (names.has(event.name)) faults.push(`${element.tagName}: ${event.name} twice`);
      names.add(event.name);
    }
  }
  assert.deepEqual(faults, []);
});

test('the events a host listens for are listed with their classes, on the page and on each wizard', () => {
  /** @param {string} tag */
  const typesOf = (tag) => Object.fromEntries((elements.find((e) => e.tagName === tag)?.events?.map((e) => [e.name, e.type?.text]) ?? []));
  for (const tag of ['devreg-device-registration', 'devreg-single-wizard', 'devreg-extension-wizard']) {
    const types = typesOf(tag);
    assert.equal(types['devreg-registered'], 'DevRegRegisteredEvent', tag);
    assert.equal(types['devreg-error'], 'DevRegErrorEvent', tag);
  }
  assert.equal(typesOf('devreg-device-registration')['devreg-accepted'], 'DevRegAcceptedEvent');
});
