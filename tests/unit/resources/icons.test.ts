import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const resources = join(import.meta.dirname, '..', '..', '..', 'resources');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws for anything that is not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the app icon', () => {
  it('has an SVG source', () => {
    expect(readFileSync(join(resources, 'icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 1024 1024"/);
  });

  it.each([16, 24, 32, 48, 64, 128, 256, 512, 1024])('has a %i px PNG for Linux', (size) => {
    expect(pngSize(readFileSync(join(resources, 'icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('has a 512 px PNG for the window', () => {
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('has an ICO for Windows whose entries are PNGs of the sizes they announce, up to 256 px', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const announced = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual({ width: announced, height: announced });
      sizes.push(announced);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has an ICNS for macOS with the retina sizes up to 1024 px', () => {
    const icns = readFileSync(join(resources, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      found.set(icns.toString('latin1', at, at + 4), pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4))).width);
    }
    expect(Object.fromEntries(found)).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic13: 256, ic14: 512 });
  });

  it('is wired into electron-builder for each platform', () => {
    const config = readFileSync(join(resources, '..', 'electron-builder.yml'), 'utf8');
    for (const line of ['icon: resources/icons', 'icon: resources/icon.ico', 'icon: resources/icon.icns']) expect(config).toContain(line);
  });
});
