/**
 * `npx tsx scripts/render-icons.ts`: renders Viva's app icons from public/favicon.svg to the PNG sizes
 * browsers ask for, with the Chromium the end-to-end tests use, into public/. The PNGs are committed; run
 * this again only when the favicon changes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/executables.ts';
import { themeColor } from './offline-app.ts';

interface Icon {
  readonly file: string;
  readonly size: number;
  /**
   * Full bleed: the brand colour fills the square, for platforms that cut their own shape (a maskable icon,
   * whose mark must stay inside the central circle of 80 %, and Apple's touch icon). Otherwise the favicon's
   * rounded corners.
   */
  readonly fullBleed: boolean;
}

const icons: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
];

const publicDir = resolve(import.meta.dirname, '../public');
const favicon = await readFile(resolve(publicDir, 'favicon.svg'), 'utf8');
// A full-bleed icon fills the favicon's transparent corners with this colour: it must be the favicon's own.
if (!favicon.includes(`fill="${themeColor}"`)) {
  throw new Error(`public/favicon.svg is no longer filled with the theme colour ${themeColor}.`);
}
const faviconUrl = `data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const background = icon.fullBleed ? themeColor : 'transparent';
    await page.setContent(
      `<body style="margin:0"><img src="${faviconUrl}" width="${icon.size}" height="${icon.size}" ` +
        `style="display:block;background:${background}"></body>`,
    );
    const png = await page.locator('img').screenshot({ omitBackground: true });
    await writeFile(resolve(publicDir, icon.file), png);
    console.log(`${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
