// Renders the committed PNG icons from the SVG sources with the same headless
// Chromium the tests use, so no image library is needed. Run: npm run icons
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { requireChromium } from './lib/chromium.mjs';

const ROOT = new URL('../', import.meta.url);

/** [source svg, output png, edge in pixels]. WXT picks up public/icon/<size>.png by itself. */
const ICONS = [
  ['public/icon.svg', 'public/icon/16.png', 16],
  ['public/icon.svg', 'public/icon/32.png', 32],
  ['public/icon.svg', 'public/icon/48.png', 48],
  ['public/icon.svg', 'public/icon/128.png', 128],
  ['public/icon.svg', 'pwa/public/pwa-192x192.png', 192],
  ['public/icon.svg', 'pwa/public/pwa-512x512.png', 512],
  ['public/icon-maskable.svg', 'pwa/public/maskable-icon-512x512.png', 512],
];

const browser = await chromium.launch({
  executablePath: requireChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, output, size] of ICONS) {
    const svg = await readFile(new URL(source, ROOT), 'utf8');
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true });
    await writeFile(new URL(output, ROOT), png);
    console.log(`${output} (${size}x${size}, ${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
