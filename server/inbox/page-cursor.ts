import { z } from 'zod';
import type { PagePosition } from './inbox-store';

/**
 * The `cursor` of the case listing: opaque to the browser (it only hands it back), so the keyset it holds
 * can change without breaking callers.
 */
const positionSchema = z.union([
  z.tuple([z.number().int(), z.string().min(1), z.boolean()]),
  // Cursors handed out before ids kept their kind: a string id.
  z.tuple([z.number().int(), z.string().min(1)]),
]);

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.startedAt, position.id, position.idIsNumber]), 'utf8').toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): PagePosition | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = positionSchema.safeParse(decoded);
  if (!parsed.success) return null;
  const [startedAt, id, idIsNumber = false] = parsed.data;
  return { startedAt, id, idIsNumber };
}
