import { PAYWALL_END } from './noiseLines.js';

/**
 * Headings and class names that open a part of the page which is not the article: related
 * articles, most-read lists, reader comments, "read also" boxes, tickers. One definition, used
 * both on the DOM (where an aggregator's article ends) and on text lines (trimBoilerplate).
 */

/** Headings that open the end matter of an article: nothing after them is body text. */
export const END_MARKERS = [
  /^(?:you (?:may|might) also like|related(?: (?:articles|stories|topics|posts|content|news))?|recent articles|latest news|more (?:stories|news|from \S.{0,30})|recommended(?: for you)?|popular this week|most (?:read|popular|viewed)|trending(?: now)?|tags|comments?|reader comments|leave a (?:comment|reply)|add a comment|join the conversation)\s*(?:\(\d+\))?\s*[:.…]*$/iu,
  /^(?:mehr zum thema|das könnte sie auch interessieren|weitere artikel|kommentare|schlagwörter(?: zu diesem artikel)?)\s*:?$/iu,
  /^(?:sur le même sujet|commentaires?|vos (?:commentaires|réactions)|réactions?|réagissez|réagir|laisser un commentaire|ajouter un commentaire|articles? (?:similaires|liés|en relation|associés)|dans la même rubrique|(?:les )?autres articles|(?:les )?plus lus|(?:les )?articles les plus (?:lus|consultés|partagés)|à la une|dernières (?:nouvelles|infos|actualités|dépêches)|en continu|fil info|vous aimerez aussi|nos dernières publications|derniers articles)\s*(?:\(\d+\))?\s*[:.…]*$/iu,
  /^(?:commenti|comentarios|relacionados?)\s*:?$/iu,
  // A list of sources closes the article: "Quellen:", "Sources :".
  /^(?:quellen?|sources?|fuentes?|fonti)\s*:$/iu,
  // A paywall's notice: what follows is the offer, not the article.
  PAYWALL_END,
  /^(?:مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|مواضيع مشابهة|أخبار مشابهة|الأكثر قراءة|الأكثر مشاهدة|الأكثر تعليقا|آخر الأخبار|أحدث الأخبار|التعليقات|تعليقات القراء|تعليقات|أضف تعليقك|أضف تعليقا|شارك برأيك|المزيد من الأخبار|في نفس الموضوع|في نفس السياق)\s*(?:\(\d+\))?\s*:?$/u,
  /^\d+\s+(?:comments?|kommentare|commentaires?|commenti|comentarios|réactions?|تعليقات|تعليق)$/iu,
];

/** True for a short heading that opens related articles, lists, comments or a paywall offer. */
export function isEndMarker(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 60 && END_MARKERS.some((r) => r.test(t));
}

/** Class or id words of boxes that are never the article: they hold teasers, lists, comments or widgets. */
export const NOT_ARTICLE_BOX =
  /(?:^|[\s_-])(?:comments?|commentaires?|reactions?|replies|respond|related|similar|similaires|associated|teasers?|most-?(?:read|viewed|popular)|plus-?lus|popular|trending|ticker|marquee|breaking|sidebar|side-?bar|widget|aside|lire-?aussi|read-?also|read-?more|more-?(?:news|articles|stories)|autres?-?articles|recommended|outbrain|taboola|newsletter|share|sharing|social|footer|nav|navigation|menu|breadcrumbs?|tags?|keywords)(?:$|[\s_-])/i;

/** Tags of page furniture (navigation, side boxes, forms) that never hold the article. */
export const NOT_ARTICLE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'FORM', 'MARQUEE', 'MENU']);
