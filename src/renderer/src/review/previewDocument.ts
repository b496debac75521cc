import { purifierOnFirstUse } from '../lib/sanitize';

/**
 * Our own instance: its settings and hooks stay apart from the reader's. Its settings are set
 * once (a config passed with each call is parsed again each time); the body is sanitised where
 * it was parsed, an inert document where nothing runs or loads, rather than serialised and parsed
 * once more.
 */
const purifier = purifierOnFirstUse((instance) => {
  instance.setConfig({
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'script'],
    FORBID_ATTR: ['srcset', 'formaction', 'ping'],
    IN_PLACE: true,
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      if (!/^(?:https?:|mailto:|#)/i.test((node.getAttribute('href') ?? '').trim())) node.removeAttribute('href');
      if (!node.getAttribute('href')?.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
});

export interface PreviewDocument {
  /** Its style sheets; the preview asks for the page without its @font-face rules (see PreviewTab). */
  css: string;
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
  const css = [...parsed.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  purifier().sanitize(parsed.body);
  const body = document.createDocumentFragment();
  body.append(...parsed.body.childNodes);
  return {
    css: retargetSelectors(css),
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
