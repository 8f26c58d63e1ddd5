export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/forms/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; a run with another --outdir must not rewrite it
  packagejson: false,
};
