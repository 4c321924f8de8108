// ESLint: TypeScript rules, Lit template rules (lit), custom-element rules (wc) and accessibility rules on
// Lit templates (lit-a11y). Type-aware template checks come from `lit-analyzer` in `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'bench/results/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['server/**/*.js', 'scripts/**/*.js', 'test/server/**/*.js', 'test/chromium.js', 'bench/**/*.js', '*.config.{js,mjs,ts}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests: Node code that also hands functions to the browser (page.evaluate).
    files: ['test/e2e/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js'],
    rules: {
      // chai's `expect(x).to.be.true` style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
