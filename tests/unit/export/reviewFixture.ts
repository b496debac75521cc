// A small press review written for the export tests: French and Arabic items in three sections,
// quotes, comments, a publication that appears twice, an item whose headline was rewritten.
import type { Review, ReviewItem, ReviewItemArticle } from '../../../src/shared/domain.js';

const LOREM_FR =
  "Le gouvernement a présenté mardi un projet de loi de finances rectificative qui prévoit une hausse des dépenses d'investissement dans les régions. Les syndicats ont salué l'effort mais réclament des garanties sur l'emploi public, tandis que l'opposition dénonce un budget « sans cap ». Le texte sera examiné en commission dès la semaine prochaine.";
export const LOREM_AR =
  'أعلنت الحكومة يوم الثلاثاء عن مشروع قانون مالية معدل يتضمن زيادة في نفقات الاستثمار في الجهات. ورحبت النقابات بهذا المجهود لكنها طالبت بضمانات بشأن التشغيل في القطاع العام، في حين انتقدت المعارضة ميزانية بلا رؤية واضحة. وسيناقش النص في اللجنة ابتداء من الأسبوع المقبل.';

interface ItemSpec {
  section: number;
  headline: string;
  title?: string;
  site: string;
  byline?: string | null;
  published: string;
  lang: 'fr' | 'ar';
  quotes?: string[];
  comment?: string;
  alsoIn?: string[];
  paragraphs?: number;
}

export const SPECS: ItemSpec[] = [
  {
    section: 1,
    headline: 'Loi de finances : le gouvernement revoit sa copie',
    title: 'Budget rectificatif : ce que prévoit le texte',
    site: "L'Opinion",
    byline: 'Ahmed Benali',
    published: '2016-11-05T09:30:00+01:00',
    lang: 'fr',
    quotes: ["Nous n'avons pas d'autre choix que d'investir maintenant", 'La dette restera sous contrôle'],
    comment: 'À suivre : le vote en commission mardi prochain ; la majorité est divisée.',
    alsoIn: ['Le Matin', 'Hespress'],
    paragraphs: 3,
  },
  { section: 1, headline: 'مشروع قانون المالية المعدل أمام البرلمان', site: 'هسبريس', byline: 'محمد العلوي', published: '2016-11-05', lang: 'ar', quotes: ['لا خيار أمامنا سوى الاستثمار الآن'], comment: 'Version arabe du même sujet, plus critique envers la majorité.', paragraphs: 2 },
  { section: 1, headline: 'Les régions réclament plus de moyens', site: 'Le Matin', published: '2016-11-04T18:00:00Z', lang: 'fr', paragraphs: 4 },
  { section: 2, headline: 'Sécheresse : les agriculteurs inquiets pour la saison', site: "L'Opinion", byline: 'Salma Idrissi', published: '2016-11-04', lang: 'fr', quotes: ['Les barrages sont à 30 % de leur capacité'], paragraphs: 5 },
  { section: 2, headline: 'الجفاف يهدد الموسم الفلاحي', site: 'الصباح', byline: null, published: '2016-11-03', lang: 'ar', paragraphs: 3 },
  { section: 3, headline: 'Festival du film : le palmarès dévoilé', site: 'TelQuel', byline: 'Karim Saadi', published: '2016-11-05', lang: 'fr', comment: 'Belle couverture, photos à demander ?', paragraphs: 2 },
];

const ARABIC_ORDINALS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];

export const SECTION_NAMES = ['À la une', 'Économie', 'Culture'];

/**
 * A day's review as an editor composed it for issue #12: 11 items, French and Arabic, in six
 * sections, short and long chapeaux, quotes in both languages, a few comments.
 */
export const DAY_SPECS: ItemSpec[] = [
  ...SPECS.slice(0, 2),
  { section: 2, headline: 'Élections partielles : la participation en baisse', site: 'Le Matin', byline: 'Nadia Berrada', published: '2016-11-05', lang: 'fr', paragraphs: 1 },
  { section: 2, headline: 'الأحزاب تستعد للانتخابات الجزئية', site: 'الصباح', published: '2016-11-04', lang: 'ar', quotes: ['نسبة المشاركة ستكون حاسمة'], paragraphs: 1 },
  { section: 3, headline: 'Sommet africain : Rabat accueille les chefs d’État', site: 'TelQuel', published: '2016-11-05', lang: 'fr', paragraphs: 2 },
  { section: 4, headline: 'Sécheresse : les agriculteurs inquiets pour la saison', site: "L'Opinion", byline: 'Salma Idrissi', published: '2016-11-04', lang: 'fr', quotes: ['Les barrages sont à 30 % de leur capacité'], paragraphs: 2 },
  { section: 4, headline: 'الجفاف يهدد الموسم الفلاحي', site: 'هسبريس', published: '2016-11-03', lang: 'ar', paragraphs: 1 },
  { section: 4, headline: 'Les banques relèvent leurs taux', site: 'Médias24', published: '2016-11-05', lang: 'fr', comment: 'Chiffres à vérifier auprès de Bank Al-Maghrib.', paragraphs: 1 },
  { section: 5, headline: 'Santé : les urgences saturées', site: 'Le Matin', published: '2016-11-05', lang: 'fr', paragraphs: 2 },
  { section: 5, headline: 'إضراب الأطباء يدخل أسبوعه الثاني', site: 'هسبريس', byline: 'كتب سعيد', published: '2016-11-05', lang: 'ar', paragraphs: 1 },
  ...SPECS.slice(5).map((spec) => ({ ...spec, section: 6 })),
];

export const DAY_SECTIONS = ['À la une', 'National', 'International', 'Économie', 'Société', 'Culture'];

/** The day's review of DAY_SPECS in DAY_SECTIONS, in the given layout. */
export function dayReview(layout: Review['layout'] = 'sections'): Review {
  return { ...reviewOf(DAY_SPECS, DAY_SECTIONS, 1), layout };
}

/** The fixture review; `repeat` makes it longer (each spec repeated) for pagination tests. */
export function fixtureReview(repeat = 1): Review {
  return reviewOf(SPECS, SECTION_NAMES, repeat);
}

function reviewOf(specs: ItemSpec[], sectionNames: string[], repeat: number): Review {
  const articles: Record<number, ReviewItemArticle> = {};
  const quotes: Review['quotes'] = {};
  const items: ReviewItem[] = [];
  let quoteId = 100;
  for (let r = 0; r < repeat; r++) {
    specs.forEach((spec, index) => {
      const id = r * specs.length + index + 1;
      // Arabic copies are told apart by an ordinal word: no digits or brackets for bidi to reorder.
      const suffix = repeat > 1 ? (spec.lang === 'ar' ? ` ${ARABIC_ORDINALS[r % ARABIC_ORDINALS.length]}` : ` (${r + 1})`) : '';
      const body = spec.lang === 'ar' ? LOREM_AR : LOREM_FR;
      articles[id] = {
        id,
        title: (spec.title ?? spec.headline) + suffix,
        siteName: spec.site,
        byline: spec.byline ?? null,
        publishedTime: spec.published,
        lang: spec.lang,
        dir: spec.lang === 'ar' ? 'rtl' : 'ltr',
        url: `https://example.${spec.lang === 'ar' ? 'ma' : 'fr'}/article/${id}?utm=x`,
        alsoIn: spec.alsoIn ?? [],
        deleted: false,
      };
      const quoteIds = (spec.quotes ?? []).map((exact) => {
        const qid = quoteId++;
        quotes[qid] = { id: qid, exact, note: '' };
        return qid;
      });
      items.push({
        id,
        sectionId: spec.section,
        articleId: id,
        position: r * 10 + index,
        headline: spec.headline + suffix,
        summary: Array.from({ length: spec.paragraphs ?? 1 }, () => body).join('\n\n'),
        summaryFromArticle: false,
        comment: spec.comment ?? '',
        quoteIds,
      });
    });
  }
  return {
    id: 1,
    date: '2025-12-31',
    edition: 'matin',
    title: 'Revue de presse du mercredi 31 décembre 2025',
    intro: "Une journée dominée par le budget : la loi de finances rectificative arrive au Parlement.\n\nÀ noter aussi, l'inquiétude des agriculteurs face à la sécheresse.",
    layout: 'sections',
    createdAt: '2025-12-31T06:00:00Z',
    updatedAt: '2025-12-31T07:00:00Z',
    sections: sectionNames.map((name, i) => ({ id: i + 1, name, position: i })),
    items,
    articles,
    quotes,
    canUndo: false,
    canRedo: false,
  };
}
