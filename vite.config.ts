import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinScripts } from './scripts/builtin-scripts-plugin.ts';
import { contentSecurityPolicyMeta } from './scripts/content-security-policy-plugin.ts';

export default defineConfig({
  plugins: [react(), builtinScripts(), contentSecurityPolicyMeta()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2023' },
});
