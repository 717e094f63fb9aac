/**
 * Resolves at once while the tab is visible, else when it becomes visible again (or `signal` aborts):
 * background work waits while nobody looks, so a hidden tab does not spend the vendor's rate limit.
 */
export function whenVisible(signal?: AbortSignal): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      document.removeEventListener('visibilitychange', onChange);
      signal?.removeEventListener('abort', onAbort);
    };
    const onChange = () => {
      if (document.visibilityState === 'hidden') return;
      done();
      resolve();
    };
    const onAbort = () => {
      done();
      reject(signal?.reason);
    };
    document.addEventListener('visibilitychange', onChange);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
