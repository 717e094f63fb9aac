import type { AuditConfig } from './audit-config';

/** The signed-in user as the sign-in middleware puts it in Hono's context (null when sign-in is off). */
export type SignedInUser = { email: string } | null | undefined;

/**
 * Who may read the trail. With no sign-in (loopback, one person on their own machine) it is theirs.
 * Once anyone is signed in, or a sign-in method is configured, only `BACKSCROLL_ADMIN_EMAILS` may: a
 * request that reached us without a user then is refused rather than trusted.
 */
export function mayReadAudit(user: SignedInUser, config: AuditConfig): boolean {
  const signInOn = config.signInConfigured || (user !== null && user !== undefined);
  if (!signInOn) return true;
  if (!user) return false;
  return config.adminEmails.has(user.email.trim().toLowerCase());
}
