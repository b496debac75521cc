/**
 * Arabic light stemming in the manner of light10 (Larkey, Ballesteros and Connell, "Light Stemming
 * for Arabic Information Retrieval", 2007): strip the article and the attached conjunctions and
 * prepositions at the front, then the common plural, feminine and pronoun endings, without any
 * dictionary of roots. Words go in already normalised by normalizeForSearch (no tashkeel, ة as ه,
 * ى as ي, hamza carriers folded), so the index and the queries stem the same strings.
 *
 * Beyond light10's lone و, the prepositions ب ك ل and the conjunction ف are taken off a word
 * without the article too ("بمدينة" is "مدينة" to a reader), and و/ف before بال كال لل. Whether
 * a first letter is a clitic or part of the word ("وزير", "كتاب") cannot be known without a
 * lexicon: the index takes the clitic reading, and a query looks up both readings
 * (arabicStemVariants), so neither form is lost.
 */

/** The article and light10's article-with-clitic combinations, longest first. */
const ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** After a leading conjunction (و ف): a preposition fused with the article. */
const FUSED_AFTER_CONJUNCTION = ['بال', 'كال', 'لل'];
const CONJUNCTIONS = new Set(['و', 'ف']);
const CLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);
/**
 * light10's endings in its order (ة and ية are ه and يه after normalisation), with the plural
 * pronoun هم after the singular ها; each is removed in turn when found.
 */
const SUFFIXES = ['ها', 'هم', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** light10 keeps at least two letters after removing an article or an ending... */
const MIN_AFTER_AFFIX = 2;
/** ...and three after a lone clitic letter. */
const MIN_AFTER_CLITIC = 3;

/** The word without its article (and a conjunction or preposition fused with it), if it has one. */
function withoutArticle(word: string): string | null {
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= MIN_AFTER_AFFIX) return word.slice(article.length);
  }
  if (CONJUNCTIONS.has(word[0] ?? '')) {
    const rest = word.slice(1);
    for (const fused of FUSED_AFTER_CONJUNCTION) {
      if (rest.startsWith(fused) && rest.length - fused.length >= MIN_AFTER_AFFIX) return rest.slice(fused.length);
    }
  }
  return null;
}

function withoutSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_AFTER_AFFIX) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * The light stem of a normalised Arabic word. `clitic: false` reads a first و ف ب ك ل as part of
 * the word rather than as an attached conjunction or preposition.
 */
export function arabicLightStem(word: string, clitic = true): string {
  const bare = withoutArticle(word);
  if (bare !== null) return withoutSuffixes(bare);
  if (clitic && CLITICS.has(word[0] ?? '') && word.length - 1 >= MIN_AFTER_CLITIC) return withoutSuffixes(word.slice(1));
  return withoutSuffixes(word);
}

/**
 * Every stem under which the index may hold the forms of this (normalised) query word: its own
 * stem, the stem read without a leading clitic, and the stem of its bare form with one ("الوزير"
 * must meet a bare "وزير", which the index stems as if و were a conjunction).
 */
export function arabicStemVariants(word: string): string[] {
  const variants = new Set([arabicLightStem(word, true), arabicLightStem(word, false)]);
  const bare = withoutArticle(word);
  if (bare !== null) variants.add(arabicLightStem(bare, true));
  return [...variants];
}
