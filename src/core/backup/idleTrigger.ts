/**
 * Runs a task once the app has been idle for a while (no API request for `idleMs`), or after
 * `maxWaitMs` at the latest: the day's backup should not compete with the editor's first
 * requests of the morning, yet must happen on a day the app is busy all along.
 */
export class IdleTrigger {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private fired = false;

  constructor(
    private readonly task: () => void,
    private readonly options: { idleMs: number; maxWaitMs: number },
  ) {}

  start(): void {
    this.deadline = setTimeout(() => this.fire(), this.options.maxWaitMs);
    this.deadline.unref?.();
    this.activity();
  }

  /** A request arrived: the idle wait starts over. */
  activity(): void {
    if (this.fired) return;
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.fire(), this.options.idleMs);
    this.idleTimer.unref?.();
  }

  stop(): void {
    this.fired = true;
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadline);
  }

  private fire(): void {
    if (this.fired) return;
    this.stop();
    this.task();
  }
}
