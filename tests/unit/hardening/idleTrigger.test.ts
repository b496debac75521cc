import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTrigger } from '../../../src/core/backup/idleTrigger';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the idle trigger of the daily backup', () => {
  it('waits for a pause in the requests, then runs once', () => {
    const task = vi.fn();
    const trigger = new IdleTrigger(task, { idleMs: 30_000, maxWaitMs: 600_000 });
    trigger.start();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(10_000);
      trigger.activity();
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(task).toHaveBeenCalledTimes(1);
    trigger.activity();
    vi.advanceTimersByTime(60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at the deadline on a day that never pauses', () => {
    const task = vi.fn();
    const trigger = new IdleTrigger(task, { idleMs: 30_000, maxWaitMs: 120_000 });
    trigger.start();
    for (let i = 0; i < 11; i++) {
      vi.advanceTimersByTime(10_000);
      trigger.activity();
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once stopped (the app closed first)', () => {
    const task = vi.fn();
    const trigger = new IdleTrigger(task, { idleMs: 1000, maxWaitMs: 5000 });
    trigger.start();
    trigger.stop();
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
  });
});
