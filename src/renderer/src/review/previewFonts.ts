import type { ComposeState } from './composeState.svelte';

const FONTS_ID = 'revue-preview-fonts';

/**
 * Declares the export's fonts in the page, once for the session: a shadow root ignores
 * @font-face rules, the page's own reach its text. Asked when the app is idle and by the preview.
 */
export async function declarePreviewFonts(compose: ComposeState): Promise<void> {
  const rules = await compose.fontFaces();
  if (document.getElementById(FONTS_ID)) return;
  const fonts = document.createElement('style');
  fonts.id = FONTS_ID;
  fonts.textContent = rules;
  document.head.append(fonts);
}
