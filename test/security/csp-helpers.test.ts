// Issue 8.4, unit level: the two helpers that let the components run under a strict
// Content-Security-Policy with Trusted Types (the whole flow is proven by test/e2e/strict-page.test.mjs).
// - trustedWorkerUrl: the CSV worker's URL goes through the 'devreg-elements' Trusted Types policy,
//   which only lets same-origin URLs of the components' own workers through.
// - cssProps: CSS properties are set through the CSSOM, never as a `style` attribute (which
//   `style-src 'self'` refuses), and removed again when a binding drops them.
import '../helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { TRUSTED_TYPES_POLICY, trustedWorkerUrl } from '../../src/internal/trusted-types.js';
import { cssProps, type CssProps } from '../../src/internal/css-props.js';
import { parseCsvFile } from '../../src/csv/parse-client.js';

interface TrustedTypesApi {
  isScriptURL(value: unknown): boolean;
}
const trustedTypes = (window as unknown as { trustedTypes: TrustedTypesApi }).trustedTypes;

describe('trustedWorkerUrl (Trusted Types policy for the CSV worker)', () => {
  it('is named devreg-elements', () => {
    expect(TRUSTED_TYPES_POLICY).to.equal('devreg-elements');
  });

  it('turns a same-origin worker URL into a TrustedScriptURL of that exact URL', () => {
    const url = new URL('./some-worker.js', location.href);
    const trusted = trustedWorkerUrl(url);
    expect(trustedTypes.isScriptURL(trusted)).to.equal(true);
    expect(String(trusted)).to.equal(url.href);
  });

  it('refuses URLs of another origin', () => {
    expect(() => trustedWorkerUrl(new URL('https://evil.example/csv-worker.js'))).to.throw(TypeError, /origin/);
    expect(() => trustedWorkerUrl(new URL('data:text/javascript,postMessage(1)'))).to.throw(TypeError);
  });

  it('the CSV reader starts its worker through the policy', async () => {
    const result = await parseCsvFile(new Blob(['ID;PATH\r\ndev-1;A/B\r\n'], { type: 'text/csv' }));
    expect(result.problem).to.equal(undefined);
    expect(result.rows.map((r) => r.values)).to.deep.equal([['dev-1', 'A/B']]);
  });
});

describe('cssProps (CSS properties without a style attribute binding)', () => {
  const view = (props: CssProps) => html`<div ${cssProps(props)}></div>`;

  it('sets custom properties and plain properties through the CSSOM, updates and removes them', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(view({ '--_columns': '1fr 2fr', width: '40%' }), host);
    const div = host.querySelector('div')!;
    expect(div.style.getPropertyValue('--_columns').trim()).to.equal('1fr 2fr');
    expect(div.style.width).to.equal('40%');

    render(view({ '--_columns': '3fr', width: undefined }), host);
    expect(div.style.getPropertyValue('--_columns').trim()).to.equal('3fr');
    expect(div.style.width).to.equal('');

    render(view({}), host);
    expect(div.style.getPropertyValue('--_columns')).to.equal('');
  });

  it('refuses to be bound as an attribute value (that would be a style attribute again)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<div style=${cssProps({ width: '1px' })}></div>`, host)).to.throw(/element binding/);
  });
});
