/**
 * The browser's storage, or undefined where merely reaching it throws (storage switched off, some private
 * modes, sandboxed frames). Callers then keep what they would have stored for this visit only.
 */
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** This tab's session storage, or undefined where reaching it throws (see `localStore`). */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
