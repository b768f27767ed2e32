import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// Which way imports may run (README "Architecture"): app → features → components, lib → api;
// mocks/ → api, lib. Each boundary is a regular expression on an import's text, checked on
// `import … from` by no-restricted-imports and on `import()` by no-restricted-syntax (the former
// does not see lazily loaded code). Imports are relative, so `up(...)` matches climbing out of
// the file's folder into one of the named folders ('../../features/x', '../app/y').
const up = (...dirs) => `^(\\.\\./)+(${dirs.join('|')})(/|$)`;
const layer = (files, bounds, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: {
    'no-restricted-imports': ['error', { patterns: bounds.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      ...bounds.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message })),
    ],
  },
});
/** App code and its unit tests: tests may start the same MSW handlers in Node (mocks/testing); app code may not. */
const appAndTests = (glob, bounds) => [
  layer([`${glob}/**/*.{ts,tsx}`], [...bounds, noMocks], [`${glob}/**/*.test.{ts,tsx}`]),
  layer([`${glob}/**/*.test.{ts,tsx}`], bounds),
];
const noMocks = { regex: up('mocks'), message: 'The app reaches the mock only through HTTP (and src/main.tsx).' };

const features = ['customers', 'statements', 'export', 'import', 'outbox', 'designer'];
/** Features do not import each other (share through components/, lib/ and api/), nor the app that composes them. */
const featureBounds = (f) => {
  const others = features.filter((o) => o !== f).join('|');
  const message = 'Features do not import each other; move shared code to components/, lib/ or api/.';
  return [
    { regex: up(others), message },
    { regex: `(^|/)features/(${others})/`, message },
    { regex: up('app'), message: 'src/app composes the features; a feature never imports it.' },
  ];
};

// Inside customers, list/ and detail/ are the parts every flow shares; each other folder is one
// flow and imports only its own folder, the shared parts and what lies outside features.
const customerShared = ['list', 'detail'];
const customerFlows = ['bulk', 'clone', 'delete', 'email', 'form', 'merge', 'owner', 'templates', 'views'];
const flowBounds = (folder) => {
  const others = customerFlows.filter((o) => o !== folder).join('|');
  const message = customerShared.includes(folder)
    ? `customers/${folder} is shared by the flows and imports none of them; src/app hands a flow's parts in.`
    : 'A customers flow imports only its own folder, list/, detail/ and what lies outside features; move what flows share there.';
  return [
    { regex: up(others), message },
    { regex: `(^|/)customers/(${others})/`, message },
  ];
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'mocks/typed-client/openapi-paths.ts'] },
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
  // The mock backend is a backend: no React, no features; only the contract (src/api) and
  // small pure modules (src/lib).
  layer(
    ['mocks/**/*.ts'],
    [
      { regex: '^react(-dom)?(/|$)', message: 'mocks/ never imports React.' },
      { regex: '(^|/)src/(?!(api|lib)/)', message: 'mocks/ imports only the contract (src/api) and small pure modules (src/lib).' },
    ],
  ),
  // The app composes the features; it too reaches the mock only through HTTP.
  ...appAndTests('src/app', []),
  // The contract is the bottom layer: the app's parts and the mock build on it, never the reverse.
  ...appAndTests('src/api', [
    { regex: up('components', 'features', 'app'), message: 'src/api is the contract: it imports no components, features or app code.' },
  ]),
  // Shared components and small modules sit below the features and the app.
  ...['src/components', 'src/lib'].flatMap((dir) =>
    appAndTests(dir, [{ regex: up('features', 'app'), message: `${dir.slice(4)}/ is shared below the features: it never imports features or src/app.` }]),
  ),
  ...features.flatMap((f) => appAndTests(`src/features/${f}`, featureBounds(f))),
  // The customers flows stay apart. These blocks replace the feature's for their files, so they
  // repeat its boundaries.
  ...[...customerShared, ...customerFlows].flatMap((folder) =>
    appAndTests(`src/features/customers/${folder}`, [...featureBounds('customers'), ...flowBounds(folder)]),
  ),
);
