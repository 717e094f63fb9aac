// The cold load's floor set by its data alone: the same vendor requests the app's cold load made, only
// fetched through the proxy and parsed, in a browser with no DevTools client attached (as the bare loads,
// bench-bare-loads.mjs). Nothing is validated, normalized, stored or shown, so no client of these vendors
// answers sooner on this machine with this server: whatever the app's cold load takes beyond it is the
// app's own work.
import { openBarePage } from './bench-bare-loads.mjs';
import { cpuSeconds } from './bench-cpu.mjs';

/**
 * Requests of each vendor at once, as many as the app's busiest vendor sends (LiveChat's pages, four at a
 * time); the app reads SnapEngage's inbox one page after another, so this is never less parallel.
 */
export const REQUESTS_AT_ONCE_PER_VENDOR = 4;

/**
 * Fetches and parses `requests` (vendor -> same-origin paths, in the order the app asked) from `base`,
 * every vendor at once and `REQUESTS_AT_ONCE_PER_VENDOR` of each vendor at a time. Resolves to the wall
 * time in ms, the bytes received, how many answers were not OK JSON, and `cpu` as bench-bare-loads.mjs
 * reads it (null off Linux).
 */
export async function fetchFloor({ launch, base, requests, profileDir, serverPid }) {
  const { inPage, evaluate, close, pid } = await openBarePage(launch, profileDir);
  try {
    // Same origin as the app, so the proxy answers as it answers the app.
    await inPage('Page.navigate', { url: `${base}/api/health` });
    const ready = await waitFor(() => evaluate('document.readyState === "complete"'));
    if (!ready) throw new Error('the bare browser did not open /api/health');
    const before = cpuSeconds([pid, serverPid]);
    const measured = await evaluate(
      `(${replay.toString()})(${JSON.stringify(requests)}, ${REQUESTS_AT_ONCE_PER_VENDOR})`,
    );
    const after = cpuSeconds([pid, serverPid]);
    if (!measured) throw new Error('the replay of the cold load did not finish');
    const cpu = before && after ? { browser: after[0] - before[0], server: after[1] - before[1] } : null;
    return { ...measured, cpu };
  } finally {
    await close();
  }
}

/** In the page: fetches and parses every path, `perVendor` of each vendor at a time. */
async function replay(requests, perVendor) {
  const started = performance.now();
  let bytes = 0;
  let failed = 0;
  const decoder = new TextDecoder();
  const vendorQueue = async (paths) => {
    let next = 0;
    const lane = async () => {
      while (next < paths.length) {
        const response = await fetch(paths[next++], { headers: { accept: 'application/json' } });
        // What `response.json()` does, with the bytes counted on the way.
        const body = await response.arrayBuffer();
        bytes += body.byteLength;
        try {
          JSON.parse(decoder.decode(body));
          if (!response.ok) failed++;
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: perVendor }, lane));
  };
  await Promise.all(Object.values(requests).map(vendorQueue));
  return { ms: performance.now() - started, bytes, failed };
}

async function waitFor(check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
