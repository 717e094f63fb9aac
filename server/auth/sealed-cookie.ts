import * as Iron from 'iron-webcrypto';
import type { z } from 'zod';

/**
 * Cookie contents sealed with iron-webcrypto (AES-256-CBC + HMAC-SHA-256 with keys derived from the
 * session secret): the browser can neither read nor change them. Nothing is stored on the server; the
 * seal's own TTL bounds a stolen value even where our own expiry fields were somehow skipped.
 */
export async function sealValue(value: unknown, secret: string, ttlMs: number): Promise<string> {
  return Iron.seal(value, secret, { ...Iron.defaults, ttl: ttlMs });
}

/** The unsealed value when the seal is intact, unexpired and of the expected shape; otherwise null. */
export async function unsealValue<Schema extends z.ZodType>(
  sealed: string | undefined,
  secret: string,
  schema: Schema,
): Promise<z.infer<Schema> | null> {
  if (!sealed) return null;
  let raw: unknown;
  try {
    raw = await Iron.unseal(sealed, secret, Iron.defaults);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
