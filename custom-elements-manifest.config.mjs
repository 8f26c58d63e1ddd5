export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/forms/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; a run with another --outdir must not rewrite it
  packagejson: false,
  plugins: [
    {
      // the glob's file order follows the file system's, which differs between clones: sort, so the
      // committed manifest compares equal wherever it is regenerated
      name: 'devreg-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // The analyzer also lists each `dispatchEvent(new X(…))` it sees in a class, with X's type but
      // no name: a second, nameless entry beside the one `@fires {X} name` documents. Drop those;
      // an event dispatched that no `@fires` names is an error (a host would not know it exists).
      name: 'devreg-event-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const element of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          if (!element.events) continue;
          const documented = new Set(element.events.filter((e) => e.name).map((e) => e.type?.text));
          const unnamed = element.events.find((e) => !e.name && !documented.has(e.type?.text));
          if (unnamed) throw new Error(`${element.name}: dispatches ${unnamed.type?.text} without a @fires naming it`);
          element.events = element.events.filter((e) => e.name);
        }
      },
    },
    {
      // `@csspart <name>-* - … <devreg-x> …` documents the parts an element re-exports from the nested
      // <devreg-x> that is its part <name> (src/internal/exported-parts.ts): here it becomes one entry
      // per part of <devreg-x>, `<name>-<part>`, so that the manifest lists each by name and a part
      // added to <devreg-x> is listed without a second edit. An entry naming several elements
      // (`wizard-*`: whichever wizard the page's dialog shows) gets the parts of each, a name they
      // share once, with what it is in each. A clash with an own part is an error.
      name: 'devreg-exported-parts',
      packageLinkPhase({ customElementsManifest }) {
        const elements = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
        const byTag = new Map(elements.map((d) => [d.tagName, d]));
        const done = new Set();
        /** `<devreg-a>`'s `x`: … ; for a description several elements share, `<devreg-a>`'s and `<devreg-b>`'s `x`: … */
        const describe = (name, of) => {
          const byDescription = new Map();
          for (const { tag, description } of of) byDescription.set(description, [...(byDescription.get(description) ?? []), tag]);
          return [...byDescription]
            .map(([description, tags]) => `${tags.map((t) => `\`<${t}>\`'s`).join(' and ')} \`${name}\`: ${description}`)
            .join(' ');
        };
        const expand = (element) => {
          if (done.has(element)) return element.cssParts ?? [];
          done.add(element);
          element.cssParts = element.cssParts?.flatMap((part) => {
            if (!part.name.endsWith('-*')) return [part];
            const tags = [...new Set([...(part.description ?? '').matchAll(/<(devreg-[a-z-]+)>/g)].map((m) => m[1]))];
            const missing = tags.length ? tags.find((tag) => !byTag.has(tag)) : '(none)';
            if (missing) throw new Error(`${element.tagName}: @csspart ${part.name} names no element ${missing}`);
            const inner = new Map();
            for (const tag of tags) {
              for (const p of expand(byTag.get(tag))) inner.set(p.name, [...(inner.get(p.name) ?? []), { tag, description: p.description }]);
            }
            return [...inner].map(([name, of]) => ({ name: `${part.name.slice(0, -1)}${name}`, description: describe(name, of) }));
          });
          const names = (element.cssParts ?? []).map((p) => p.name);
          const clash = names.find((n, i) => names.indexOf(n) !== i);
          if (clash) throw new Error(`${element.tagName}: part ${clash} is declared twice`);
          return element.cssParts ?? [];
        };
        elements.forEach(expand);
      },
    },
  ],
};
