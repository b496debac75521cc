import { z } from 'zod';
import { words } from '../language.js';

/** `--attach pdf,docx` as the list of documents to attach (empty: none); built when parsing, in the CLI's language. */
export function attachOption() {
  return z
    .string()
    .transform((s) => s.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.enum(['pdf', 'docx'], { message: words().common.attachExpected })).max(2))
    .transform((formats) => [...new Set(formats)]);
}
