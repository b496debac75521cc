/**
 * Caps the requests in flight: at most `perHost` to one host and `total` in all, the rest
 * waiting their turn in arrival order. Politeness towards each site, and a bound on sockets.
 */
export class HostLimiter {
  private active = 0;
  private readonly perHostActive = new Map<string, number>();
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(
    private readonly perHost = 2,
    private readonly total = 8,
  ) {}

  /** Runs task when its host and the whole pool have room. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await new Promise<void>((start) => {
      this.waiting.push({ host, start });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.active--;
      const count = (this.perHostActive.get(host) ?? 1) - 1;
      if (count === 0) this.perHostActive.delete(host);
      else this.perHostActive.set(host, count);
      this.pump();
    }
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.total; ) {
      const next = this.waiting[i];
      if (next === undefined) break;
      const busy = this.perHostActive.get(next.host) ?? 0;
      if (busy >= this.perHost) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.active++;
      this.perHostActive.set(next.host, busy + 1);
      next.start();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
