import { defineConfig } from 'vitest/config';
import { builtinScripts } from './scripts/builtin-scripts-plugin.ts';

// Unit tests: jsdom for components, fake-indexeddb for the store; end-to-end tests have their own config.
export default defineConfig({
  plugins: [builtinScripts()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/support/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
  },
});
