import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const features = ['customers', 'statements', 'export', 'import', 'outbox', 'designer'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The mock backend is a backend: no React, no features; only the contract from src/api.
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'mocks/ never imports React.' },
            { group: ['**/src/features/**', '**/src/app/**', '**/src/components/**'], message: 'mocks/ imports only the contract (src/api).' },
          ],
        },
      ],
    },
  },
  // Features do not import each other: share through components/, lib/ and api/.
  ...features.flatMap((f) => [false, true].map((test) => ({
    files: test ? [`src/features/${f}/**/*.test.{ts,tsx}`] : [`src/features/${f}/**/*.{ts,tsx}`],
    ...(test ? {} : { ignores: [`src/features/${f}/**/*.test.{ts,tsx}`] }),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.filter((o) => o !== f).map((o) => `**/features/${o}/**`),
              message: 'Features do not import each other; move shared code to components/, lib/ or api/.',
            },
            // Unit tests may start the same MSW handlers in Node (mocks/testing); app code may not.
            ...(test ? [] : [{ group: ['**/mocks/**'], message: 'The app reaches the mock only through HTTP (and src/main.tsx).' }]),
          ],
        },
      ],
    },
  }))),
);
