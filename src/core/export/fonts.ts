import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The faces the export uses: body serif in four styles, the Naskh for Arabic in two weights. */
const FACES: { pkg: string; css: string[]; subsets: string[] }[] = [
  { pkg: '@fontsource/noto-serif', css: ['400.css', '400-italic.css', '700.css', '700-italic.css'], subsets: ['latin', 'latin-ext'] },
  // Latin inside Arabic items falls back to the serif, so the Naskh carries its Arabic only.
  { pkg: '@fontsource/noto-naskh-arabic', css: ['400.css', '700.css'], subsets: ['arabic'] },
];

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
  cached ??= FACES.flatMap(({ pkg, css, subsets }) => css.flatMap((file) => facesOf(pkg, file, subsets))).join('\n');
  return cached;
}

export const SERIF = "'Noto Serif'";
export const NASKH = "'Noto Naskh Arabic'";
