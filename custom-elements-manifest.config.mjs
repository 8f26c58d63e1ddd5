export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/forms/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
