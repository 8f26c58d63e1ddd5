import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'demo-dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'bench/results/**', 'bench/.dist/**', 'tmp/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Lit's event listeners and Task callbacks are routinely async
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
    },
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  { languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai's expect(x).to.be.true
      // @open-wc's chai typings make every `.to.equal()` a Promise; real async assertions are awaited by habit
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**/*.js', 'demo/**/*.mjs', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
