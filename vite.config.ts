import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinScripts } from './scripts/builtin-scripts-plugin.ts';
import { contentSecurityPolicyMeta } from './scripts/content-security-policy-plugin.ts';
import { offlineApp } from './scripts/offline-app.ts';

/**
 * Cross-origin isolation: whisper.cpp's WebAssembly build runs on threads that share memory, which browsers
 * allow only to isolated pages. Viva loads nothing from other origins, so isolating it costs nothing.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), builtinScripts(), contentSecurityPolicyMeta(), offlineApp()],
  server: { host: '127.0.0.1', headers: isolation },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: isolation },
  build: { target: 'es2023' },
});
