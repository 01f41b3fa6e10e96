// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const WORKSPACE_TSCONFIGS = ['neo4j', 'seed', 'api', 'web', 'tests', 'bench'].map((dir) => `${dir}/tsconfig.json`);

// Test helpers: what only tests may import.
const TEST_HELPER_PATTERNS = [
  { group: ['vitest', 'vitest/*'], message: 'Test runner: only tests import it.' },
  { group: ['**/testing', '**/testing/**'], message: 'Test helpers: only tests import them.' },
  { group: ['**/test/**', '**/tests/**'], message: 'Test helpers: only tests import them.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.tsbuild/',
      'neo4j/target/',
      'api/src/generated/',
      'web/src/models/graphql/generated.ts',
      '.data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x parses only .js modules and sees no cycle through .ts ones.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          project: WORKSPACE_TSCONFIGS,
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Interfaces use method shorthand for closures (no class of ours reads `this`), so detaching is safe.
      '@typescript-eslint/unbound-method': 'off',
      // Implementations of promise-returning interfaces (Apollo's hooks, fakes) are async without awaiting.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      'no-restricted-imports': ['error', { patterns: TEST_HELPER_PATTERNS }],
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Tests and their helpers may import the runner and each other.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/test/**', 'tests/**', '**/vitest.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tools that require a default export.
    files: ['**/vite.config.ts', 'vitest.config.ts', 'api/codegen.ts', 'tests/setup/*.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
