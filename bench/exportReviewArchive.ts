// A temporary archive holding one review of N items (a third of them Arabic): the articles stored
// through the store's bulk path (benchSupport), the review composed through the contract as the
// app composes it. The export benchmark and the export test read it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchArchive, type BenchArchive } from '../src/core/benchSupport/index.js';
import { openRevue, type Revue } from '../src/core/revue.js';

const FR_SITES = ["L'Opinion", 'Le Matin', 'TelQuel', 'Médias24', 'Le360', 'Libération'];
const AR_SITES = ['هسبريس', 'الصباح', 'المساء', 'اليوم 24'];
const FR_TEXT =
  "Le gouvernement a présenté mardi un projet de loi de finances rectificative qui prévoit une hausse des dépenses d'investissement dans les régions. Les syndicats ont salué l'effort mais réclament des garanties sur l'emploi public.";
const AR_TEXT = 'أعلنت الحكومة يوم الثلاثاء عن مشروع قانون مالية معدل يتضمن زيادة في نفقات الاستثمار في الجهات. ورحبت النقابات بهذا المجهود لكنها طالبت بضمانات بشأن التشغيل في القطاع العام.';

export interface ExportArchive {
  revue: Revue;
  reviewId: number;
  date: string;
  /** The export's document model of the review (for timing the DOCX builder alone). */
  exportDocument: BenchArchive['exportDocument'];
  close(): Promise<void>;
}

/** Builds the archive in a temporary folder; close() removes it. */
export async function buildExportArchive(items: number, date = '2025-12-31'): Promise<ExportArchive> {
  const dir = mkdtempSync(join(tmpdir(), 'revue-export-'));
  const dbPath = join(dir, 'revue.sqlite');
  const now = `${date}T06:00:00Z`;
  const bench = openBenchArchive(dbPath);
  const ids = bench.addArticles(
    Array.from({ length: items }, (_, i) => {
      const arabic = i % 3 === 1;
      const siteName = arabic ? (AR_SITES[i % AR_SITES.length] ?? '') : (FR_SITES[i % FR_SITES.length] ?? '');
      const text = `${arabic ? AR_TEXT : FR_TEXT}\n\n${arabic ? AR_TEXT : FR_TEXT} ${i}`;
      return {
        url: `https://example.${arabic ? 'ma' : 'fr'}/article/${i}`,
        title: arabic ? `مشروع قانون المالية رقم ${i} أمام البرلمان` : `Loi de finances : le texte numéro ${i} arrive au Parlement`,
        byline: i % 2 === 0 ? (arabic ? 'محمد العلوي' : 'Ahmed Benali') : null,
        siteName,
        publishedTime: `2025-12-${String(20 + (i % 11)).padStart(2, '0')}`,
        lang: arabic ? 'ar' : 'fr',
        dir: arabic ? 'rtl' : 'ltr',
        text,
        html: `<p>${text}</p>`,
        importedAt: now,
      };
    }),
  );
  const revue = openRevue({ dbPath });
  await revue.call('settings.update', { organisation: 'Agence Maghreb Presse' });
  const created = await revue.call('reviews.create', { date, edition: '', lang: 'fr' });
  const sections = created.sections;
  // Spread the items over the review's sections, in order.
  const perSection = Math.ceil(items / Math.max(1, sections.length));
  for (let s = 0; s < sections.length; s++) {
    const chunk = ids.slice(s * perSection, (s + 1) * perSection);
    if (chunk.length > 0) await revue.call('reviews.addItems', { date, edition: '', articleIds: chunk, sectionId: sections[s]?.id, lang: 'fr' });
  }
  return {
    revue,
    reviewId: created.id,
    date,
    exportDocument: bench.exportDocument,
    close: async () => {
      bench.close();
      await revue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
