/**
 * The server's only way to print. Every line passes through redaction of every configured secret, so a
 * credential that ends up in a URL (ImBox puts its key in the path) never reaches a terminal or log file.
 */
export type Logger = { info: (line: string) => void; warn: (line: string) => void };

export function redact(text: string, secrets: ReadonlyArray<string>): string {
  let out = text;
  // Longest first: a short secret inside a longer one (a user id inside an API key) must not break the
  // longer one's match and leave the rest of it in the line.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
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
