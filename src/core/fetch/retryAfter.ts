/** Longest wait a server may impose through Retry-After: past a day it is a misconfiguration. */
const MAX_SECONDS = 24 * 3600;

/**
 * The seconds a Retry-After header asks to wait (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), capped at a day; null when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Math.min(Number(value), MAX_SECONDS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, Math.ceil((date - nowMs) / 1000)), MAX_SECONDS);
}
