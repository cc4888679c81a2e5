// Lint rules: type-aware TypeScript, React hooks, and the layering that keeps browser APIs in src/platform.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// zod is set up once (jitless, for the Content-Security-Policy) in src/zod.ts; schemas import it from there.
const zodOnlyThroughItsSetup = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Import z from src/zod.ts, which configures zod for the Content-Security-Policy.',
};

// The service worker's registration (vite-plugin-pwa) is reached through src/platform/app-update alone.
const serviceWorkerOnlyThroughPlatform = {
  name: 'virtual:pwa-register',
  message: 'App updates live behind a contract in src/platform/app-update.',
};

const browserApisOutsidePlatform = [
  { name: 'indexedDB', message: 'IndexedDB is reached only through src/store.' },
  { name: 'speechSynthesis', message: 'Speech lives behind a contract in src/platform.' },
  { name: 'MediaRecorder', message: 'Recording lives behind a contract in src/platform.' },
  { name: 'Worker', message: 'Workers (the recogniser) live behind a contract in src/platform.' },
  { name: 'WebAssembly', message: 'WebAssembly (the recogniser) lives behind a contract in src/platform.' },
  { name: 'OfflineAudioContext', message: 'Decoding audio lives in src/platform.' },
  { name: 'SpeechRecognition', message: 'Recognisers live behind a contract in src/platform/recognition.' },
  {
    name: 'webkitSpeechRecognition',
    message: 'Recognisers live behind a contract in src/platform/recognition.',
  },
];

// The same APIs reached as properties (window.SpeechRecognition), which no-restricted-globals does not see.
const browserApiPropertiesOutsidePlatform = ['window', 'globalThis', 'self'].flatMap((object) =>
  browserApisOutsidePlatform.map(({ name, message }) => ({ object, property: name, message })),
);

// Code outside src/ that runs in the browser, with the app's modules (tsconfig.json): the bench's harness
// page and the transcription CLI's page (its api.ts is types the Node side shares).
const browserPages = [
  'bench/harness/**/*.ts',
  'scripts/transcribe/page/main.ts',
  'scripts/transcribe/page/transcribe-in-turn.ts',
];

export default defineConfig(
  { ignores: ['dist', 'build', 'public/whisper', 'node_modules', '.e2e-tmp', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': ['error', ...browserApisOutsidePlatform],
      'no-restricted-properties': ['error', ...browserApiPropertiesOutsidePlatform],
      'no-restricted-imports': [
        'error',
        { paths: [zodOnlyThroughItsSetup, serviceWorkerOnlyThroughPlatform] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='navigator'][property.name='mediaDevices']",
          message: 'The microphone is reached only through src/platform.',
        },
        {
          selector: "MemberExpression[object.name='navigator'][property.name='serviceWorker']",
          message: 'The service worker is reached only through src/platform/app-update.',
        },
      ],
    },
  },
  {
    files: ['src/pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodOnlyThroughItsSetup, serviceWorkerOnlyThroughPlatform],
          patterns: [
            { group: ['dexie', 'dexie-react-hooks'], message: 'Pages read data through src/store hooks.' },
          ],
        },
      ],
    },
  },
  {
    // The interview machine knows its services by their contracts alone; src/app-services.ts and
    // src/interview-services.ts put the real ones together.
    files: ['src/interview/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodOnlyThroughItsSetup, serviceWorkerOnlyThroughPlatform],
          patterns: [
            {
              group: ['**/store/**', '**/pages/**'],
              message: 'The interview reaches storage through InterviewRecords.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/platform/**/*.ts', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['src/platform/app-update/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodOnlyThroughItsSetup] }] },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '*.config.ts', 'eslint.config.js'],
    ignores: browserPages,
    languageOptions: { globals: globals.node },
  },
  {
    // Node-side TypeScript belongs to tsconfig.node.json, which the project service cannot find by name.
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    ignores: browserPages,
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.node.json' } },
  },
  {
    files: browserPages,
    languageOptions: { globals: globals.browser },
  },
  {
    // The lint config itself is plain JavaScript that no tsconfig covers.
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
