import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../opaque-cursor';
import type { AuditPosition } from './audit-trail';

/** The activity listing's `cursor` (server/opaque-cursor.ts): the time and id of the last entry shown. */
const positionSchema = z.tuple([z.number().int(), z.number().int().min(1)]);

export function encodeAuditCursor(position: AuditPosition): string {
  return encodeOpaqueCursor([position.at, position.id]);
}

export function decodeAuditCursor(cursor: string): AuditPosition | null {
  const decoded = decodeOpaqueCursor(cursor, positionSchema);
  return decoded && { at: decoded[0], id: decoded[1] };
}
