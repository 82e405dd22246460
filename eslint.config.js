// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Client data must never reach a log: the desk's own code logs through main/core/log only.
    files: ['main/core/**/*.ts', 'main/electron/**/*.ts', 'main/webhost/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'reports/**/*.ts'],
    ignores: ['**/*.test.ts', 'main/core/log.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Timers in the core are owned (main/core/lifecycle/disposables.ts), so disposing a session's
    // store ends them all; a bare setTimeout could outlive the session that started it.
    files: ['main/core/**/*.ts'],
    ignores: ['**/*.test.ts', 'main/core/lifecycle/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use a DisposableStore (timeout) or an OwnedTimer from main/core/lifecycle.' },
        { name: 'setInterval', message: 'Use a DisposableStore (interval) from main/core/lifecycle.' },
        { name: 'setImmediate', message: 'Use a DisposableStore (immediate) from main/core/lifecycle.' },
      ],
    },
  },
  {
    // A test that indexes known fixtures would only trade `!` for noise; a wrong guess fails the test.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    // CommonJS config files load each other with require.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', URL: 'readonly' } },
  },
);
