// Timing helpers the benchmarks share.

/** The middle value, rounded to the millisecond. */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
};

/** Runs `run` `runs` times in a row and returns each duration in milliseconds. */
export async function time(runs: number, run: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}
