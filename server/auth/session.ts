import { z } from 'zod';
import { sealValue, unsealValue } from './sealed-cookie';

/**
 * The signed-in session lives only in the browser's cookie: who (e-mail), when it began (absolute
 * expiry) and when it was last used (idle expiry, sliding). Nothing is kept on the server or on disk.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Re-seal at most this often, so every request does not rewrite the cookie. */
export const SESSION_REFRESH_MS = 5 * 60 * 1000;

const sessionSchema = z.object({
  v: z.literal(1),
  email: z.string().min(3),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export function newSession(email: string, now: number): Session {
  return { v: 1, email, createdAt: now, lastSeenAt: now };
}

export function sealSession(session: Session, secret: string): Promise<string> {
  return sealValue(session, secret, SESSION_ABSOLUTE_MS);
}

/** The session when the cookie is genuine and within both expiries; null for anything else. */
export async function openSession(
  cookie: string | undefined,
  secret: string,
  now: number,
): Promise<Session | null> {
  const session = await unsealValue(cookie, secret, sessionSchema);
  if (!session) return null;
  if (now - session.createdAt > SESSION_ABSOLUTE_MS || now < session.createdAt - 60_000) return null;
  if (now - session.lastSeenAt > SESSION_IDLE_MS) return null;
  return session;
}

/** How long the browser should keep the cookie: until the earlier of the two expiries. */
export function cookieMaxAgeSeconds(session: Session): number {
  const idleEnd = session.lastSeenAt + SESSION_IDLE_MS;
  const absoluteEnd = session.createdAt + SESSION_ABSOLUTE_MS;
  return Math.max(0, Math.floor((Math.min(idleEnd, absoluteEnd) - session.lastSeenAt) / 1000));
}
