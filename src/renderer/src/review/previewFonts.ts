import type { ComposeState } from './composeState.svelte';

const FONTS_ID = 'revue-preview-fonts';

/**
 * Declares the export's fonts in the page, once for the session: a shadow root ignores
 * @font-face rules, the page's own reach its text.
 */
export async function declarePreviewFonts(compose: ComposeState): Promise<void> {
  const rules = await compose.fontFaces();
  if (document.getElementById(FONTS_ID)) return;
  const fonts = document.createElement('style');
  fonts.id = FONTS_ID;
  fonts.textContent = rules;
  document.head.append(fonts);
}

/**
 * Declares the fonts and decodes them all ahead of the preview (when the app is idle: the preview
 * is one tab away), so that its first layout does not wait for them; otherwise a face is decoded
 * when some text first needs it, in the middle of the preview's layout.
 */
export async function loadPreviewFonts(compose: ComposeState): Promise<void> {
  await declarePreviewFonts(compose);
  const rules = document.getElementById(FONTS_ID)?.textContent ?? '';
  const ours = [...document.fonts].filter((face) => face.status === 'unloaded' && rules.includes(face.family.replace(/^["']|["']$/g, '')));
  await Promise.all(ours.map((face) => face.load()));
}
