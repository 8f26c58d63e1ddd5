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
  ],
};
