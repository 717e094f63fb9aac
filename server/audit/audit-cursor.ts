import { z } from 'zod';
import type { AuditPosition } from './audit-trail';

/** The activity listing's `cursor`: opaque to the browser, which only hands it back. */
const positionSchema = z.tuple([z.number().int(), z.number().int().min(1)]);

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): AuditPosition | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = positionSchema.safeParse(decoded);
  return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
}
