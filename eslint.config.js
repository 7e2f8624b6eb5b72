import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'bench/results/', '.interop/', '.cache/', 'stories/generated/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    settings: {wc: {elementBaseClasses: ['LitElement', 'SummitElement']}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-arrow': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // chai assertions read as expressions (`expect(x).to.be.null`).
    files: ['test/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    // The interop tests' probe and apps (test/interop/, bundled by scripts/interop-setup.mjs): browser code, JSX.
    files: ['test/interop/**/*.{js,jsx}'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Node scripts (bench pages' code strings run in the browser too), and a widget's own build steps.
    files: ['scripts/**', 'bench/**', 'test/node/**', '*.config.*', 'rollup.config.mjs', 'src/*/build-*.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  }
);
