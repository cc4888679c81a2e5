/**
 * Vite plugin: the built app carries a strict Content-Security-Policy in a <meta> element, so it holds
 * wherever dist/ is served. Only at build time: the dev server's React refresh needs inline scripts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { waveformHeight } from '../src/platform/waveform/waveform-height.ts';

/**
 * The policy, given the hashes of the inline styles the app needs. Everything comes from the app's own
 * origin; recordings play from blob: URLs; nothing may be framed in, posted to or evaluated. WebAssembly
 * may be compiled ('wasm-unsafe-eval' allows that and no JavaScript evaluation): whisper.cpp transcribes with it.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ['style-src', "'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The text of the <style> wavesurfer.js writes into each waveform's shadow root, as the browser sees it:
 * the template literal in its bundle with its one interpolation (the waveform's height) filled in.
 * Throws when the bundle no longer looks like that, so a wavesurfer update cannot silently break the policy.
 */
export function wavesurferShadowStyle(bundle: string, height: number): string {
  const open = bundle.indexOf('<style${');
  const bodyStart = open < 0 ? -1 : bundle.indexOf('}>', open) + 2;
  const bodyEnd = bodyStart < 2 ? -1 : bundle.indexOf('</style>', bodyStart);
  const raw = bodyEnd < 0 ? '' : bundle.slice(bodyStart, bodyEnd);
  const interpolations = raw.match(/\$\{[^}]*\}/g) ?? [];
  if (interpolations.length !== 1 || /\\[^n\\]/.test(raw)) {
    throw new Error(
      'wavesurfer.js no longer writes the shadow-root <style> this plugin knows (one interpolation, the ' +
        'height): update wavesurferShadowStyle so the Content-Security-Policy allows its new style.',
    );
  }
  return raw
    .replace(/\$\{[^}]*\}/, String(height))
    .replace(/\\(n|\\)/g, (_, escaped: string) => (escaped === 'n' ? '\n' : '\\'));
}

/** The CSP source expression that allows exactly this inline style text. */
export function styleHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export function contentSecurityPolicyMeta(): Plugin {
  let policy: string | undefined;
  return {
    name: 'viva-content-security-policy',
    apply: 'build',
    async buildStart() {
      // The very file the bundle will contain, as Vite resolves it.
      const wavesurfer = await this.resolve('wavesurfer.js');
      if (!wavesurfer) this.error('wavesurfer.js cannot be resolved.');
      const bundle = await readFile(wavesurfer.id, 'utf8');
      policy = contentSecurityPolicy([styleHash(wavesurferShadowStyle(bundle, waveformHeight))]);
    },
    transformIndexHtml() {
      if (policy === undefined) throw new Error('The Content-Security-Policy was not computed.');
      // First in <head>, so it governs everything the page loads after it.
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
