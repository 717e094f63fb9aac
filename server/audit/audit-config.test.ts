import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { loadAuditConfig } from './audit-config';

describe('audit settings', () => {
  it('default to a year, no administrators and no sign-in', () => {
    expect(loadConfig({}).audit).toEqual({
      retentionDays: 365,
      adminEmails: new Set(),
      signInConfigured: false,
    });
  });

  it('read administrators case-insensitively and notice a sign-in method', () => {
    const result = loadAuditConfig({
      BACKSCROLL_ADMIN_EMAILS: ' Boss@Example.com,,audit@example.com ',
      BACKSCROLL_AUDIT_DAYS: '30',
      BACKSCROLL_AUTH_HEADER: 'X-Forwarded-Email',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        retentionDays: 30,
        adminEmails: new Set(['boss@example.com', 'audit@example.com']),
        signInConfigured: true,
      },
    });
  });

  it('stop the server with the variable named when they are wrong', () => {
    expect(() => loadConfig({ BACKSCROLL_AUDIT_DAYS: '0' })).toThrow(/BACKSCROLL_AUDIT_DAYS/);
    expect(() => loadConfig({ BACKSCROLL_AUDIT_DAYS: 'a year' })).toThrow(/BACKSCROLL_AUDIT_DAYS/);
    expect(() => loadConfig({ BACKSCROLL_ADMIN_EMAILS: 'boss' })).toThrow(/BACKSCROLL_ADMIN_EMAILS.*"boss"/s);
  });
});
