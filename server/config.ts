import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DEMO_SIZE, demoCredentials } from '../mocks/demo-config';
import type { VendorId } from '../src/model/conversation';
import { loadAuditConfig, type AuditConfig } from './audit/audit-config';
import { loadSecurityConfig, type SecurityConfig } from './security/security-config';

/**
 * The server's configuration, parsed from the environment (and `.env`, loaded by the entry points) with
 * zod. Secrets live here and nowhere else: nothing in this file is ever sent to the browser, and nothing
 * here may be named VITE_*, which Vite would inline into the built files.
 */

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const optionalInt = (min: number, max: number) =>
  optionalText.pipe(z.union([z.undefined(), z.coerce.number<string>().int().min(min).max(max)]));

const baseUrl = (fallback: string) =>
  optionalText
    .transform((value) => (value ?? fallback).replace(/\/+$/, ''))
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

const envSchema = z.object({
  SOCIALINTENTS_ACCOUNT_ID: optionalText,
  SOCIALINTENTS_API_TOKEN: optionalText,
  SOCIALINTENTS_BASE_URL: baseUrl('https://www.socialintents.com/v1/api'),
  LIVECHAT_LOGIN: optionalText,
  LIVECHAT_API_KEY: optionalText,
  LIVECHAT_BASE_URL: baseUrl('https://api.livechatinc.com'),
  IMBOX_API_KEY: optionalText,
  IMBOX_USER_ID: optionalText,
  IMBOX_BASE_URL: baseUrl('https://apiv2.imbox.io'),
  SNAPENGAGE_WEBHOOK_TOKEN: optionalText,
  SNAPENGAGE_ORG_ID: optionalText,
  SNAPENGAGE_API_TOKEN: optionalText,
  SNAPENGAGE_WIDGET_ID: optionalText,
  SNAPENGAGE_BASE_URL: baseUrl('https://www.snapengage.com'),
  BACKSCROLL_DATA_DIR: optionalText.transform((value) => path.resolve(value ?? './data')),
  BACKSCROLL_DEMO: z.enum(['0', '1', '']).optional(),
  BACKSCROLL_DEMO_SIZE: optionalInt(4, 400_000),
  /** Per-attempt upstream timeout; tests shorten it. */
  BACKSCROLL_UPSTREAM_TIMEOUT_MS: optionalInt(100, 600_000),
  HOST: optionalText.transform((value) => value ?? '127.0.0.1'),
  PORT: optionalInt(0, 65_535),
});

export type VendorMode = 'live' | 'demo' | 'off';

export type SocialIntentsConfig = { accountId: string; apiToken: string; baseUrl: string };
export type LiveChatConfig = { login: string; apiKey: string; baseUrl: string };
export type ImBoxConfig = { apiKey: string; userId: string; baseUrl: string };
export type SnapEngageLogsConfig = { orgId: string; apiToken: string; widgetId: string; baseUrl: string };
export type SnapEngageConfig = { webhookToken: string | null; logs: SnapEngageLogsConfig | null };

export type ServerConfig = {
  /** True when the emulated vendors answer (every vendor is then in demo mode). */
  demo: boolean;
  demoSize: number;
  modes: Record<VendorId, VendorMode>;
  socialintents: SocialIntentsConfig | null;
  livechat: LiveChatConfig | null;
  imbox: ImBoxConfig | null;
  snapengage: SnapEngageConfig | null;
  dataDir: string;
  upstreamTimeoutMs: number;
  host: string;
  port: number;
  /** Host and same-origin checks (server/security/security-config.ts). */
  security: SecurityConfig;
  /** The audit trail (server/audit/audit-config.ts). */
  audit: AuditConfig;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
}

/** Both halves of a credential pair, or neither: half a pair is a mistake worth stopping for. */
function pair(
  names: [string, string],
  values: [string | undefined, string | undefined],
): [string, string] | null {
  const [a, b] = values;
  if (a && b) return [a, b];
  if (a || b) throw new ConfigError(`Set both ${names[0]} and ${names[1]}, or neither (only one is set).`);
  return null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${describeIssues(parsed.error)}`);
  const e = parsed.data;

  const si = pair(
    ['SOCIALINTENTS_ACCOUNT_ID', 'SOCIALINTENTS_API_TOKEN'],
    [e.SOCIALINTENTS_ACCOUNT_ID, e.SOCIALINTENTS_API_TOKEN],
  );
  const lc = pair(['LIVECHAT_LOGIN', 'LIVECHAT_API_KEY'], [e.LIVECHAT_LOGIN, e.LIVECHAT_API_KEY]);
  const ib = pair(['IMBOX_API_KEY', 'IMBOX_USER_ID'], [e.IMBOX_API_KEY, e.IMBOX_USER_ID]);
  const logsValues = [e.SNAPENGAGE_ORG_ID, e.SNAPENGAGE_API_TOKEN, e.SNAPENGAGE_WIDGET_ID];
  if (logsValues.some(Boolean) && !logsValues.every(Boolean)) {
    throw new ConfigError(
      'Set SNAPENGAGE_ORG_ID, SNAPENGAGE_API_TOKEN and SNAPENGAGE_WIDGET_ID together, or none.',
    );
  }
  const seLogs: SnapEngageLogsConfig | null =
    e.SNAPENGAGE_ORG_ID && e.SNAPENGAGE_API_TOKEN && e.SNAPENGAGE_WIDGET_ID
      ? {
          orgId: e.SNAPENGAGE_ORG_ID,
          apiToken: e.SNAPENGAGE_API_TOKEN,
          widgetId: e.SNAPENGAGE_WIDGET_ID,
          baseUrl: e.SNAPENGAGE_BASE_URL,
        }
      : null;
  const seLive = e.SNAPENGAGE_WEBHOOK_TOKEN !== undefined || seLogs !== null;

  const anyLive = Boolean(si || lc || ib || seLive);
  if (e.BACKSCROLL_DEMO === '0' && !anyLive) {
    throw new ConfigError(
      "BACKSCROLL_DEMO=0 forbids demo data, but no vendor is configured. Set a vendor's credentials (see .env.example) or unset BACKSCROLL_DEMO.",
    );
  }
  const demo = e.BACKSCROLL_DEMO === '1' || (!anyLive && e.BACKSCROLL_DEMO !== '0');
  // Host/origin checks and the audit trail parse their own settings.
  const security = loadSecurityConfig(env);
  if (!security.ok) throw new ConfigError(security.message);
  const audit = loadAuditConfig(env);
  if (!audit.ok) throw new ConfigError(audit.message);
  const common = {
    security: security.config,
    audit: audit.config,
    demoSize: e.BACKSCROLL_DEMO_SIZE ?? DEFAULT_DEMO_SIZE,
    dataDir: e.BACKSCROLL_DATA_DIR,
    upstreamTimeoutMs: e.BACKSCROLL_UPSTREAM_TIMEOUT_MS ?? 20_000,
    host: e.HOST,
    port: e.PORT ?? 5173,
  };

  if (demo) {
    // Demo mode talks to the emulated vendors at their documented default hosts with demo credentials.
    const d = demoCredentials;
    return {
      ...common,
      demo: true,
      modes: { socialintents: 'demo', livechat: 'demo', imbox: 'demo', snapengage: 'demo' },
      socialintents: { ...d.socialintents, baseUrl: 'https://www.socialintents.com/v1/api' },
      livechat: { ...d.livechat, baseUrl: 'https://api.livechatinc.com' },
      imbox: { ...d.imbox, baseUrl: 'https://apiv2.imbox.io' },
      snapengage: {
        webhookToken: d.snapengage.webhookToken,
        logs: {
          orgId: d.snapengage.orgId,
          apiToken: d.snapengage.apiToken,
          widgetId: d.snapengage.widgetId,
          baseUrl: 'https://www.snapengage.com',
        },
      },
    };
  }

  return {
    ...common,
    demo: false,
    modes: {
      socialintents: si ? 'live' : 'off',
      livechat: lc ? 'live' : 'off',
      imbox: ib ? 'live' : 'off',
      snapengage: seLive ? 'live' : 'off',
    },
    socialintents: si ? { accountId: si[0], apiToken: si[1], baseUrl: e.SOCIALINTENTS_BASE_URL } : null,
    livechat: lc ? { login: lc[0], apiKey: lc[1], baseUrl: e.LIVECHAT_BASE_URL } : null,
    imbox: ib ? { apiKey: ib[0], userId: ib[1], baseUrl: e.IMBOX_BASE_URL } : null,
    snapengage: seLive ? { webhookToken: e.SNAPENGAGE_WEBHOOK_TOKEN ?? null, logs: seLogs } : null,
  };
}

/** Every secret value in the configuration, for redaction from log lines (responses never carry them). */
export function secretsOf(config: ServerConfig): string[] {
  const values = [
    config.socialintents?.apiToken,
    config.livechat?.apiKey,
    config.imbox?.apiKey,
    config.imbox?.userId,
    config.snapengage?.webhookToken,
    config.snapengage?.logs?.apiToken,
  ];
  return values.filter((value): value is string => typeof value === 'string' && value.length > 0);
}
