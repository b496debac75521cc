import { z } from 'zod';

/** `--attach pdf,docx` as the list of documents to attach (empty: none). */
export const attachOption = z
  .string()
  .transform((s) => s.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.enum(['pdf', 'docx'], { message: 'pdf ou docx attendu' })).max(2))
  .transform((formats) => [...new Set(formats)]);
