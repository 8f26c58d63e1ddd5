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
      // `@csspart <name>-* - … <devreg-x> …` documents the parts an element re-exports from the nested
      // <devreg-x> that is its part <name> (src/internal/exported-parts.ts): here it becomes one entry
      // per part of <devreg-x>, `<name>-<part>`, so that the manifest lists each by name and a part
      // added to <devreg-x> is listed without a second edit. A clash with an own part is an error.
      name: 'devreg-exported-parts',
      packageLinkPhase({ customElementsManifest }) {
        const elements = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
        const byTag = new Map(elements.map((d) => [d.tagName, d]));
        const done = new Set();
        const expand = (element) => {
          if (done.has(element)) return element.cssParts ?? [];
          done.add(element);
          element.cssParts = element.cssParts?.flatMap((part) => {
            if (!part.name.endsWith('-*')) return [part];
            const tag = /<(devreg-[a-z-]+)>/.exec(part.description ?? '')?.[1];
            if (!byTag.has(tag)) throw new Error(`${element.tagName}: @csspart ${part.name} names no element`);
            return expand(byTag.get(tag)).map((p) => ({
              name: `${part.name.slice(0, -1)}${p.name}`,
              description: `\`<${tag}>\`'s \`${p.name}\`: ${p.description}`,
            }));
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
