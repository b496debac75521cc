import { isWeekday, monthNumber, normaliseWord } from './monthNames.js';

/**
 * Lines that a page prints inside or around the article but that are not the article: the
 * paywall's notices, "read also" teasers, tag and breadcrumb lines, share buttons and the comment
 * policy, picture credits, "last updated" and print-version lines, the masthead of a printed page,
 * live-blog controls, the signature lines of embedded posts, the publisher's calls to action. Each family is one list of patterns,
 * in French, Arabic and English, matched on a whole line (a paragraph of the rendered text).
 */

/** A share of the article still to read, as paywalls print it: "57 %", "57.09%", "٥٧٪". */
const PERCENT_LEFT = '\\p{Nd}+(?:[.,٫]\\p{Nd}+)?\\s*[%٪]';
/** The paywall's notice that the rest of the article is for subscribers: what follows it is the offer. */
export const PAYWALL_END = new RegExp(
  `^(?:il vous reste ${PERCENT_LEFT} de (?:cet |l['’])article à lire|la suite (?:de cet article )?est réservée aux abonnés|the rest of this article is for subscribers|subscribe to continue reading|you have ${PERCENT_LEFT} (?:of this article )?left to read|(?:تبقى|يتبقى) (?:لك )?${PERCENT_LEFT} من)`,
  'iu',
);

const PAYWALL = [
  /^(?:cet )?(?:article|contenu|reportage|enquête|entretien) (?:est )?réservée? (?:aux|à nos) abonnés\.?$/iu,
  /^(?:réservé aux abonnés|abonnés|édition abonnés|premium|exclusif abonnés)\.?$/iu,
  /^(?:déjà abonnée?|vous êtes (?:déjà )?abonnée?)\s*\??\s*(?:[-–—|]\s*)?(?:se connecter|connectez-vous|identifiez-vous|je me connecte)?\.?$/iu,
  /^(?:abonnez-vous|s['’]abonner|je m['’]abonne|découvrir les offres|voir les offres|profitez de notre offre)\b.{0,80}$/iu,
  /^la suite (?:de cet article )?est réservée aux abonnés\.?.{0,80}$/iu,
  /^(?:subscribers? only|for subscribers|premium(?: content)?|exclusive to subscribers|already a (?:subscriber|member)\??.{0,30}|subscribe (?:now|today|to continue reading)\b.{0,60}|sign in to (?:continue|keep) reading.{0,40}|create a free account to continue reading.{0,40})\.?$/iu,
  /^this (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)(?: only)?\.?$/iu,
  /^(?:هذا|هذه) (?:المقال|المحتوى|المادة|القصة) (?:حصري|حصرية|متاح|متاحة|مخصص|مخصصة) (?:ل|لل)?(?:المشتركين|مشتركينا|مشتركي)(?: فقط)?\.?$/u,
  /^(?:اشترك الآن|اشترك|للمشتركين فقط|حصري للمشتركين|أنت مشترك بالفعل\s*[؟?]?.{0,30}|سجل الدخول لمتابعة القراءة.{0,30})\.?$/u,
  /^(?:تبقى|يتبقى) (?:لك )?\p{Nd}+\s*[%٪] من (?:هذا )?المقال.{0,30}$/u,
];

/** Labels that announce a link to another article. */
const READ_ALSO_LABEL =
  '(?:à lire aussi|lire aussi|à lire également|lire également|à voir aussi|voir aussi|à voir également|sur le même sujet|notre dossier|read also|also read|read more|see also|related|read next|more on this|don[\'’]t miss|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا|إقرأ ايضا|اقرأ كذلك|اقرأ المزيد|طالع أيضا|طالع أيضاً|شاهد أيضا|شاهد أيضاً|مواضيع ذات صلة|للمزيد)';

/** The label alone on its line: the headline follows on the next line. */
export const READ_ALSO_ALONE = new RegExp(`^${READ_ALSO_LABEL}\\s*[:.…»>|\\-–—]*$`, 'iu');
const READ_ALSO_INLINE = new RegExp(`^[\\[(«]?\\s*${READ_ALSO_LABEL}\\s*[\\])»]?\\s*(?:[:|.»>\\-–—]+|\\.\\.+|…)\\s*\\S.{0,220}$`, 'iu');

const TAGS_AND_CRUMBS = [
  /^(?:tags?|mots[- ]clés?|mots clefs|thèmes?|sujets?|topics?|keywords?|filed under|classé sous|الوسوم|وسوم|كلمات مفتاحية|كلمات دلالية|الكلمات المفتاحية)\s*:\s*.{1,250}$/iu,
  /^(?:accueil|home|homepage|الرئيسية|الصفحة الرئيسية)\s*[>›»|/]\s*.{1,150}$/iu,
  // Three or more short segments joined by arrows or slashes: "Actualités › Monde › Afrique".
  /^[\p{L}\p{N}'’ .&-]{1,30}(?:\s*[>›»]\s*[\p{L}\p{N}'’ .&-]{1,30}){2,}$/u,
];

const SOCIAL = '(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|messenger|flipboard|bluesky|threads|فيسبوك|تويتر|واتساب|تلغرام|لينكدإن)';
const SHARE_AND_POLICY = [
  new RegExp(`^(?:partager|partagez|partager (?:sur|par e-?mail|(?:ce|cet|cette|l['’])\\s*(?:article|contenu|post|message|publication|vidéo|page|direct))|share|share (?:this|on|via)(?: article| story| page| post| update| video)?|tweet|e-?mail|imprimer|print|copier le lien|copy link|lien copié|link copied|شارك|شارك(?:وا)?(?: هذا| هذه)? (?:المقال|الخبر|المنشور|التحديث|الفيديو|الصفحة|التدوينة|على)|مشاركة|طباعة|أرسل لصديق|نسخ الرابط)\\s*[:.]?(?:\\s*${SOCIAL}\\s*[,|·•]?)*$`, 'iu'),
  new RegExp(`^(?:${SOCIAL}\\s*[,|·•/]?\\s*){2,}$`, 'iu'),
  /^(?:réagir|réagissez|commenter|laisser un commentaire|ajouter un commentaire|add a comment|leave a comment|post a comment|أضف تعليقك|أضف تعليقا|اترك تعليقا)\s*[.:!]*$/iu,
];
/** The comment policy is a sentence or two: matched by what it says, anywhere in a line of moderate length. */
const COMMENT_POLICY =
  /(?:commentaires? (?:sont|est) (?:modérés?|soumis|publiés? après)|charte (?:de modération|des commentaires|d['’]utilisation des commentaires)|modération a priori|comment(?:s|ing)? (?:policy|guidelines)|comments are (?:moderated|closed|subject to|reviewed)|community (?:guidelines|standards)|(?:we|please) (?:welcome|encourage|keep) (?:your )?comments|سياسة (?:التعليقات|التعليق)|التعليقات (?:لا تعبر|المنشورة|تخضع)|لا تعبر (?:التعليقات )?عن (?:رأي|وجهة نظر|آراء)|(?:يرجى|نرجو) (?:الالتزام|مراعاة|احترام) .{0,60}(?:التعليق|النقاش))/iu;

/**
 * A comment policy worded otherwise: it speaks of comments and of their rules or moderation, and it
 * speaks to the reader ("vous", "your", "ننصحك"), which a news sentence about moderation does not.
 */
const POLICY_PARTS = [
  /(?<![\p{L}])(?:commentaires?|comments?|commenting|تعليقات|التعليقات|التعليق|تعليقك|تعليقاتكم)(?![\p{L}])/iu,
  /(?:modér|moderat|charte|règles|conditions d['’]utilisation|guidelines|policy|rules|terms of (?:use|service)|reviewed|review|مراجعة|إرشادات|ارشادات|سياسة|شروط|قواعد|الإشراف|حذف|نشرها)/iu,
  /(?<![\p{L}])(?:vous|votre|vos|you|your|please|merci de|ننصحك|ننصحكم|نرجو|يرجى|نرحب|ترحب|نتمنى|عزيزي|عزيزتي)(?![\p{L}])/iu,
];
function addressesCommenters(line: string): boolean {
  return POLICY_PARTS.every((r) => r.test(line));
}

const CREDITS = [
  /^(?:photo|photos|crédit photo|crédits? photos?|crédit|crédits|image|images|illustration|source photo|copyright|credit|credits|photograph|picture|pictures|getty images|afp photo|ap photo|reuters photo|صورة|الصورة|صور|مصدر الصورة|حقوق الصورة|تصوير)\s*[:/©|–—-]\s*.{1,80}$/iu,
  /^(?:©|\(c\)|copyright ©?)\s*\S.{0,80}$/iu,
  /^(?:photo|image|صورة|الصورة)\s+(?:d['’]illustration|d['’]archives?|non contractuelle|أرشيفية|تعبيرية|من الأرشيف|توضيحية)\.?$/iu,
  /^\((?:photo|image|crédit|credit|صورة)\s*:?[^)]{1,60}\)$/iu,
];

/** The labels a print version puts before the article's address ("URL de l'article : http://…"). */
const PRINTED_URL_LABEL =
  "(?:url de l['’]article|adresse de l['’]article|adresse url|lien de l['’]article|lien permanent|article url|source url|permalink|printed from|(?:article |page )?imprimée? (?:depuis|à partir de)|cet article est disponible à l['’]adresse|رابط (?:المقال|الخبر|المادة|دائم)|الرابط المختصر|طبع من)";
/** The line alone; a bare "URL" or "الرابط" label counts there too. */
const PRINTED_URL = new RegExp(`^(?:${PRINTED_URL_LABEL}|url|الرابط)\\s*:?\\s*((?:https?:\\/\\/|www\\.)\\S+)$`, 'iu');
const PRINTED_URL_ANYWHERE = new RegExp(`${PRINTED_URL_LABEL}\\s*:?\\s*((?:https?:\\/\\/|www\\.)[^\\s<>"]+)`, 'iu');

/** The address a print version states in its text ("URL de l'article : http://…", "Article imprimé depuis …"), or null. */
export function printedUrl(text: string): string | null {
  const m = PRINTED_URL_ANYWHERE.exec(text);
  if (!m?.[1]) return null;
  try {
    return new URL(m[1].startsWith('www.') ? `http://${m[1]}` : m[1]).href;
  } catch {
    return null;
  }
}

const UPDATED_AND_PRINT = [
  /^(?:mis à jour|mise à jour|dernière mise à jour|actualisé|modifié|last updated|updated|last modified|published|posted|publié|publiée|آخر تحديث|تم التحديث|تحديث|تاريخ النشر|نشر بتاريخ|تاريخ التحديث|محدث)(?![\p{L}]).{0,90}\p{Nd}.{0,40}$/iu,
  PRINTED_URL,
  /^(?:printed from|imprimé depuis|طبع من)\s.{1,80}$/iu,
  /^(?:version imprimable|imprimer (?:cet article|la page)|print (?:this )?(?:article|page)|fermer (?:la fenêtre|cette fenêtre)|close (?:this )?window|retour à l['’]article|back to (?:the )?article|نسخة (?:للطباعة|قابلة للطباعة)|إغلاق النافذة|العودة إلى المقال)\.?$/iu,
];
/** The words that say a dateline is a publication or update stamp. */
const STAMP_LABEL =
  /(?<![\p{L}])(?:dernière mise à jour|mis à jour|mise à jour|actualisé|modifié|publié|publiée|last updated|updated|published|posted|modified|آخر تحديث|تم التحديث|تحديث|تاريخ النشر|نشر بتاريخ|نشر في|نشر)(?![\p{L}])/giu;
/** Words a dateline holds around its dates and times: connectors and time zones. */
const DATELINE_FILLER = new Set(['le', 'la', 'à', 'a', 'au', 'du', 'de', 'et', 'h', 'at', 'on', 'and', 'the', 'of', 'في', 'على', 'الساعة', 'الساعه', 'و', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'pst', 'bst', 'am', 'pm', 'ص', 'م']);

/**
 * A publication or update stamp set as a line of its own, whatever its order: "Mercredi 28 août 2013,
 * mis à jour à 14 h", "Published 3 March 2025, updated 14:00 GMT", "الأربعاء، 28 آب/اغسطس 2013، آخر
 * تحديث 14:00 (GMT+0400)". Besides its label it holds only dates, weekdays, times and connectors.
 */
function isDateline(line: string): boolean {
  if (line.length > 140) return false;
  const unlabelled = line.replace(STAMP_LABEL, ' ');
  if (unlabelled === line || !/\p{Nd}/u.test(unlabelled)) return false;
  const words = unlabelled.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.every((w) => {
    const n = normaliseWord(w);
    return DATELINE_FILLER.has(n) || isWeekday(n) || monthNumber(n) !== undefined;
  });
}

/** The masthead of a printed page: an issue number, a page number, an edition line. */
const MASTHEAD = [
  // An issue number with a date between separators: "Le Quotidien — N° 4521 — mardi 12 mars 2024".
  /^(?=.*(?:\bN[°º]\s*\d+|\bno\.?\s*\d+|\bnuméro\s+\d+|\bissue\s+(?:no\.?\s*)?\d+|العدد\s*:?\s*\p{Nd}+))(?=.*\p{Nd}{4})(?=(?:.*\s[—–|•·-]\s){2}).{0,160}$/iu,
  /^(?:page|p\.|الصفحة|صفحة)\s*\p{Nd}+(?:\s*(?:\/|sur|of|من)\s*\p{Nd}+)?$/iu,
  /^(?:édition|edition|الطبعة|طبعة)\s+(?:du|of|de|ال)?.{0,60}\p{Nd}.{0,30}$/iu,
];

/** A live blog's post time on a line of its own ("18:05", "9h30"): the metadata holds the dates. */
const TIME_ONLY = /^(?:[01]?\d|2[0-3])\s*[:hH]\s*[0-5]\d$/u;

const LIVE_CONTROLS =
  /^(?:afficher plus|voir plus|charger plus|lire la suite|plus de (?:posts|messages|mises à jour)|afficher les (?:nouveaux )?(?:posts|messages|mises à jour)|\d+ nouveaux? (?:posts?|messages?)|nouveaux? (?:posts?|messages?)|actualiser|rafraîchir|épinglé|post épinglé|message épinglé|en direct|direct|suivez notre direct|mise à jour automatique|moments? clés?|les moments clés|retour au direct|load more|show more|see more|read more|show (?:\d+ )?new (?:posts?|updates?)|\d+ new (?:posts?|updates?)|new posts?|refresh|pinned(?: post)?|live|live updates|key events|show key events only|auto-?(?:refresh|update)|back to (?:top|live)|turn on javascript.{0,60}|(?:chargement|charger|afficher|voir) (?:des|les) (?:posts?|messages?|mises à jour|publications?) (?:précédent(?:e?s)?|plus anciens|plus anciennes|antérieur(?:e?s)?)|(?:loading|load|show|see) (?:more |earlier |older |previous )?(?:posts|updates|entries)(?: below)?|تحميل (?:المنشورات|التحديثات|المزيد من المنشورات)(?: السابقة)?|عرض المزيد|تحميل المزيد|المزيد|مباشر|تغطية مباشرة|تحديث تلقائي|تثبيت|مثبت|أحداث رئيسية|منشورات جديدة)\s*[.!…»>]*$/iu;

const EMBEDS = [
  /^(?:view this post on instagram|voir cette publication sur instagram|afficher cette publication sur instagram|عرض هذه المشاركة على (?:انستغرام|إنستغرام|instagram))$/iu,
  /^(?:a post shared by|une publication partagée par|publication partagée par|منشور (?:تمت مشاركته|شاركه) (?:بواسطة|من قبل)|منشور مشترك من قبل)\s.{1,100}$/iu,
  /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{3,40}$/u,
  /^.{0,200}\bpic\.twitter\.com\/\w+.{0,60}$/iu,
  /^(?:watch on youtube|regarder sur youtube|voir sur youtube|شاهد على يوتيوب|this content is not available.{0,60}|ce contenu n['’]est pas disponible.{0,80}|accept(?:ez)? (?:the )?cookies? (?:pour|to) (?:voir|view|afficher) ce contenu.{0,40}|cliquez pour (?:voir|afficher) (?:le contenu|la vidéo).{0,40})\.?$/iu,
];

/**
 * The publisher's calls to action set between paragraphs: "click here" to subscribe or read more,
 * newsletter and app prompts, "continue reading below" over an advertisement.
 */
const PROMOTIONS = [
  /^(?=.{0,160}$)(?=.*(?<!\p{L})(?:subscribe|newsletter|sign up|read more|app|follow us|abonnez|abonner|inscrivez|téléchargez|suivez-nous|اشترك|النشرة|تطبيق|تابعونا|تابعنا)).*(?<!\p{L})(?:click(?:ing)? here|tap here|cliquez ici|cliquant ici|اضغط هنا|انقر هنا)(?!\p{L}).*$/iu,
  // The label over an advertisement's slot, alone on its line.
  /^(?:publicité|pub|annonce|contenu sponsorisé|sponsorisé|advertisement|advert|ad|sponsored(?: content)?|anzeige|publicidad|إعلان|اعلان|محتوى (?:ممول|إعلاني))$/iu,
  /^(?:continue reading(?: below| the main story)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|advertisement - scroll to continue|la suite après (?:cette )?(?:la )?publicité|يتواصل المقال بعد الإعلان)\.?$/iu,
  /^(?:sign up|subscribe|register|inscrivez-vous|abonnez-vous|اشترك|سجل)\s+(?:now |today |free |gratuitement )?(?:for|to|à|في|ل)\s+(?:our|the|notre|nos|la|les|(?=ال))\s*.{0,60}(?:newsletters?|lettres? d['’]information|النشرة(?: البريدية| الإخبارية)?).{0,80}$/iu,
  /^get (?:the latest|our|the best).{0,80}\b(?:in|to|delivered to) your inbox\b.{0,100}$/iu,
  /^(?:recevez|retrouvez) .{0,60}(?:dans votre boîte (?:mail|aux lettres)|chaque (?:matin|jour|semaine) par (?:e-?mail|courriel)).{0,80}$/iu,
];

/**
 * A caption that ends on its picture's credit in brackets ("… (AP Photo/Jane Roe, File)", "… [File:
 * Reuters]", "… (Photo : AFP)", "… (Getty Images)", "… (صورة: رويترز)"): the credit's own wording,
 * not a word in brackets ("(photo below)"), marks it.
 */
const CAPTIONED_CREDIT =
  /[([](?:(?:\p{Lu}[\p{L}.]*\s)?(?:photo|foto|file|image|picture|crédit photo)s?\s*(?:by\s|[/:：])|[^()[\]]{0,60}getty images|[^()[\]]{0,60}\/\s*(?:afp|ap|reuters|epa)\b|(?:صورة|الصورة|تصوير)\s*:)[^()[\]]{0,80}[)\]]\s*\.?$/iu;
/** A link to another article tagged with its kind in capitals: "Plague fears grow [INSIGHT]", "Les images du port [VIDÉO]", "… [فيديو]". */
const TAGGED_TEASER = /^.{8,200}\s\[(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})?|فيديو|صور|شاهد)\]\s*\|?$/u;
/** Account and author-box furniture: "Sign in", "Se connecter", "More articles from Jane Roe", "تسجيل الدخول". */
const ACCOUNT_AND_AUTHOR_BOX = [
  /^(?:sign in|log in|login|sign up|register|se connecter|connexion|s['’]inscrire|mon compte|my account|تسجيل الدخول|دخول|حسابي|إنشاء حساب)$/iu,
  /^(?:more (?:articles|stories|posts) (?:from|by)|all (?:articles|stories|posts) by|plus d['’]articles de|tous les articles de|les articles de|المزيد من (?:مقالات|أخبار)|كل مقالات|جميع مقالات|مقالات)\s+\S.{0,60}$/iu,
];
/** The copyright line closing a page: "© Le Matin 2015 - Tous droits réservés", "Copyright X. All rights reserved." */
const RIGHTS = /(?:all rights reserved|tous droits réservés|droits de reproduction réservés|reproduction interdite|جميع الحقوق محفوظة|الحقوق محفوظة)/iu;

const MAX_NOISE_CHARS = 300;

/** True for a line that belongs to the page's furniture (paywall, share, credits, print, live controls, embeds) and never to the article. */
export function isNoiseLine(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  if (!t) return false;
  // Left to trimBoilerplate, which needs the lines around them: the paywall's end, the label before a teaser.
  if (isPaywallEnd(t) || READ_ALSO_ALONE.test(t)) return false;
  if (t.length <= 120 && (LIVE_CONTROLS.test(t) || TIME_ONLY.test(t))) return true;
  if (t.length > 500) return false;
  if (COMMENT_POLICY.test(t) || addressesCommenters(t)) return true;
  if (t.length > MAX_NOISE_CHARS) return false;
  if (t.length <= 160 && RIGHTS.test(t)) return true;
  if (READ_ALSO_INLINE.test(t) || TAGGED_TEASER.test(t) || ACCOUNT_AND_AUTHOR_BOX.some((r) => r.test(t))) return true;
  // A caption is one or two sentences; a paragraph is longer.
  if (CAPTIONED_CREDIT.test(t)) return true;
  for (const family of [PAYWALL, TAGS_AND_CRUMBS, SHARE_AND_POLICY, EMBEDS, PROMOTIONS]) if (family.some((r) => r.test(t))) return true;
  if (isDateline(t)) return true;
  if (t.length <= 160 && [...CREDITS, ...UPDATED_AND_PRINT, ...MASTHEAD].some((r) => r.test(t))) {
    // A dateline or credit is short; a sentence that happens to start with "Publié" or "Photo" has a verb and a full stop.
    return !/[.!?؟]\s+\p{L}{2,}/u.test(t);
  }
  return false;
}

/** True for the paywall line after which the page shows the offer rather than the article. */
export function isPaywallEnd(line: string): boolean {
  return PAYWALL_END.test(line.trim());
}
