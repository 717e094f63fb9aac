import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledNotifier } from './throttled-notify';

describe('throttledNotifier', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells the listeners at most once per interval, and the last change always', () => {
    const heard = vi.fn();
    const notify = throttledNotifier(new Set([heard]), 500);
    notify();
    expect(heard).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) notify();
    expect(heard).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(heard).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5_000);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('tells them at once when asked (the end of a load)', () => {
    const heard = vi.fn();
    const notify = throttledNotifier(new Set([heard]), 500);
    notify();
    notify();
    notify(true);
    expect(heard).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
