import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', '.prof/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The engine is deterministic: no ambient randomness, clock or platform math.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the counter-based RNG (src/engine/rng.ts).' },
        { object: 'Math', property: 'exp', message: 'Use detMath (bit-identical across engines).' },
        { object: 'Math', property: 'log', message: 'Use detMath (bit-identical across engines).' },
        { object: 'Math', property: 'pow', message: 'Use detMath (bit-identical across engines).' },
        { object: 'Math', property: 'sqrt', message: 'Use detMath (bit-identical across engines).' },
        { object: 'Math', property: 'round', message: 'Asymmetric for negatives: use Math.floor(x + 0.5) explicitly.' },
        { object: 'Date', property: 'now', message: 'No clock in the engine.' },
        { object: 'performance', property: 'now', message: 'No clock in the engine.' },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'indexedDB', 'setTimeout', 'setInterval'],
    },
  },
  {
    // Full zod (and its locales) adds ~17 KB gz to the first screen next to zod/mini (issue 4).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3'].map((name) => ({ name, message: "Import { z } from 'zod/mini' (the bundle stays small)." })),
          patterns: [{ group: ['zod/v4/classic*', 'zod/locales*', 'zod/v4/locales*'], message: "Import { z } from 'zod/mini' (the bundle stays small)." }],
        },
      ],
    },
  },
);
