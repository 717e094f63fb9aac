import { z } from 'zod';
import { parseHost, type HostRule } from './host-rules';

/**
 * The settings of the host and same-origin checks, parsed from the environment by their own schema (the
 * rest of the configuration is server/config.ts, which includes this result).
 */
export type SecurityConfig = {
  /** The origin of `BACKSCROLL_PUBLIC_URL` (the address people open), when set. */
  publicOrigin: string | null;
  /** Host names served besides loopback ones: the public URL's, `BACKSCROLL_ALLOWED_HOSTS`, `HOST`. */
  hostRules: HostRule[];
};

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const hostList = optionalText.transform((value, context) => {
  const rules: HostRule[] = [];
  for (const entry of (value ?? '').split(',')) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const host = parseHost(trimmed);
    if (!host) {
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(trimmed)} is not a host name (write name or name:port, comma-separated)`,
      });
      return z.NEVER;
    }
    rules.push(host);
  }
  return rules;
});

const securityEnvSchema = z.object({
  BACKSCROLL_PUBLIC_URL: optionalText.pipe(
    z.union([z.undefined(), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })]),
  ),
  BACKSCROLL_ALLOWED_HOSTS: hostList,
  HOST: optionalText,
});

// Listening on every interface names no host; any other HOST is an address people may open directly.
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '[::]', '::']);

export function loadSecurityConfig(
  env: NodeJS.ProcessEnv,
): { ok: true; config: SecurityConfig } | { ok: false; message: string } {
  const parsed = securityEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}` };
  }
  const { BACKSCROLL_PUBLIC_URL: publicUrl, BACKSCROLL_ALLOWED_HOSTS: listed, HOST: bind } = parsed.data;
  const hostRules: HostRule[] = [...listed];
  let publicOrigin: string | null = null;
  if (publicUrl !== undefined) {
    const url = new URL(publicUrl);
    publicOrigin = url.origin;
    // Any port: a TLS proxy in front may or may not pass the public port on in Host.
    hostRules.push({ hostname: url.hostname, port: null });
  }
  if (bind !== undefined && !WILDCARD_ADDRESSES.has(bind)) {
    const host = parseHost(bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind);
    if (host) hostRules.push({ hostname: host.hostname, port: null });
  }
  return { ok: true, config: { publicOrigin, hostRules } };
}

/** Host names for Vite's own `server.allowedHosts` (names only: Vite compares no ports). */
export function viteAllowedHosts(config: SecurityConfig): string[] {
  return [...new Set(config.hostRules.map((rule) => rule.hostname))];
}
