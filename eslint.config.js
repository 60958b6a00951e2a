// ESLint for the project's TypeScript and scripts: typescript-eslint's type-aware recommended rules,
// and Lit's and custom elements' own rules for the element. `npm run lint`, run by `npm test`.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'screenshots/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An empty attribute or a false flag falls back on purpose (`region || defaultRegion`), which `??` would not do.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      // `const { hours: _, ...rest } = contact` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      // Chai's `expect(x).to.be.true`-style assertions are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // chai-a11y-axe types every chai assertion as thenable, so each `expect(...)` line would be flagged;
      // the assertions that are really asynchronous (`to.be.accessible()`) are awaited.
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests silence the console with `console.warn = () => {}` while checking what a box logs.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', document: 'readonly', window: 'readonly', performance: 'readonly', URL: 'readonly', setTimeout: 'readonly', requestAnimationFrame: 'readonly', PerformanceObserver: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', structuredClone: 'readonly' } },
  },
);
