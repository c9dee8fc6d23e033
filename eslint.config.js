import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'graph-data', 'tests/fixtures', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Functions a reader can hold: none over 80 lines in src/ (issue 10).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Declarative tables are exempt: the stylesheet builder is one list of selector/style rules,
    // read rule by rule, not as a flow of logic.
    files: ['src/cy/stylesheet.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  // The layers (which folder may import which, no cycles) are checked by dependency-cruiser:
  // .dependency-cruiser.cjs, run by `npm run lint:layers` (part of `npm run lint`).
);
