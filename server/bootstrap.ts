import { createApp } from './app';
import { createAuth, type Auth } from './auth/auth';
import { authSecretsOf, describeAuth, loadAuthConfig, type AuthConfig } from './auth/auth-config';
import { createAudit } from './audit/audit';
import { secretsOf, type ServerConfig } from './config';
import { deliverDemoCases, demoNetwork } from './demo/demo-fetcher';
import { createInbox } from './inbox/inbox';
import { createLogger, type Logger } from './log';

export type Backscroll = {
  app: ReturnType<typeof createApp>;
  logger: Logger;
  auth: Auth;
  close: () => void;
};

/**
 * Builds the whole server for a configuration: the upstream "network" (live fetch or the demo emulation),
 * the SnapEngage inbox, and in demo mode the demo cases delivered through the real webhook endpoint.
 */
export async function startBackscroll(
  config: ServerConfig,
  sink?: (line: string) => void,
  now: number = Date.now(),
  // Without an explicit sign-in configuration: open on loopback, a ConfigError anywhere else.
  authConfig: AuthConfig = loadAuthConfig({ HOST: config.host }),
): Promise<Backscroll> {
  const logger = createLogger([...secretsOf(config), ...authSecretsOf(authConfig)], sink);
  const authLine = describeAuth(authConfig);
  logger[authLine.level](authLine.line);
  const auth = createAuth(authConfig, { logger });
  const fetcher = config.demo ? demoNetwork({ size: config.demoSize, now }) : fetch;
  const inbox = createInbox({ config, logger });
  // After the inbox: the trail shares its file, which demo mode wipes when the inbox opens it.
  const audit = createAudit({ config, logger });
  const app = createApp({ config, fetcher, logger, inbox: inbox.routes, auth, audit: audit.routes });
  if (config.demo) {
    const delivered = await deliverDemoCases(app, { size: config.demoSize, now });
    logger.info(`[demo] delivered ${delivered} SnapEngage demo cases through POST /hooks/snapengage`);
  }
  return {
    app,
    logger,
    auth,
    close: () => {
      audit.close();
      inbox.close();
    },
  };
}

export function describeModes(config: ServerConfig): string {
  if (config.demo) return 'demo data (no vendor credentials configured)';
  const parts = Object.entries(config.modes).map(([vendor, mode]) => `${vendor}: ${mode}`);
  return parts.join(', ');
}
