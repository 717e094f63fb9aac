import path from 'node:path';
import { z } from 'zod';
import type { VendorId } from '../src/model/conversation';
import { vendorDescriptors } from '../src/model/vendor-descriptors';
import { DEFAULT_DEMO_SIZE, demoCredentials } from './demo/demo-fetcher';
import type { ProxyLimits } from './proxy/forward';
import { loadAuditConfig, type AuditConfig } from './audit/audit-config';
import { loadSecurityConfig, type SecurityConfig } from './security/security-config';

/**
 * The server's configuration, parsed from the environment (and `.env`, loaded by the entry points) with
 * zod. Secrets live here and nowhere else: nothing in this file is ever sent to the browser, and nothing
 * here may be named VITE_*, which Vite would inline into the built files. The vendors' variable names and
 * default base URLs come from their descriptors (src/model/vendor-descriptors.ts).
 */

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const optionalInt = (min: number, max: number) =>
  optionalText.pipe(z.union([z.undefined(), z.coerce.number<string>().int().min(min).max(max)]));

const baseUrlSchema = z
  .string()
  .transform((value) => value.replace(/\/+$/, ''))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

/** Settings that are not a vendor's own (those are read through the vendor descriptors below). */
const envSchema = z.object({
  SNAPENGAGE_WEBHOOK_TOKEN: optionalText,
  BACKSCROLL_DATA_DIR: optionalText.transform((value) => path.resolve(value ?? './data')),
  BACKSCROLL_DEMO: z.enum(['0', '1', '']).optional(),
  BACKSCROLL_DEMO_SIZE: optionalInt(4, 400_000),
  /** Per-attempt upstream timeout; tests shorten it. */
  BACKSCROLL_UPSTREAM_TIMEOUT_MS: optionalInt(100, 600_000),
  /** One proxied call, retries and body included; tests shorten it. */
  BACKSCROLL_UPSTREAM_DEADLINE_MS: optionalInt(100, 600_000),
  /** The largest vendor answer the proxy passes on. */
  BACKSCROLL_MAX_UPSTREAM_BYTES: optionalInt(1024, 1024 * 1024 * 1024),
  /** `debug` prints a line per vendor request; otherwise one summary per load and every error. */
  BACKSCROLL_LOG: z.enum(['debug', 'info', '']).optional(),
  HOST: optionalText.transform((value) => value ?? '127.0.0.1'),
  PORT: optionalInt(0, 65_535),
});

/** A vendor's credential variables (its descriptor names them): all of them, or none. */
function credentialsOf(env: NodeJS.ProcessEnv, vendor: VendorId): string[] | null {
  const names = vendorDescriptors[vendor].env.credentials;
  const values = names.map((name) => optionalText.parse(env[name]));
  const present = values.filter((value): value is string => value !== undefined);
  if (present.length === names.length) return present;
  if (present.length > 0) {
    const missing = names.filter((_, index) => values[index] === undefined);
    throw new ConfigError(
      `Set ${names.join(', ')} together, or none of them (${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing).`,
    );
  }
  return null;
}

/** A vendor's base URL: its `<VENDOR>_BASE_URL` when set, else the descriptor's default. */
function baseUrlOf(env: NodeJS.ProcessEnv, vendor: VendorId): string {
  const { env: names, defaultBaseUrl } = vendorDescriptors[vendor];
  const parsed = baseUrlSchema.safeParse(optionalText.parse(env[names.baseUrl]) ?? defaultBaseUrl);
  if (!parsed.success)
    throw new ConfigError(
      `Invalid configuration:\n  ${names.baseUrl}: ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
    );
  return parsed.data;
}

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
  /** What one proxied call may cost (server/proxy/forward.ts). */
  upstream: ProxyLimits;
  host: string;
  port: number;
  /** Host and same-origin checks (server/security/security-config.ts). */
  security: SecurityConfig;
  /** The audit trail (server/audit/audit-config.ts). */
  audit: AuditConfig;
  /** `BACKSCROLL_LOG`: `debug` adds a line per vendor request (server/proxy/load-log.ts). */
  logLevel: 'info' | 'debug';
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${describeIssues(parsed.error)}`);
  const e = parsed.data;

  // Every base URL is checked, set or not, so a typo stops the server before it is needed.
  const base = {
    socialintents: baseUrlOf(env, 'socialintents'),
    livechat: baseUrlOf(env, 'livechat'),
    imbox: baseUrlOf(env, 'imbox'),
    snapengage: baseUrlOf(env, 'snapengage'),
  };
  const si = credentialsOf(env, 'socialintents');
  const lc = credentialsOf(env, 'livechat');
  const ib = credentialsOf(env, 'imbox');
  const se = credentialsOf(env, 'snapengage');
  const seLogs: SnapEngageLogsConfig | null = se
    ? { orgId: se[0] ?? '', apiToken: se[1] ?? '', widgetId: se[2] ?? '', baseUrl: base.snapengage }
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
    upstream: {
      attemptTimeoutMs: e.BACKSCROLL_UPSTREAM_TIMEOUT_MS ?? 20_000,
      deadlineMs: e.BACKSCROLL_UPSTREAM_DEADLINE_MS ?? 30_000,
      maxBytes: e.BACKSCROLL_MAX_UPSTREAM_BYTES ?? 32 * 1024 * 1024,
    },
    host: e.HOST,
    port: e.PORT ?? 5173,
    logLevel: e.BACKSCROLL_LOG === 'debug' ? ('debug' as const) : ('info' as const),
  };

  if (demo) {
    // Demo mode talks to the emulated vendors at their documented default hosts with demo credentials.
    const d = demoCredentials;
    const defaultBase = (vendor: VendorId) => vendorDescriptors[vendor].defaultBaseUrl;
    return {
      ...common,
      demo: true,
      modes: { socialintents: 'demo', livechat: 'demo', imbox: 'demo', snapengage: 'demo' },
      socialintents: { ...d.socialintents, baseUrl: defaultBase('socialintents') },
      livechat: { ...d.livechat, baseUrl: defaultBase('livechat') },
      imbox: { ...d.imbox, baseUrl: defaultBase('imbox') },
      snapengage: {
        webhookToken: d.snapengage.webhookToken,
        logs: {
          orgId: d.snapengage.orgId,
          apiToken: d.snapengage.apiToken,
          widgetId: d.snapengage.widgetId,
          baseUrl: defaultBase('snapengage'),
        },
      },
    };
  }

  // Credentials come in the order their descriptor lists the variables.
  return {
    ...common,
    demo: false,
    modes: {
      socialintents: si ? 'live' : 'off',
      livechat: lc ? 'live' : 'off',
      imbox: ib ? 'live' : 'off',
      snapengage: seLive ? 'live' : 'off',
    },
    socialintents: si ? { accountId: si[0] ?? '', apiToken: si[1] ?? '', baseUrl: base.socialintents } : null,
    livechat: lc ? { login: lc[0] ?? '', apiKey: lc[1] ?? '', baseUrl: base.livechat } : null,
    imbox: ib ? { apiKey: ib[0] ?? '', userId: ib[1] ?? '', baseUrl: base.imbox } : null,
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
