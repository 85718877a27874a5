// ESLint flat config: type-aware rules for the core, the API and the PWA, Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noCrossWorkspaceImport } from './eslint-rules/no-cross-workspace-import.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.data/**', 'api/src/database/migrations/*-*.ts', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // NestJS injects classes by their runtime reference: a type-only import would erase it.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['api/test/**/*.ts', 'api/src/**/*.spec.ts', 'core/src/**/*.spec.ts', 'core/bench/**/*.ts'],
    rules: {
      // Tests read untyped JSON from HTTP responses and SQL rows.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['pwa/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Workspaces use each other only through their package names (@sociale-kaart/core, …).
  {
    files: ['{core,api,pwa}/**/*.{ts,tsx,js}'],
    plugins: { workspaces: { rules: { 'no-cross-workspace-import': noCrossWorkspaceImport } } },
    rules: { 'workspaces/no-cross-workspace-import': 'error' },
  },
  // Features use each other only through their index.ts (app → features → shared lib/components).
  {
    files: ['pwa/src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./[^./][^/]*/.+', message: 'Import another feature through its index.ts.' }] },
      ],
    },
  },
  {
    files: ['pwa/src/features/*/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./\\.\\./[^./][^/]*/.+', message: 'Import another feature through its index.ts.' }] },
      ],
    },
  },
  {
    files: ['pwa/e2e/**/*.ts', 'pwa/test/**/*.ts', 'pwa/src/**/*.spec.ts', 'pwa/bench/**/*.ts', 'pwa/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests and benchmarks read untyped JSON from HTTP responses and the page.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
