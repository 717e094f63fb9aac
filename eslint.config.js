import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, as boundaries elements (folders; a file belongs to the first that matches), and the two
 * kinds of single file the rules name: the vendors' payload schemas, which the server shares with the
 * browser, and the demo fetcher, the one production module that reaches the emulated vendors.
 * docs/architecture.md explains the direction in words.
 */
const layers = [
  { type: 'model', pattern: 'src/model' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'components', pattern: 'src/components' },
  { type: 'vendors', pattern: 'src/vendors' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'server', pattern: 'server' },
  { type: 'mocks', pattern: 'mocks' },
];
const files = [
  { category: 'vendor-api', pattern: 'src/vendors/*/*-api.ts' },
  { category: 'demo-fetcher', pattern: 'server/demo/demo-fetcher.ts' },
];

const vendorApi = { element: { type: 'vendors' }, file: { categories: 'vendor-api' } };
const layer = (...types) => ({ element: { types: { anyOf: types } } });

/** Who may import whom; anything no policy allows is refused. */
const layerPolicies = [
  { from: layer('model'), allow: { to: layer('model') } },
  { from: layer('lib'), allow: { to: layer('model', 'lib') } },
  { from: layer('components'), allow: { to: layer('model', 'lib', 'components') } },
  { from: layer('vendors'), allow: { to: layer('model', 'lib', 'vendors') } },
  { from: layer('feature'), allow: { to: layer('model', 'lib', 'components', 'vendors') } },
  // A feature imports its own files, never another feature's: pages combining features live in src/app.
  {
    from: layer('feature'),
    allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } } },
  },
  {
    from: layer('app'),
    allow: { to: layer('model', 'lib', 'components', 'vendors', 'feature', 'app') },
  },
  { from: layer('testing'), allow: { to: layer('model', 'lib', 'vendors', 'testing') } },
  // The server shares only the declared contract with the browser: the model and the vendors' payload schemas.
  { from: layer('server'), allow: { to: [layer('model', 'server'), vendorApi] } },
  {
    from: { element: { type: 'server' }, file: { categories: 'demo-fetcher' } },
    allow: { to: layer('mocks') },
  },
  { from: layer('mocks'), allow: { to: [layer('model', 'mocks'), vendorApi] } },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'data',
      '.e2e-data',
      'test-results',
      'playwright-report',
      'screenshots',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Scripts run in Node, but the bench also hands functions to the browser (page.evaluate).
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The layers: an import against the direction fails lint naming `boundaries/dependencies`.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': layers,
      'boundaries/files': files,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  {
    // Tests and test harnesses may cross the layers: they assemble the real pieces end to end
    // (a vendor adapter through the real proxy into the emulation, for instance).
    files: ['**/*.test.{ts,tsx}', 'mocks/testing/**', 'src/testing/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
);
