import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'src/generated', '.data', 'coverage', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      // Promises: a forgotten await (inside a transaction above all) is an error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Off: fastify plugins and hooks are async by convention (an async plugin
      // or hook needs no done callback) whether or not they await anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from src/config/env.ts only.' }],
    },
  },
  {
    files: ['src/config/**', 'src/bootstrap.ts', 'src/telemetry.ts', 'scripts/**', 'test/**', 'prisma.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Off in tests and scripts: they read response bodies (supertest's
    // res.body, fetch's json()) that are typed any and checked by assertions,
    // and print such values in messages.
    files: ['test/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // A module is entered through its index.ts only (docs/architecture.md,
    // "Modules"); test/unit/module-boundaries.test.ts forbids cycles.
    files: ['src/modules/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/(?!index\\.js$)[^/]+$',
              message: 'Import another module through its index.ts, not its routes, service, repository or schemas.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**', 'scripts/**'],
    ignores: ['src/modules/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)modules/[^/]+/(?!index\\.js$)[^/]+$',
              message: 'Import a module through its index.ts, not its routes, service, repository or schemas.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['fastify', 'fastify/*', '@prisma/*', '**/generated/**', 'pg', '**/db/**', '**/modules/**', '**/plugins/**'] },
      ],
    },
  },
  {
    // JavaScript (this file, scripts/generate.mjs) is outside tsconfig: linted without types.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
