import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/tmp',
      '**/generated/**',
      '**/coverage',
      '**/*.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Pure logic depends on nothing of ours but other pure logic.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain'] },
            // Server code never imports web code, and the reverse.
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:domain'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:domain'] },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:api', 'scope:domain'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:domain'] },
            // Feature libs stand on core; core stands on nothing but domain.
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tool configuration reads workspace files by path; it is not part of the module graph.
    files: [
      '**/*.cjs',
      'jest.preset.js',
      '**/jest.config.js',
      '**/jest.*.config.js',
      '**/vite.config.mts',
      '**/playwright.config.ts',
    ],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  {
    // Published coefficients (Cody 1969) and 30-digit reference values are quoted digit for digit.
    files: ['libs/domain/stats/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  prettier,
];
