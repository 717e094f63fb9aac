import { afterEach, describe, expect, it, vi } from 'vitest';

describe('background work steps aside while the person uses the page', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('turns busy on a key or a click, and quiet again a moment after the last one', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const { onUserActivity, whenUserQuiet } = await import('./user-activity');
    const seen: boolean[] = [];
    onUserActivity((active) => seen.push(active));
    const ran: string[] = [];

    whenUserQuiet(() => ran.push('before'));
    page.dispatchEvent(new Event('keydown'));
    whenUserQuiet(() => ran.push('while typing'));
    vi.advanceTimersByTime(1000);
    page.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['before']);
    expect(seen).toEqual([false, true]);

    vi.advanceTimersByTime(600);
    expect(ran).toEqual(['before', 'while typing']);
    expect(seen).toEqual([false, true, false]);
  });

  it('stays busy while an export holds it, whatever the keys do', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    const { holdBackgroundWork, whenUserQuiet } = await import('./user-activity');
    const release = holdBackgroundWork();
    const ran: string[] = [];
    whenUserQuiet(() => ran.push('folded'));
    vi.advanceTimersByTime(10_000);
    expect(ran).toEqual([]);
    release();
    release();
    expect(ran).toEqual(['folded']);
  });
});
