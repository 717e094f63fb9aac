type SchedulerWithYield = { yield: () => Promise<void> };
type SchedulerWithPostTask = {
  postTask: (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;
};

function hasSchedulerYield(value: unknown): value is SchedulerWithYield {
  return typeof value === 'object' && value !== null && 'yield' in value && typeof value.yield === 'function';
}

function hasPostTask(value: unknown): value is SchedulerWithPostTask {
  return (
    typeof value === 'object' && value !== null && 'postTask' in value && typeof value.postTask === 'function'
  );
}

/**
 * Waits behind the page's own work: a background task where the browser has `scheduler.postTask`, so
 * that reads and renders go first and this work fills the gaps; else a plain timer.
 */
export function yieldToBackground(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (hasPostTask(scheduler)) return scheduler.postTask(() => {}, { priority: 'background' }).then(() => {});
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Lets the browser paint and handle input between two slices of long work. `scheduler.yield` where it
 * exists; else a MessageChannel message, which (unlike a nested setTimeout) is not clamped to 4 ms.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (hasSchedulerYield(scheduler)) return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
