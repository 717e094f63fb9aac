import type { z } from 'zod';

/**
 * A listing's `cursor`: the keyset position as base64url JSON. Opaque to the browser, which only hands it
 * back, so the position it holds can change without breaking callers; a cursor that does not decode into
 * `schema` is null (the route answers 400).
 */
export function encodeOpaqueCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeOpaqueCursor<Schema extends z.ZodType>(
  cursor: string,
  schema: Schema,
): z.infer<Schema> | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
