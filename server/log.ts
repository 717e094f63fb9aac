/**
 * The server's only way to print. Every line passes through redaction of every configured secret, so a
 * credential that ends up in a URL (ImBox puts its key in the path) never reaches a terminal or log file.
 */
export type Logger = { info: (line: string) => void; warn: (line: string) => void };

export function redact(text: string, secrets: ReadonlyArray<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      out = out.split(form).join('[redacted]');
  }
  return out;
}

export function createLogger(
  secrets: ReadonlyArray<string>,
  sink: (line: string) => void = console.log,
): Logger {
  return {
    info: (line) => sink(redact(line, secrets)),
    warn: (line) => sink(redact(`warning: ${line}`, secrets)),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
