/** Share of the interval by which a next check moves at random, so 300 sources added together spread out. */
const JITTER = 0.1;
/** A failing source is tried at most this far apart. */
const MAX_BACKOFF_MS = 24 * 3600_000;

/** When a source checked fine at `now` is next due: its interval, ±10 %. */
export function nextCheckAfterSuccess(now: number, everyMinutes: number, random: () => number = Math.random): string {
  const interval = everyMinutes * 60_000;
  return new Date(now + interval * (1 - JITTER + 2 * JITTER * random())).toISOString();
}

/**
 * When a source that failed `failures` times in a row is next tried: its interval doubled at each
 * failure (exponential backoff) up to a day, and never before the wait the server asked for.
 */
export function nextCheckAfterFailure(now: number, everyMinutes: number, failures: number, retryAfterSeconds: number | null): string {
  const backoff = Math.min(everyMinutes * 60_000 * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
  const asked = retryAfterSeconds === null ? 0 : retryAfterSeconds * 1000;
  return new Date(now + Math.max(backoff, asked)).toISOString();
}
