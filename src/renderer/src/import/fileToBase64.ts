/** 3 × 8192 bytes: a multiple of 3, so the base64 of each chunk joins without padding in between. */
const CHUNK_BYTES = 3 * 8192;

/**
 * The bytes of a file as base64, encoded chunk by chunk: one btoa over a whole page's worth of
 * characters (or one String.fromCharCode over all its bytes) overflows the stack on large files.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK_BYTES))));
  }
  return parts.join('');
}

/** Saved pages the importer reads: .html, .htm, .mht and .mhtml, whatever type the system gives them. */
export function isHtmlFile(file: File): boolean {
  // .mht/.mhtml: a page saved as "Web page, single file", unpacked by the archive.
  return /\.(html?|mht|mhtml)$/i.test(file.name) || file.type === 'text/html' || file.type === 'multipart/related' || file.type === 'message/rfc822';
}
