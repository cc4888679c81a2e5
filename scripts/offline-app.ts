/**
 * The installable, offline app: a web app manifest and a service worker (vite-plugin-pwa, Workbox's
 * generateSW) that precaches every file of the build, lazy chunks and the Whisper runtime included, so that
 * after one visit Viva starts and runs a whole interview with no server. The app registers the worker itself,
 * after its first paint (src/platform/app-update), so nothing is injected into index.html but the manifest
 * link and the theme colour: no inline script for the Content-Security-Policy to allow, and no code on the
 * first page.
 */
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The brand colour of the icons, which browsers also use for the installed app's title bar. */
export const themeColor = '#2f4b7c';

/** The theme colour in the page too: browsers colour the tab or title bar from it, the manifest serves installed apps. */
function themeColorMeta(): Plugin {
  return {
    name: 'viva-theme-color',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'theme-color', content: themeColor } }],
  };
}

export function offlineApp(): PluginOption {
  return [
    themeColorMeta(),
    VitePWA({
      injectRegister: false,
      // A new version waits until the user reloads for it: code never changes under a running interview.
      registerType: 'prompt',
      manifest: {
        name: 'Viva — mock interviews out loud',
        short_name: 'Viva',
        description: 'Practise interviews out loud, privately, in your browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: themeColor,
        background_color: '#f7f7f5',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      workbox: {
        // Everything the build writes: the Whisper runtime (public/whisper/: its module, its threads' script
        // and a 1 MB .wasm) and the audio worklet too. Recognition models are the user's own files, kept in IndexedDB.
        globPatterns: ['**/*.{js,mjs,wasm,css,html,svg,png,webmanifest}'],
        // Above the runtime's size with room to grow: Workbox only warns about a file it leaves out
        // (tests/e2e/offline.e2e.ts checks that every file of the build is cached).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Viva routes by the location hash, so every navigation is to the one page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first version takes over the page that installed it, so a tab opened once keeps working when
        // the network goes. A later version still waits for the user (registerType above).
        clientsClaim: true,
      },
    }),
  ];
}
