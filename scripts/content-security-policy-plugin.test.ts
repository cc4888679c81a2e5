import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleHash, wavesurferShadowStyle } from './content-security-policy-plugin.ts';

// The ES module build the app bundles (package.json "exports" → "import").
const wavesurferDist = join(createRequire(import.meta.url).resolve('wavesurfer.js'), '..');
const bundle = readFileSync(join(wavesurferDist, 'wavesurfer.esm.js'), 'utf8');

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own origin, blob: media and the given style hashes', () => {
    const directives = new Map(
      contentSecurityPolicy(['sha256-abc'])
        .split('; ')
        .map((directive) => {
          const [name = '', ...sources] = directive.split(' ');
          return [name, sources.join(' ')];
        }),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self' 'sha256-abc'",
      'img-src': "'self'",
      'media-src': "'self' blob:",
      'worker-src': "'self'",
      'connect-src': "'self'",
      'font-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
  });

  it('reads the style wavesurfer writes into its shadow root, with the height filled in', () => {
    const style = wavesurferShadowStyle(bundle, 80);
    expect(style).toMatch(/^\n {8}:host \{\n/);
    expect(style).toContain('min-height: 80px;');
    expect(style).not.toContain('${');
    expect(style).not.toContain('\\n');
    expect(style).toMatch(/\}\n {6}$/);
    expect(styleHash(style)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it('fails loudly when wavesurfer writes its style another way', () => {
    expect(() => wavesurferShadowStyle('const html = `<div></div>`', 80)).toThrow(
      /update wavesurferShadowStyle/,
    );
    expect(() =>
      wavesurferShadowStyle('`<style${n}>:host { height: ${a}px; width: ${b}px }</style>`', 80),
    ).toThrow(/update wavesurferShadowStyle/);
  });
});
