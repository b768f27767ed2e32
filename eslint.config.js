import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const features = ['customers', 'statements', 'export', 'import', 'outbox', 'designer'];

// Inside customers, list/ and detail/ are the parts every flow shares; each other folder is one
// flow and uses only its own folder, the shared parts and what lies outside features.
const customerShared = ['list', 'detail'];
const customerFlows = ['bulk', 'clone', 'delete', 'email', 'form', 'merge', 'owner', 'templates'];

/**
 * A boundary as a regular expression on an import's text, checked on `import … from` by
 * no-restricted-imports and on `import()` by no-restricted-syntax (the former does not see
 * lazily loaded code).
 */
const lazyImportsOf = (bounds) =>
  bounds.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message }));
const alternatives = (names) => `(${names.join('|')})`;

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
      'no-restricted-imports': ['error', { patterns: featurePatterns(f, test) }],
    },
  }))),
  // A customers flow does not import another flow's folder (list/ and detail/ import none): what
  // two flows share moves to list/ or detail/, or out to components/, lib/ or api/. These blocks
  // replace the one above for their files, so they repeat its patterns.
  ...[...customerShared, ...customerFlows].flatMap((folder) => [false, true].map((test) => {
    const others = customerFlows.filter((o) => o !== folder);
    const message = customerShared.includes(folder)
      ? `customers/${folder} is shared by the flows and imports none of them; src/app hands a flow's parts in.`
      : 'A customers flow imports only its own folder, list/, detail/ and what lies outside features; move what flows share there.';
    const bounds = [
      { regex: `^(\\.\\./)+${alternatives(others)}/`, message },
      { regex: `(^|/)customers/${alternatives(others)}/`, message },
    ];
    return {
      files: test ? [`src/features/customers/${folder}/**/*.test.{ts,tsx}`] : [`src/features/customers/${folder}/**/*.{ts,tsx}`],
      ...(test ? {} : { ignores: [`src/features/customers/${folder}/**/*.test.{ts,tsx}`] }),
      rules: {
        'no-restricted-imports': ['error', { patterns: [...featurePatterns('customers', test), ...bounds] }],
        'no-restricted-syntax': ['error', ...lazyImportsOf(bounds)],
      },
    };
  })),
);

function featurePatterns(f, test) {
  return [
    {
      group: features.filter((o) => o !== f).map((o) => `**/features/${o}/**`),
      message: 'Features do not import each other; move shared code to components/, lib/ or api/.',
    },
    // Unit tests may start the same MSW handlers in Node (mocks/testing); app code may not.
    ...(test ? [] : [{ group: ['**/mocks/**'], message: 'The app reaches the mock only through HTTP (and src/main.tsx).' }]),
  ];
}
