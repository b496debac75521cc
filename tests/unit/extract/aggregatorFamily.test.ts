import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { ImportService } from '../../../src/core/import/importService.js';
import { openTestRevue } from '../helpers/openTestRevue';
import { tempArchivePath } from '../helpers/tempArchive.js';
import { articleFromPastedText } from '../../../src/core/import/pastedText.js';
import type { ExtractedArticle } from '../../../src/shared/domain.js';
import { fixture } from './fixtures.js';

/**
 * Press-digest pages laid out in many ways: the article is found by structure (headline, nearest
 * source line, source link), never in a teaser, a related list, a ticker or the reader comments.
 */
interface Case {
  file: string;
  title: string;
  siteName: string;
  date: string;
  url: string | null;
  starts: string;
  ends: string;
  paragraphs: number;
  without: string[];
}

const CASES: Case[] = [
  {
    file: 'fr-related-repeat.html',
    title: 'Les oliveraies de Tadrart face à la sécheresse',
    siteName: 'Le Quotidien du Sud',
    date: '2023-02-14',
    url: 'https://quotidien-sud.example/oliveraies-tadrart',
    starts: 'Dans la vallée de Tadrart',
    ends: 'avant la fin du mois.',
    paragraphs: 3,
    without: ['Articles similaires', "huile d'olive", 'barrage collinaire', 'coopératives féminines', 'Publié dans', 'Cliquez ici', 'PresseMaghreb'],
  },
  {
    file: 'ar-related-above.html',
    title: 'جامعة الواحات تفتتح مختبرا للطاقة الشمسية',
    siteName: 'العلم',
    date: '2022-06-05',
    url: 'https://alalam.example/news/labo-solaire',
    starts: 'افتتحت جامعة الواحات يوم الأحد',
    ends: 'من الموسم الجامعي المقبل.',
    paragraphs: 3,
    without: ['أسعار الخضر', 'النقل المدرسي', 'نشر في', 'اضغط هنا', 'أخبار ذات صلة'],
  },
  {
    file: 'fr-comments.html',
    title: 'La bibliothèque de Sidi Hamza restaurée',
    siteName: "L'Indépendant du Nord",
    date: '2019-10-09',
    url: 'https://digest.example.org/page',
    starts: 'Fermée depuis six ans',
    ends: 'dès le printemps prochain.',
    paragraphs: 3,
    without: ['commentaires', 'Karim', 'grand-père', 'horaires', 'presse locale', 'Digest Presse'],
  },
  {
    file: 'ar-comments-link-below.html',
    title: 'حملة لتنظيف شواطئ المدينة الساحلية',
    siteName: 'المساء',
    date: '2021-07-21',
    url: 'https://almassae.example/plage-nettoyage',
    starts: 'شارك مئات المتطوعين',
    ends: 'إلى غاية نهاية فصل الصيف.',
    paragraphs: 3,
    without: ['تعليقات القراء', 'سعيد', 'مبادرة رائعة', 'حاويات', 'اضغط هنا'],
  },
  {
    file: 'fr-ticker-lines.html',
    title: "Un nouveau pont relie les deux rives de l'oued Meskour",
    siteName: 'Le Reporter',
    date: '2021-03-16',
    url: 'https://lereporter.example/pont-meskour',
    starts: "Les habitants des douars situés de part et d'autre",
    ends: 'sont les premiers à s\'en réjouir.',
    paragraphs: 3,
    without: ['Grève des taxis', 'festival des roses', "L'Oriental Express", 'Les plus lus', 'Bac 2021', 'Cliquez ici'],
  },
  {
    file: 'fr-multi-teaser.html',
    title: 'Les marchés de nuit reviennent pendant le ramadan',
    siteName: 'Le Matin du Soir',
    date: '2024-05-11',
    url: 'https://matin-soir.example/marches-nuit',
    starts: 'Dans plusieurs quartiers de la ville',
    ends: 'chaque soir.',
    paragraphs: 3,
    without: ['salon du livre', 'Pêche artisanale', 'jeune chef', 'À la une', 'Revue Web Maghreb', 'Accueil'],
  },
  {
    file: 'fr-link-above.html',
    title: 'Les cigognes de retour plus tôt que prévu',
    siteName: 'Libération Sud',
    date: '2020-02-02',
    url: 'https://liberation-sud.example/cigognes',
    starts: 'Les ornithologues de la réserve de Merja',
    ends: 'mieux suivre la population.',
    paragraphs: 3,
    without: ['Cliquez ici', 'Partager', 'Facebook', 'WhatsApp'],
  },
  {
    file: 'ar-line-bottom-no-link.html',
    title: 'مهرجان الفروسية يستقطب آلاف الزوار',
    siteName: 'التجديد',
    date: '2018-08-18',
    url: 'https://digest.example.org/page',
    starts: 'استقطب مهرجان الفروسية التقليدية',
    ends: 'للموسيقى الشعبية.',
    paragraphs: 3,
    without: ['الأكثر قراءة', 'البكالوريا', 'نشر في', 'الطقس'],
  },
  {
    file: 'fr-image-report.html',
    title: "Ouverture d'une école de musique à Azrou",
    siteName: 'La Vie Régionale',
    date: '2017-09-03',
    url: 'https://lavie-regionale.example/ecole-musique-azrou',
    starts: 'Une école de musique publique',
    ends: 'dans la limite des places disponibles.',
    paragraphs: 3,
    without: ['Signaler', 'Merci d', 'automatiquement bloquée', 'Des élèves devant', 'Cliquez ici'],
  },
  {
    file: 'fr-table-loose-line.html',
    title: 'Les dattiers de Figuig protégés par un programme national',
    siteName: "L'opinion",
    date: '2015-04-22',
    url: 'https://lopinion.example/dattiers-figuig',
    starts: 'Un programme national de protection des palmeraies',
    ends: "après la récolte.",
    paragraphs: 3,
    without: ['Accueil', 'Politique', 'Copyright', 'Publié dans', 'Cliquez ici', 'Kiosque'],
  },
  {
    file: 'fr-line-above-headline.html',
    title: 'Une application pour signaler les nids-de-poule',
    siteName: 'Tel Quel Hebdo',
    date: '2022-11-30',
    url: 'https://digest.example.org/page',
    starts: 'La commune lance une application mobile',
    ends: "début de l'année prochaine.",
    paragraphs: 3,
    without: ['Sur le même sujet', 'Voirie', 'Le Citadin', 'Publié dans'],
  },
  {
    file: 'ar-most-read-teasers.html',
    title: 'وزارة الصحة تطلق حملة للتلقيح ضد الحصبة',
    siteName: 'الصباح',
    date: '2023-11-04',
    url: 'https://assabah.example/vaccin-rougeole',
    starts: 'أطلقت وزارة الصحة حملة وطنية',
    ends: 'خلال الأشهر الأخيرة.',
    paragraphs: 3,
    without: ['الأكثر قراءة', 'الطريق الساحلي', 'أسعار الحديد', 'الأخبار', 'اضغط هنا'],
  },
  {
    file: 'fr-date-first.html',
    title: 'La gare routière de Khénifra rouvre ses quais',
    siteName: "Le Journal de l'Atlas",
    date: '2021-09-14',
    url: 'https://journal-atlas.example/gare-khenifra',
    starts: 'Après dix-huit mois de travaux',
    ends: "avant la fin de l'année.",
    paragraphs: 3,
    without: ['Publié le', 'Midelt', 'Itzer', 'Autres articles', 'Les plus lus', 'Lire l'],
  },
  {
    file: 'ar-date-first.html',
    title: 'افتتاح سوق أسبوعي جديد بإقليم تاونات',
    siteName: 'الأحداث المغربية',
    date: '2019-04-22',
    url: 'https://ahdath.example/souk-taounate',
    starts: 'افتتح يوم الإثنين سوق أسبوعي جديد',
    ends: 'من شباب المنطقة.',
    paragraphs: 3,
    without: ['نشر بتاريخ', 'فاس', 'زيت الزيتون', 'مبادرة طيبة', 'اضغط هنا', 'مواضيع ذات صلة'],
  },
  {
    file: 'en-digest.html',
    title: 'Fishing fleet returns to Essaouira harbour',
    siteName: 'Atlantic Maritime Weekly',
    date: '2022-03-03',
    url: 'https://atlantic-maritime.example/essaouira-fleet',
    starts: 'The small-boat fishing fleet returned',
    ends: 'after the 2019 storms.',
    paragraphs: 3,
    without: ['Published in', 'Sardine', 'cold store', 'More from the press', 'Read the original'],
  },
];

function expectArticle(a: ExtractedArticle, c: Omit<Case, 'file'>): void {
  expect(a.title).toBe(c.title);
  expect(a.siteName).toBe(c.siteName);
  expect(a.publishedTime?.slice(0, 10)).toBe(c.date);
  expect(a.url).toBe(c.url);
  expect(a.text.startsWith(c.starts), a.text.slice(0, 120)).toBe(true);
  expect(a.text.endsWith(c.ends), a.text.slice(-120)).toBe(true);
  // Recall: every paragraph of the article is there, none cut off.
  expect(a.text.split('\n\n')).toHaveLength(c.paragraphs);
  for (const noise of c.without) expect(a.text, noise).not.toContain(noise);
}

describe('aggregator pages recognised by structure', () => {
  for (const c of CASES) {
    it(`finds the republished article in ${c.file}`, () => {
      expectArticle(extractArticle(fixture(`aggregator/${c.file}`), { url: 'https://digest.example.org/page' }), c);
    });
  }

  it('reads the source, date and headline from a digest page pasted as plain text (French)', () => {
    const a = articleFromPastedText(fixture('aggregator/fr-pasted.txt'));
    expectArticle(a, {
      title: 'Sécheresse : les barrages du Sud à 20 % de leur capacité',
      siteName: "L'opinion",
      date: '2022-07-08',
      url: null,
      starts: 'Le taux de remplissage des barrages',
      ends: 'dès la rentrée.',
      paragraphs: 4,
      without: ['pêcheurs de Tifnit', 'Merci d', 'automatiquement bloquée', 'Publié dans', 'Cliquez ici'],
    });
    expect(a.lang).toBe('fr');
  });

  it('reads the source, date and headline from a digest page pasted as plain text (Arabic)', () => {
    const a = articleFromPastedText(fixture('aggregator/ar-pasted.txt'));
    expectArticle(a, {
      title: 'تدشين محطة جديدة لتحلية مياه البحر',
      siteName: 'هسبريس',
      date: '2024-01-14',
      url: null,
      starts: 'دشنت السلطات المحلية',
      ends: 'للتزويد بالماء.',
      paragraphs: 3,
      without: ['صادرات الحوامض', 'شكرا على الإبلاغ', 'نشر في', 'اضغط هنا'],
    });
    expect(a.dir).toBe('rtl');
  });

  it('stores a pasted digest page under its real publication and date, through the import service', () => {
    const temp = tempArchivePath();
    const revue = openTestRevue({ dbPath: temp.dbPath });
    try {
      const outcome = new ImportService(revue.db).importPastedText(fixture('aggregator/fr-pasted.txt'));
      expect(outcome).toMatchObject({
        status: 'imported',
        article: { title: 'Sécheresse : les barrages du Sud à 20 % de leur capacité' },
      });
      if (outcome.status !== 'imported') return;
      // The publication registry spells the paper its own way; it is the paper, not the digest site.
      expect(outcome.article.siteName?.toLowerCase()).toBe("l'opinion");
      expect(outcome.article.publishedTime?.slice(0, 10)).toBe('2022-07-08');
    } finally {
      revue.close();
      temp.remove();
    }
  });
});
