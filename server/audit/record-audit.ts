import type { AuditEvent } from '../../src/model/audit';
import type { AuditTrail } from './audit-trail';

/** An event as the server's own code records it; `at` defaults to now. */
export type AuditEventInput = {
  [A in AuditEvent['action']]: Omit<Extract<AuditEvent, { action: A }>, 'at'> & { at?: number };
}[AuditEvent['action']];

let current: AuditTrail | null = null;

/** The process's trail, opened by server/bootstrap.ts (through createAudit). */
export function setProcessAuditTrail(trail: AuditTrail | null): void {
  current = trail;
}

/** Forgets `trail` if it is the process's trail (a closed trail records nothing). */
export function releaseAuditTrail(trail: AuditTrail): void {
  if (current === trail) current = null;
}

/**
 * Appends an entry to the process's audit trail, for server code that has no handle on it (sign-in:
 * `recordAudit({ user: email, action: 'sign_in', detail: { method: 'oidc' } })`). Throws when the event
 * is invalid or cannot be stored, so a caller can refuse what it could not record. Returns false, and
 * records nothing, only when no trail is open (a unit test of the caller without one).
 */
export function recordAudit(event: AuditEventInput, now: () => number = Date.now): boolean {
  if (!current) return false;
  current.record({ ...event, at: event.at ?? now() });
  return true;
}
