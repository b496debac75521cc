// A temporary archive holding one review of N items (a third of them Arabic), built through the
// same repository code and API handlers as the app: the export benchmark and the export test read it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textHash } from '../src/core/text/textFingerprint.js';
import { openRevue, type Revue } from '../src/core/revue.js';
import { insertArticle } from '../src/core/store/articleRepository.js';
import { writeSettings } from '../src/core/store/settingsRepository.js';
import { resolvePublication } from '../src/core/publications/resolvePublication.js';

const FR_SITES = ["L'Opinion", 'Le Matin', 'TelQuel', 'Médias24', 'Le360', 'Libération'];
const AR_SITES = ['هسبريس', 'الصباح', 'المساء', 'اليوم 24'];
const FR_TEXT =
  "Le gouvernement a présenté mardi un projet de loi de finances rectificative qui prévoit une hausse des dépenses d'investissement dans les régions. Les syndicats ont salué l'effort mais réclament des garanties sur l'emploi public.";
const AR_TEXT = 'أعلنت الحكومة يوم الثلاثاء عن مشروع قانون مالية معدل يتضمن زيادة في نفقات الاستثمار في الجهات. ورحبت النقابات بهذا المجهود لكنها طالبت بضمانات بشأن التشغيل في القطاع العام.';

export interface ExportArchive {
  revue: Revue;
  reviewId: number;
  date: string;
  close(): void;
}

/** Builds the archive in a temporary folder; close() removes it. */
export async function buildExportArchive(items: number, date = '2025-12-31'): Promise<ExportArchive> {
  const dir = mkdtempSync(join(tmpdir(), 'revue-export-'));
  const revue = openRevue({ dbPath: join(dir, 'revue.sqlite'), transport: 'http' });
  const now = `${date}T06:00:00Z`;
  writeSettings(revue.db, { organisation: 'Agence Maghreb Presse' });
  const ids = revue.db.transaction(() =>
    Array.from({ length: items }, (_, i) => {
      const arabic = i % 3 === 1;
      const siteName = arabic ? (AR_SITES[i % AR_SITES.length] ?? '') : (FR_SITES[i % FR_SITES.length] ?? '');
      const text = `${arabic ? AR_TEXT : FR_TEXT}\n\n${arabic ? AR_TEXT : FR_TEXT} ${i}`;
      return insertArticle(revue.db, {
        publicationId: resolvePublication(revue.db, { siteName, url: null }, now)?.id ?? null,
        storyId: null,
        url: `https://example.${arabic ? 'ma' : 'fr'}/article/${i}`,
        canonicalUrl: `https://example.${arabic ? 'ma' : 'fr'}/article/${i}`,
        title: arabic ? `مشروع قانون المالية رقم ${i} أمام البرلمان` : `Loi de finances : le texte numéro ${i} arrive au Parlement`,
        byline: i % 2 === 0 ? (arabic ? 'محمد العلوي' : 'Ahmed Benali') : null,
        siteName,
        publishedTime: `2025-12-${String(20 + (i % 11)).padStart(2, '0')}`,
        lang: arabic ? 'ar' : 'fr',
        dir: arabic ? 'rtl' : 'ltr',
        text,
        html: `<p>${text}</p>`,
        textHash: textHash(text),
        shingles: null,
        now,
      });
    }),
  )();
  const created = await revue.handlers['reviews.create']({ date, edition: '', lang: 'fr' });
  const sections = created.sections;
  // Spread the items over the review's sections, in order.
  const perSection = Math.ceil(items / Math.max(1, sections.length));
  for (let s = 0; s < sections.length; s++) {
    const chunk = ids.slice(s * perSection, (s + 1) * perSection);
    if (chunk.length > 0) await revue.handlers['reviews.addItems']({ date, edition: '', articleIds: chunk, sectionId: sections[s]?.id, lang: 'fr' });
  }
  return {
    revue,
    reviewId: created.id,
    date,
    close: () => {
      revue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
