/**
 * The server's only way to print. Every line, stack traces included, passes through redaction of every
 * configured secret, so a credential that ends up in a URL (ImBox puts its key in the path), a parameter
 * or a header never reaches a terminal or log file.
 */
export type Logger = { info: (line: string) => void; warn: (line: string) => void };

/** Characters that can be part of one value in a URL, a header or a token; anything else ends a value. */
const VALUE_CHAR = String.raw`A-Za-z0-9._~%+\-`;

/** Past this length a secret cannot be an ordinary word or number, so it is hidden wherever it appears. */
const ALWAYS_HIDDEN_LENGTH = 16;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each secret where it stands as a whole value: a URL path segment, a query parameter's value,
 * a header's value, a quoted string. So a short secret such as an ImBox user id `42` is hidden in
 * `/grabAgents/key/42` and `?user=42` but leaves `1427` and `v1.42` alone. (Standing alone elsewhere, as
 * in `took 42 ms`, it is hidden too: that costs an unrelated number, never a secret.) A long secret is
 * hidden wherever it appears.
 */
export function redact(text: string, secrets: ReadonlyArray<string>): string {
  let out = text;
  // Longest first: a short secret inside a longer one (a user id inside an API key) must not break the
  // longer one's match and leave the rest of it in the line.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length === 0) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      const pattern =
        form.length >= ALWAYS_HIDDEN_LENGTH
          ? escapeRegExp(form)
          : `(?<![${VALUE_CHAR}])${escapeRegExp(form)}(?![${VALUE_CHAR}])`;
      out = out.replace(new RegExp(pattern, 'g'), '[redacted]');
    }
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

/** A thrown value as one loggable text, its stack included (the logger redacts it like any line). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
