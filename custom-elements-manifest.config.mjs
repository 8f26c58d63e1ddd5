export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
