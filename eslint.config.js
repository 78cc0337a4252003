import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': 'off',
    },
  },
  {
    // Shipped code only (tests may read outerHTML to compare the page before and after).
    files: ['entrypoints/**', 'components/**', 'lib/**', 'extension/**'],
    rules: {
      // Never build markup from strings: page text is untrusted, and Firefox review flags it.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Preact or createElement.' },
        { property: 'outerHTML', message: 'Build DOM with Preact or createElement.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with Preact or createElement.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in our UI.' },
      ],
    },
  },
  {
    // The core must run in Node and in every extension context: no DOM, no extension APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator'],
    },
  },
);
