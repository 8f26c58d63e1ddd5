import { expect, fixture } from '@open-wc/testing';
import { render, html } from 'lit';
import * as schema from '../stories/schema-form.stories.js';
import * as ext from '../stories/extension-wizard.stories.js';
import * as custom from '../stories/registration-form.stories.js';

for (const [name, mod] of Object.entries({ schema, ext, custom })) {
  for (const [story, def] of Object.entries(mod)) {
    if (story === 'default') continue;
    it(`${name}/${story}`, async () => {
      const s = def as { render: () => unknown; play?: (ctx: { canvasElement: HTMLElement }) => Promise<void> };
      const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
      render(s.render(), canvas);
      if (s.play) await s.play({ canvasElement: canvas });
      await new Promise((r) => setTimeout(r, 400));
      const el = canvas.firstElementChild as HTMLElement & { shadowRoot: ShadowRoot };
      console.log(story, '|', (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160));
      expect(el).to.exist;
    });
  }
}
