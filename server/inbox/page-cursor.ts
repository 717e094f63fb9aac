import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../opaque-cursor';
import type { PagePosition } from './inbox-store';

/** The case listing's `cursor` (server/opaque-cursor.ts): the start, id and id kind of the last case shown. */
const positionSchema = z.union([
  z.tuple([z.number().int(), z.string().min(1), z.boolean()]),
  // Cursors handed out before ids kept their kind: a string id.
  z.tuple([z.number().int(), z.string().min(1)]),
]);

export function encodeCursor(position: PagePosition): string {
  return encodeOpaqueCursor([position.startedAt, position.id, position.idIsNumber]);
}

export function decodeCursor(cursor: string): PagePosition | null {
  const decoded = decodeOpaqueCursor(cursor, positionSchema);
  if (!decoded) return null;
  const [startedAt, id, idIsNumber = false] = decoded;
  return { startedAt, id, idIsNumber };
}
