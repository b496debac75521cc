import type { ExtractedArticle } from '../../../src/shared/domain';
import type { Input, Method, Output } from '../../../src/shared/contract';
import { saveArticle } from '../../../src/core/import/saveArticle';
import { openTestRevue, type TestRevue as Revue } from './openTestRevue';
import { tempArchivePath } from './tempArchive';

/** A real archive in a temporary folder, driven through the contract as the UI drives it. */
export interface TestArchive {
  revue: Revue;
  dbPath: string;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  failure<M extends Method>(method: M, input: Input<M>): Promise<string>;
  /** Saves an article as an import would (at `importedAt`, default now) and returns its id. */
  addArticle(slug: string, overrides?: Partial<ExtractedArticle> & { importedAt?: Date }): number;
  /** Closes the archive and opens the same file again, as a restart of the app would. */
  reopen(): void;
  close(): void;
}

export interface TestArchiveOptions {
  /** The text of an article added without one; by default a text of its own per slug. */
  defaultText?: (slug: string) => string;
}

const WORDS = (
  'gouvernement réforme budget syndicats ministre région village école hôpital port usine récolte pluie ' +
  'tribunal élection conseil maire député festival musée stade équipe victoire défaite marché prix loyer ' +
  'banque crédit export frontière accord sommet rapport enquête police justice prison route train avion ' +
  'énergie solaire barrage forêt incendie sécheresse pêche université étudiants grève salaire retraite'
).split(' ');

/** A text of its own for each seed: two seeds never read as one story told twice. */
export function distinctText(seed: string): string {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const words: string[] = [];
  for (let i = 0; i < 120; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    words.push(WORDS[(state >>> 16) % WORDS.length] ?? 'mot');
  }
  return `${seed} : ${words.join(' ')}.`;
}

export function openTestArchive(options: TestArchiveOptions = {}): TestArchive {
  const temp = tempArchivePath();
  const open = (): Revue => openTestRevue({ dbPath: temp.dbPath });
  const defaultText = options.defaultText ?? distinctText;
  const archive: TestArchive = {
    revue: open(),
    dbPath: temp.dbPath,
    async call(method, input) {
      const result = await archive.revue.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async failure(method, input) {
      const result = await archive.revue.dispatch(method, input);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error.code;
    },
    addArticle(slug, { importedAt, ...overrides } = {}) {
      const text = overrides.text ?? defaultText(slug);
      const extracted: ExtractedArticle = {
        title: `Réforme ${slug}`,
        byline: 'Claire Martin',
        siteName: 'Le Quotidien',
        publishedTime: '2025-03-14',
        lang: 'fr',
        dir: 'ltr',
        html: `<p>${text}</p>`,
        url: `https://quotidien.example/${encodeURIComponent(slug)}`,
        ...overrides,
        text,
      };
      const outcome = saveArticle(archive.revue.db, extracted.url ?? slug, extracted, importedAt ?? new Date());
      if (outcome.status !== 'imported') throw new Error(`${slug}: ${outcome.status}`);
      return outcome.article.id;
    },
    reopen() {
      archive.revue.close();
      archive.revue = open();
    },
    close() {
      archive.revue.close();
      temp.remove();
    },
  };
  return archive;
}
