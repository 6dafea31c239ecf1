// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * One flat config for the whole monorepo. Type-checked rules run through the
 * TypeScript project service, so every package's own tsconfig.json is used.
 */
export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      // Written by benchmark runs (results, the cold-start CPU probe); ignored by git too.
      '**/.bench/**',
      '**/coverage/**',
      'docs/.site/**',
      '.tools/**',
      '**/*.generated.ts',
      '**/src/generated/**',
      // Temporary files tsup and Vite write beside their config while a build loads it.
      '**/*.config.bundled_*',
      '**/*.config.ts.timestamp-*',
      // Declarations of the names JSDoc examples assume; type-checked by the examples check itself.
      'scripts/jsdoc-examples/context.d.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'scripts/*.mjs', 'scripts/*.cjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Functions a newcomer can hold in their head: split anything longer along its concepts.
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts', '**/__fixtures__/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 200, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // A library never throws a bare Error at its users and stays free of Node
    // built-ins outside the Node-only parts (src/node/, testing helpers, tests).
    files: ['packages/*/src/**/*.ts'],
    ignores: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.bench.ts',
      'packages/*/src/node/**',
      'packages/*/src/testing/**',
      'packages/*/src/__fixtures__/**',
      'packages/cli/src/**',
    ],
    rules: {
      // Type-only imports are erased: browser-safe code may describe a Node module it loads only where
      // the runtime offers it (process.getBuiltinModule).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^node:',
              allowTypeImports: true,
              message: 'Browser-safe code may not import Node built-ins; put Node-only code under src/node/.',
            },
          ],
          paths: [
            'fs',
            'path',
            'crypto',
            'os',
            'child_process',
            'http',
            'https',
            'net',
            'stream',
            'url',
            'util',
            'buffer',
          ].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Browser-safe code may not import Node built-ins; put Node-only code under src/node/.',
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ThrowStatement > NewExpression[callee.name='Error']",
          message:
            'Throw a typed error from the package (with a code and messages in Indonesian and English), not a bare Error.',
        },
      ],
    },
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.bench.ts',
      'scripts/**',
      '**/scripts/**',
      '**/*.config.ts',
      '**/*.config.js',
      'packages/cli/src/**',
      'apps/**',
    ],
    rules: {
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      'scripts/**/*.{js,mjs,cjs}',
      'packages/*/scripts/**/*.{js,mjs,cjs}',
      'apps/*/scripts/**/*.{js,mjs,cjs}',
      '*.config.{js,mjs,cjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
