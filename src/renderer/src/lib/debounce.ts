/** A function whose calls are delayed until `ms` have passed without a new one. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs the pending call now, if there is one. */
  flush(): void;
  /** Drops the pending call. */
  cancel(): void;
  readonly pending: boolean;
}

/** `ms` may be a function: the delay is then read at each call (a pause matched to a measured cost). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number | (() => number)): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  const run = (): void => {
    const args = lastArgs;
    timer = undefined;
    lastArgs = undefined;
    if (args) fn(...args);
  };
  const debounced = ((...args: A): void => {
    lastArgs = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, typeof ms === 'function' ? ms() : ms);
  }) as Debounced<A>;
  debounced.flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
  };
  Object.defineProperty(debounced, 'pending', { get: () => timer !== undefined });
  return debounced;
}
