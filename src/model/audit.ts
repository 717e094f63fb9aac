import { z } from 'zod';
import { vendorIdSchema } from './conversation';

/**
 * The audit trail's shared contract: what is recorded (server/audit), what the browser may report
 * (`POST /api/audit`) and what the activity page reads back (`GET /api/audit`).
 */
export const auditActions = ['sign_in', 'sign_in_refused', 'sign_out', 'transcript_view', 'export'] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Someone opened a transcript in the pane. */
export const transcriptViewDetailSchema = z.strictObject({
  vendor: vendorIdSchema,
  conversationId: z.string().min(1).max(512),
});

/** An export finished and was handed to the browser. */
export const exportDetailSchema = z.strictObject({
  /** `csv` today; later formats name themselves the same way. */
  format: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be a short format name'),
  /** The list's URL parameters when the export ran, in order (`[["vendor","livechat"],["q","refund"]]`). */
  filters: z.array(z.tuple([z.string().max(100), z.string().max(2000)])).max(200),
  rows: z.number().int().min(0).max(1_000_000_000),
  /** Whether personal data was redacted; null where the export has no such option. */
  redaction: z.boolean().nullable(),
  fileName: z.string().min(1).max(255),
});

/** Sign-ins are recorded by the server's sign-in code: how, and for a refusal, why. */
export const signInDetailSchema = z.strictObject({
  method: z.string().max(40).optional(),
  reason: z.string().max(500).optional(),
});

const user = z.string().max(320).nullable();
const at = z.number().int().min(0);

/** One entry as stored: when (epoch ms), who (null without sign-in), what. */
export const auditEventSchema = z.discriminatedUnion('action', [
  z.strictObject({ at, user, action: z.literal('sign_in'), detail: signInDetailSchema }),
  z.strictObject({ at, user, action: z.literal('sign_in_refused'), detail: signInDetailSchema }),
  z.strictObject({ at, user, action: z.literal('sign_out'), detail: signInDetailSchema }),
  z.strictObject({ at, user, action: z.literal('transcript_view'), detail: transcriptViewDetailSchema }),
  z.strictObject({ at, user, action: z.literal('export'), detail: exportDetailSchema }),
]);
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * What the browser may report. It names neither the user nor the time: the server fills both in, and
 * never from the body. Sign-ins are recorded by the server alone.
 */
export const auditReportSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('transcript_view'), detail: transcriptViewDetailSchema }),
  z.strictObject({ action: z.literal('export'), detail: exportDetailSchema }),
]);
export type AuditReport = z.infer<typeof auditReportSchema>;

/**
 * An entry as `GET /api/audit` lists it. The detail is read leniently, so an entry written by another
 * version still lists; the page shows the details it knows as words and the rest as text.
 */
export const auditEntrySchema = z.object({
  id: z.string(),
  at,
  user,
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Hand back as `cursor` for the next (older) page; null on the last page. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditAccessSchema = z.object({ allowed: z.boolean() });
