import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

// The renderer's own sanitising of what the core sends, so that a bug or a gap in the core's
// sanitiser never becomes script in the UI.

/**
 * A DOMPurify instance of its own (its hooks and settings stay apart from the others'), made on
 * first use: each instance builds its allow-lists when made, which the app's start need not wait
 * for (the list shows no article body, and the preview is opened later if at all).
 */
export function purifierOnFirstUse(setup: (purifier: Purifier) => void): () => Purifier {
  let purifier: Purifier | null = null;
  return () => {
    if (!purifier) {
      purifier = DOMPurify(window);
      setup(purifier);
    }
    return purifier;
  };
}

const SAFE_LINK = /^(?:https?:|mailto:)/i;
let keepImages = false;

const articlePurifier = purifierOnFirstUse((purifier) =>
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      // Links leave only in a new window; Electron's main process hands http(s) to the system browser.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      node.removeAttribute('srcset');
      node.removeAttribute('sizes');
      const src = node.getAttribute('src');
      if (src !== null && !keepImages) {
        // Kept aside so that "show images" needs no new call; an image is a request to a third party.
        node.setAttribute('data-src', src);
        node.removeAttribute('src');
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  }),
);

// Set once: a config passed with each call is parsed again each time (DOMPurify rebuilds its
// allow-lists), which cost more than the sanitising itself for every row at every keystroke.
const snippetPurifier = purifierOnFirstUse((purifier) => purifier.setConfig({ ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [], KEEP_CONTENT: true }));

const ARTICLE_CONFIG = {
  FORBID_TAGS: [
    'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'video', 'audio', 'source', 'track',
    'dialog', 'noscript',
  ],
  // class and id would let a page restyle the app or clobber names; style could fetch.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'formaction', 'background', 'ping'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|gif|jpeg|webp);)/i,
  RETURN_DOM_FRAGMENT: true,
} as const;

/**
 * The article body as a DOM fragment ready to insert: no script, handler, form, frame or style;
 * links open in a new window; image sources moved to data-src unless `showImages`.
 */
export function sanitizeArticle(html: string, showImages: boolean): DocumentFragment {
  keepImages = showImages;
  try {
    return articlePurifier().sanitize(html, { ...ARTICLE_CONFIG, FORBID_TAGS: [...ARTICLE_CONFIG.FORBID_TAGS], FORBID_ATTR: [...ARTICLE_CONFIG.FORBID_ATTR] });
  } finally {
    keepImages = false;
  }
}

/** A search snippet: escaped text with <mark> and nothing else. */
export function sanitizeSnippet(html: string): string {
  return snippetPurifier().sanitize(html);
}
