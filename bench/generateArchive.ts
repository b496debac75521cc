// The generated archive of the search benchmark: French and Arabic news-like articles whose words
// follow Zipf's law (common words common, rare words rare), deterministic from one seed.

// Deterministic pseudo-random numbers (mulberry32), so two runs build the same archive.
let seed = 0x5eed;
export function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A vocabulary: real words at chosen ranks, invented ones elsewhere, sampled by Zipf's law (s = 1). */
class Vocabulary {
  private readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(size: number, placed: Record<number, string>, syllables: readonly string[], stopwords: readonly string[]) {
    const words: string[] = [...stopwords];
    const seen = new Set(words);
    for (const w of Object.values(placed)) seen.add(w);
    while (words.length < size) {
      const rank = words.length;
      const real = placed[rank];
      if (real !== undefined) {
        words.push(real);
        continue;
      }
      let word = '';
      const length = 2 + Math.floor(random() * 3);
      for (let i = 0; i < length; i++) word += pick(syllables);
      if (seen.has(word)) continue;
      seen.add(word);
      words.push(word);
    }
    this.words = words;
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = sum += 1 / (r + 1);
  }

  word(): string {
    const target = random() * (this.cumulative[this.cumulative.length - 1] ?? 1);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo] ?? '';
  }
}

const FR_STOP = ['de', 'la', 'le', 'et', 'les', 'des', 'en', 'du', 'un', 'une', 'à', 'a', 'est', 'pour', 'que', 'qui', 'dans', 'sur', 'par', 'au', 'pas', 'plus', 'ce', 'il', 'avec', 'ont', 'aux', 'sont', 'été', 'ne', 'se', 'selon', 'mais', 'cette', 'son', 'ses', 'leur', 'ou', 'comme', 'après'];
const FR_PLACED: Record<number, string> = {
  60: 'gouvernement', 90: 'ministre', 120: 'président', 150: 'parlement', 200: 'réforme', 300: 'économie',
  400: 'budget', 600: 'économique', 800: 'élections', 1000: 'syndicats', 1500: 'sécheresse', 2000: 'économiste',
  3000: 'inflation', 5000: 'déficit', 8000: 'céréales', 12000: 'phosphates',
};
const FR_SYLLABLES = ['ma', 'ré', 'con', 'té', 'pro', 'li', 'tion', 'ver', 'sa', 'mé', 'na', 'por', 'gé', 'ti', 'ca', 'lo', 'dé', 'mi', 'ne', 'ra', 'tu', 'vé', 'ment', 'ou', 'an', 'ses', 'ble', 'ère', 'che', 'pa'];
const AR_STOP = ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'كان', 'قد', 'بين', 'بعد', 'وقال', 'كما', 'أو', 'لا', 'ما'];
const AR_PLACED: Record<number, string> = {
  40: 'الحكومة', 80: 'الوزير', 150: 'البرلمان', 200: 'الاقتصاد', 300: 'الرئيس', 500: 'الميزانية',
  800: 'الانتخابات', 1200: 'المدرسة', 2000: 'الجفاف', 4000: 'التضخم', 8000: 'الفوسفات',
};
const AR_SYLLABLES = ['ال', 'م', 'ت', 'س', 'ر', 'ب', 'ن', 'ق', 'ع', 'ل', 'ك', 'ف', 'د', 'ح', 'ش', 'ج', 'ي', 'و', 'ا', 'ة', 'ص', 'ط'];
const TASHKEEL = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651'];

const FR = new Vocabulary(30_000, FR_PLACED, FR_SYLLABLES, FR_STOP);
const AR = new Vocabulary(30_000, AR_PLACED, AR_SYLLABLES, AR_STOP);
const FR_PHRASES = ['banque centrale', 'conseil des ministres', 'intelligence artificielle', 'loi de finances'];
const AR_PHRASES = ['البنك المركزي', 'مجلس الوزراء'];
const FR_SOURCES = Array.from({ length: 40 }, (_, i) => `Le Quotidien ${i + 1}`);
const AR_SOURCES = Array.from({ length: 15 }, (_, i) => `الصحيفة ${i + 1}`);

/** Some Arabic outlets vowel a word here and there. */
function maybeVowelled(word: string): string {
  if (random() > 0.05) return word;
  return [...word].map((ch) => ch + (random() < 0.5 ? pick(TASHKEEL) : '')).join('');
}

function sentence(arabic: boolean): string {
  const vocabulary = arabic ? AR : FR;
  const words: string[] = [];
  const length = 12 + Math.floor(random() * 14);
  for (let i = 0; i < length; i++) words.push(arabic ? maybeVowelled(vocabulary.word()) : vocabulary.word());
  if (random() < 0.004) words.splice(Math.floor(random() * words.length), 0, pick(arabic ? AR_PHRASES : FR_PHRASES));
  const text = words.join(' ');
  return (arabic ? text : text.charAt(0).toUpperCase() + text.slice(1)) + (random() < 0.1 ? ' ?' : '.');
}

export interface Generated {
  title: string;
  text: string;
  html: string;
  siteName: string;
  lang: 'fr' | 'ar';
  publishedTime: string | null;
  importedAt: string;
}

export const START = Date.parse('2024-01-01T00:00:00Z');
export const TWO_YEARS = 2 * 365 * 86_400_000;

export function generate(index: number, count: number): Generated {
  const arabic = random() < 0.3;
  const paragraphs: string[] = [];
  let length = 0;
  const target = 3000 + random() * 1200;
  while (length < target) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(arabic)).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  const published = START + (index / count) * TWO_YEARS + random() * 2 * 86_400_000;
  const title = sentence(arabic).slice(0, 90);
  const date = new Date(published).toISOString();
  return {
    title,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    siteName: arabic ? pick(AR_SOURCES) : pick(FR_SOURCES),
    lang: arabic ? 'ar' : 'fr',
    publishedTime: random() < 0.05 ? null : random() < 0.3 ? date.slice(0, 10) : `${date.slice(0, 19)}+01:00`,
    importedAt: new Date(published + random() * 86_400_000).toISOString(),
  };
}

