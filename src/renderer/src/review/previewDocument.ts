import { purifierOnFirstUse } from '../lib/sanitize';

/** Our own instance: its settings and hooks stay apart from the reader's. */
const purifier = purifierOnFirstUse((instance) =>
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      if (!/^(?:https?:|mailto:|#)/i.test((node.getAttribute('href') ?? '').trim())) node.removeAttribute('href');
      if (!node.getAttribute('href')?.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  }),
);

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

export interface PreviewDocument {
  css: string;
  /** The @font-face rules: a shadow root ignores them, so the page declares them itself. */
  fontFaces: string;
  body: DocumentFragment;
  /** The body's own dir and lang, carried over to the element that stands for it. */
  dir: string | null;
  lang: string | null;
}

/**
 * The exported HTML taken apart for a shadow root: its style sheets (with `html` and `body`
 * selectors pointed at the shadow host and the page element) and its body, sanitised. The core
 * escapes everything already; this is the UI's own guard.
 */
export function previewDocument(html: string): PreviewDocument {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const allCss = [...parsed.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  const fontFaces = allCss.match(FONT_FACE) ?? [];
  const css = allCss.replace(FONT_FACE, '');
  const body = purifier().sanitize(parsed.body.innerHTML, {
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'script'],
    FORBID_ATTR: ['srcset', 'formaction', 'ping'],
    RETURN_DOM_FRAGMENT: true,
  });
  return {
    css: retargetSelectors(css),
    fontFaces: fontFaces.join('\n'),
    body,
    dir: parsed.body.getAttribute('dir') ?? parsed.documentElement.getAttribute('dir'),
    lang: parsed.body.getAttribute('lang') ?? parsed.documentElement.getAttribute('lang'),
  };
}

/** `html` becomes the shadow host, `body` the page element; @page rules mean nothing on screen. */
function retargetSelectors(css: string): string {
  return css
    .replace(/(^|[\s,{}>+~(])html(?=[\s,{.:#[>+~)])/g, '$1:host')
    .replace(/(^|[\s,{}>+~(])body(?=[\s,{.:#[>+~)])/g, '$1.page');
}
