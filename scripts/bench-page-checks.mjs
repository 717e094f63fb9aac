// Page-side checks the bench's two drivers share: Playwright's (bench.mjs) passes them to
// `waitForFunction`, the bare DevTools pipe (bench-bare-loads.mjs) evaluates their source.

/** In the page: whether at least `count` vendor accounts have their loaded spans on the device. */
export function spansStoredFor(count) {
  return new Promise((resolve) => {
    const open = indexedDB.open('backscroll-history');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('spans')) return resolve(false);
      const counted = db.transaction('spans').objectStore('spans').count();
      counted.onsuccess = () => resolve(counted.result >= count);
      counted.onerror = () => resolve(false);
    };
    open.onerror = () => resolve(false);
  });
}
