// Draws the app icon from resources/icon.svg into every file the window and electron-builder need
// (`npm run icons`): resources/icons/<n>x<n>.png (Linux), resources/icon.png (the window),
// resources/icon.ico (Windows) and resources/icon.icns (macOS). Chromium rasterises the SVG (the
// one the PDF export already uses: no image library to install); the ICO and ICNS containers hold
// PNG images, which both formats accept, and are written here byte by byte.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/core/export/chromiumLaunch.js';

const resources = join(import.meta.dirname, '..', 'resources');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows: the sizes Explorer and the taskbar pick from. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** macOS: each ICNS type with the pixel size of its PNG. */
const ICNS_TYPES: readonly [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** An ICO file of PNG images (Vista and later read PNG entries; a 256 px entry is written as 0). */
function ico(images: Map<number, Buffer>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.size, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.size;
  for (const [size, png] of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.values()]);
}

/** An ICNS file: "icns", the total length, then each element as type, length, PNG data. */
function icns(images: Map<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = images.get(size);
    if (!png) throw new Error(`no ${size} px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

async function main(): Promise<void> {
  const svg = readFileSync(join(resources, 'icon.svg'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const images = new Map<number, Buffer>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of PNG_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      images.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  mkdirSync(join(resources, 'icons'), { recursive: true });
  for (const [size, png] of images) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), png);
  writeFileSync(join(resources, 'icon.png'), images.get(512) ?? Buffer.alloc(0));
  writeFileSync(join(resources, 'icon.ico'), ico(new Map(ICO_SIZES.map((size) => [size, images.get(size) ?? Buffer.alloc(0)]))));
  writeFileSync(join(resources, 'icon.icns'), icns(images));
  console.log(`icons written to ${resources}`);
}

await main();
