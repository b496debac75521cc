import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The faces the export uses: body serif in four styles, the Naskh for Arabic in two weights. */
const FACES: { pkg: string; css: string[]; subsets: string[] }[] = [
  { pkg: '@fontsource/noto-serif', css: ['400.css', '400-italic.css', '700.css', '700-italic.css'], subsets: ['latin', 'latin-ext'] },
];

/** The Arabic script's blocks (the @fontsource "arabic" subset's range): Latin inside Arabic items falls back to the serif. */
const ARABIC_RANGE = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';

/**
 * The folder of the fonts we ship (resources/fonts, see its README for why the Naskh is ours):
 * found upwards from this module, which runs from src/core/export in the tests and the CLI and
 * from out/main once bundled into the app.
 */
function fontsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, 'NotoNaskhArabic-Regular.ttf'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('resources/fonts/NotoNaskhArabic-Regular.ttf is missing from the installation');
}

function naskhFaces(): string[] {
  const folder = fontsFolder();
  return [
    ['400', 'NotoNaskhArabic-Regular.ttf'],
    ['700', 'NotoNaskhArabic-Bold.ttf'],
  ].map(([weight, file]) => {
    const data = readFileSync(join(folder, file ?? '')).toString('base64');
    return `@font-face { font-family: 'Noto Naskh Arabic'; font-style: normal; font-display: block; font-weight: ${weight}; src: url(data:font/ttf;base64,${data}) format('truetype'); unicode-range: ${ARABIC_RANGE}; }`;
  });
}

let cached: string | null = null;

function facesOf(pkg: string, cssFile: string, subsets: string[]): string[] {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const css = readFileSync(join(dir, cssFile), 'utf8');
  const blocks: string[] = [];
  for (const match of css.matchAll(/\/\* ([\w-]+) \*\/\s*(@font-face\s*\{[^}]*\})/g)) {
    const [, name = '', block = ''] = match;
    const subset = /-(latin-ext|latin|arabic|[a-z]+)-\d{3}-(?:normal|italic)$/.exec(name)?.[1];
    if (!subset || !subsets.includes(subset)) continue;
    blocks.push(
      block
        .replace(/font-display:\s*swap;/, 'font-display: block;')
        .replace(/src:[^;]*url\(\.\/files\/([\w.-]+\.woff2)\)[^;]*;/, (_m, file: string) => {
          const data = readFileSync(join(dir, 'files', file)).toString('base64');
          return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        }),
    );
  }
  return blocks;
}

/**
 * The @font-face rules of the export (Noto Serif, Noto Naskh Arabic) with the fonts inlined as
 * data: URLs, so the HTML prints the same anywhere without loading anything. Read once.
 */
export function embeddedFontFaces(): string {
  cached ??= [...FACES.flatMap(({ pkg, css, subsets }) => css.flatMap((file) => facesOf(pkg, file, subsets))), ...naskhFaces()].join('\n');
  return cached;
}

export const SERIF = "'Noto Serif'";
export const NASKH = "'Noto Naskh Arabic'";
