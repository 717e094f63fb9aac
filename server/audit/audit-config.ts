import { z } from 'zod';

/**
 * The audit trail's settings, parsed from the environment by their own schema (server/config.ts includes
 * the result).
 */
export type AuditConfig = {
  /** Entries older than this many days are deleted at start and daily. */
  retentionDays: number;
  /** Lower-cased `BACKSCROLL_ADMIN_EMAILS`: who may read the trail when sign-in is on. */
  adminEmails: ReadonlySet<string>;
  /**
   * Whether a sign-in method is configured (OpenID Connect or a trusted proxy header). Without one,
   * Backscroll is one person's own tool and the trail is open to them.
   */
  signInConfigured: boolean;
};

export const DEFAULT_AUDIT_DAYS = 365;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const emailList = optionalText.transform((value, context) => {
  const emails = new Set<string>();
  for (const entry of (value ?? '').split(',')) {
    const trimmed = entry.trim().toLowerCase();
    if (trimmed === '') continue;
    if (!z.email().safeParse(trimmed).success) {
      context.addIssue({ code: 'custom', message: `${JSON.stringify(trimmed)} is not an e-mail address` });
      return z.NEVER;
    }
    emails.add(trimmed);
  }
  return emails;
});

const auditEnvSchema = z.object({
  BACKSCROLL_AUDIT_DAYS: optionalText.pipe(
    z.union([
      z.undefined(),
      z.coerce
        .number<string>()
        .int('must be a whole number of days')
        .min(1, 'must be at least 1')
        .max(36_500, 'must be at most 36500'),
    ]),
  ),
  BACKSCROLL_ADMIN_EMAILS: emailList,
  BACKSCROLL_OIDC_ISSUER: optionalText,
  BACKSCROLL_AUTH_HEADER: optionalText,
});

export function loadAuditConfig(
  env: NodeJS.ProcessEnv,
): { ok: true; config: AuditConfig } | { ok: false; message: string } {
  const parsed = auditEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      retentionDays: e.BACKSCROLL_AUDIT_DAYS ?? DEFAULT_AUDIT_DAYS,
      adminEmails: e.BACKSCROLL_ADMIN_EMAILS,
      signInConfigured: e.BACKSCROLL_OIDC_ISSUER !== undefined || e.BACKSCROLL_AUTH_HEADER !== undefined,
    },
  };
}
