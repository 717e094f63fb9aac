import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { localStore } from '../browser-storage';

/**
 * The redaction options, chosen beside the export and in the transcript pane alike and remembered in
 * this browser (like the export options). One store for both, so that switching redaction on in one
 * place is on everywhere: a lead never sends out an unredacted file by thinking it was on.
 */
const redactionOptionsSchema = z.object({
  /** E-mail addresses, phone numbers and card numbers in message text and translations. */
  text: z.boolean().catch(false),
  /** The visitor's name, e-mail, phone and IP blanked as well. */
  visitor: z.boolean().catch(false),
});
export type RedactionOptions = z.infer<typeof redactionOptionsSchema>;

export const STORAGE_KEY = 'backscroll.redaction-options';
export const noRedaction: RedactionOptions = { text: false, visitor: false };

export function isRedacting(options: RedactionOptions): boolean {
  return options.text || options.visitor;
}

export function readRedactionOptions(storage: Pick<Storage, 'getItem'> | undefined): RedactionOptions {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return noRedaction;
    const parsed = redactionOptionsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : noRedaction;
  } catch {
    return noRedaction;
  }
}

export function writeRedactionOptions(
  storage: Pick<Storage, 'setItem'> | undefined,
  options: RedactionOptions,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Private mode or a full quota: the choice then lasts for this visit only (kept in `current`).
  }
}

let current: RedactionOptions | null = null;
const listeners = new Set<() => void>();

function snapshot(): RedactionOptions {
  current ??= readRedactionOptions(localStore());
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRedactionOptions(): [RedactionOptions, (change: Partial<RedactionOptions>) => void] {
  const options = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback((change: Partial<RedactionOptions>) => {
    current = { ...snapshot(), ...change };
    writeRedactionOptions(localStore(), current);
    for (const listener of listeners) listener();
  }, []);
  return [options, update];
}
