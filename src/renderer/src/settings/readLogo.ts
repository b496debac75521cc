import type { Logo } from '../../../shared/domain';
import { fileToBase64 } from '../import/fileToBase64';

/** 1.5 MB of image: its base64 stays under the contract's 2,000,000 characters. */
export const MAX_LOGO_BYTES = 1_500_000;

const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

/** Why a file cannot be the logo: the key of a message in the `settings` catalogue. */
export type LogoProblem =
  | { key: 'settings.logoWrongType' }
  | { key: 'settings.logoTooLarge'; megabytes: number }
  | { key: 'settings.logoUnreadable' };

export type LogoReading = { ok: true; logo: Logo } | { ok: false; problem: LogoProblem };

function isLogoType(type: string): type is Logo['mimeType'] {
  return (LOGO_TYPES as readonly string[]).includes(type);
}

/**
 * A chosen file as the logo the exports print: its bytes as base64 and its natural size in
 * pixels (the DOCX cover scales the image from it). The browser decodes it first, so a file
 * named .png that is not an image is refused here rather than in the export.
 */
export async function readLogo(file: File): Promise<LogoReading> {
  const mimeType = file.type;
  if (!isLogoType(mimeType)) return { ok: false, problem: { key: 'settings.logoWrongType' } };
  if (file.size > MAX_LOGO_BYTES) {
    return { ok: false, problem: { key: 'settings.logoTooLarge', megabytes: file.size / 1_000_000 } };
  }
  let width: number;
  let height: number;
  try {
    const bitmap = await createImageBitmap(file);
    width = bitmap.width;
    height = bitmap.height;
    bitmap.close();
  } catch {
    return { ok: false, problem: { key: 'settings.logoUnreadable' } };
  }
  if (width < 1 || height < 1 || width > 10_000 || height > 10_000) {
    return { ok: false, problem: { key: 'settings.logoUnreadable' } };
  }
  return { ok: true, logo: { dataBase64: await fileToBase64(file), mimeType, width, height } };
}
