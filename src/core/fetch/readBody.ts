import { RevueError } from '../../shared/errors.js';

const MB = 1024 * 1024;

/** Reads a response body into memory, refusing with FETCH_TOO_LARGE as soon as it passes maxBytes. */
export async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  // Refuse before downloading anything when the server already tells us; the streamed count below
  // still guards the cases where it lies or sends none (chunked, or compressed then expanded).
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes, url);
  }
  if (response.body === null) return new Uint8Array(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, url);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function tooLarge(maxBytes: number, url: string): RevueError {
  return new RevueError('FETCH_TOO_LARGE', { maxMB: Number((maxBytes / MB).toPrecision(3)), url });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
