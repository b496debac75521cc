import {
  ERROR_CODES,
  formatErrorMessage,
  type ErrorCode,
  type ErrorParams,
  type SerializedError,
} from '../../../shared/errors';

const MARK = '\u0000';

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The parameters behind a French message, read back through its template: an import outcome
 * carries only the code and the French text, and the English UI needs the values to re-render.
 */
function recoverParams(code: ErrorCode, message: string): ErrorParams | null {
  // Every placeholder reads as a marked name, so the template comes out with its slots visible.
  const marked = new Proxy({} as ErrorParams, {
    has: () => true,
    get: (_target, key) => `${MARK}${String(key)}${MARK}`,
  });
  const pieces = formatErrorMessage(code, marked, 'fr').split(MARK);
  const names = pieces.filter((_, index) => index % 2 === 1);
  const pattern = pieces.map((piece, index) => (index % 2 === 1 ? '([\\s\\S]*?)' : escapeRegExp(piece))).join('');
  const match = new RegExp(`^${pattern}$`).exec(message);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
}

/** A failed outcome as an error the UI can show in its language; null when the code is unknown. */
export function outcomeError(code: string, message: string): SerializedError | null {
  if (!isErrorCode(code)) return null;
  const params = recoverParams(code, message);
  return params ? { code, message, params } : null;
}
