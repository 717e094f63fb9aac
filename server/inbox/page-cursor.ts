import { z } from 'zod';
import type { PagePosition } from './inbox-store';

/**
 * The `cursor` of the case listing: opaque to the browser (it only hands it back), so the keyset it holds
 * can change without breaking callers.
 */
const positionSchema = z.tuple([z.number().int(), z.string().min(1)]);

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.startedAt, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): PagePosition | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = positionSchema.safeParse(decoded);
  return parsed.success ? { startedAt: parsed.data[0], id: parsed.data[1] } : null;
}
