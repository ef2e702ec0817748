const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const boundaries = require('eslint-plugin-boundaries');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');

/** Workflow code runs in Temporal's deterministic sandbox: only the workflow SDK and types may come in. */
const workflowImportRule = [
  'error',
  {
    patterns: [
      {
        regex: '^(?!@temporalio/workflow$)(?!\\./)',
        message: 'Workflow files may import only @temporalio/workflow and types (use `import type`).',
        allowTypeImports: true,
      },
    ],
  },
];

/**
 * The layers, top to bottom (src/README.md draws them). Each may import only what its line lists;
 * `base` is the ground floor every layer may use. Nothing under src/ imports the simulator, a
 * development tool kept out of the production build.
 */
const LAYERS = {
  cli: ['src/cli'],
  simulator: ['src/simulator'],
  seed: ['src/seed'],
  runtime: ['src/runtime'],
  embedded: ['src/embedded'],
  api: ['src/api'],
  activities: ['activities'],
  services: ['src/services'],
  temporal: ['src/temporal'],
  workflows: ['workflows'],
  mapping: ['src/mapping'],
  providers: ['src/providers'],
  outbound: ['src/outbound'],
  realtime: ['src/realtime'],
  webhooks: ['src/webhooks'],
  db: ['src/db'],
  base: ['src/call', 'src/domain', 'src/security'],
};
const BASE_FILES = ['src/config.ts', 'src/errors.ts', 'src/logger.ts', 'src/metrics.ts', 'src/retry-policy.ts'];
const MIDDLE = ['temporal', 'mapping', 'providers', 'outbound', 'realtime', 'webhooks'];
const MAY_IMPORT = {
  cli: ['runtime', 'seed', 'embedded', 'api', 'services', ...MIDDLE, 'db', 'base'],
  simulator: ['seed', 'providers', 'base'],
  seed: ['services', 'providers', 'db', 'base'],
  runtime: ['api', 'activities', 'services', ...MIDDLE, 'db', 'base'],
  embedded: ['base'],
  api: ['services', ...MIDDLE, 'base'],
  activities: ['services', ...MIDDLE, 'db', 'base'],
  services: [...MIDDLE, 'db', 'base'],
  temporal: ['workflows', 'base'],
  // Workflow files import only types from outside (the workflow import rule below enforces that).
  workflows: ['activities', 'base'],
  mapping: ['webhooks', 'base'],
  providers: ['outbound', 'webhooks', 'base'],
  outbound: ['base'],
  realtime: ['db', 'base'],
  webhooks: ['base'],
  db: ['base'],
  base: [],
};
const layerElements = [
  ...Object.entries(LAYERS).flatMap(([type, folders]) => folders.map((pattern) => ({ type, pattern, partialMatch: false }))),
  // Element patterns name folders; these single files need the plugin's file mode.
  ...BASE_FILES.map((pattern) => ({ type: 'base', pattern, mode: 'file' })),
];
const layerPolicies = Object.entries(MAY_IMPORT).map(([type, allowed]) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
}));

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.tools/**',
      '.data/**',
      'designer/dist/**',
      'test-output/**',
      'bench-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Route handlers share an async signature whether or not they await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Imports point down the layers, and no module imports itself back through others.
    files: ['src/**/*.ts', 'activities/**/*.ts', 'workflows/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': layerElements,
      'boundaries/root-path': __dirname,
      'boundaries/legacy-warnings': false,
      'import/resolver': { typescript: { project: `${__dirname}/tsconfig.json` } },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${__dirname}/tsconfig.json` })],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
      'boundaries/no-unknown-files': 'error',
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': workflowImportRule,
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'process', 'require'],
    },
  },
  {
    files: ['designer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // React components take their callbacks as destructured props; that is not a lost `this`.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    // Tests read JSON answers as loosely typed values and pin them down with expect().
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
